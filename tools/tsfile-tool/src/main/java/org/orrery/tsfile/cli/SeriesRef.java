package org.orrery.tsfile.cli;

/** A series named in a CSV file: its device path and measurement. */
record SeriesRef(String device, String measurement) {
    /**
     * Splits a full series path ({@code root.sg.d1.s1}) at its last dot outside backquotes;
     * backquotes around the measurement ({@code root.sg.d1.`s.1`}) are removed.
     */
    static SeriesRef parse(String path) {
        String p = path.trim();
        int split = -1;
        boolean quoted = false;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '`') {
                quoted = !quoted;
            } else if (c == '.' && !quoted) {
                split = i;
            }
        }
        if (split <= 0 || split == p.length() - 1) {
            throw new IllegalArgumentException("'" + path + "' is not a series path like root.sg.d1.s1");
        }
        String m = p.substring(split + 1);
        if (m.length() >= 2 && m.startsWith("`") && m.endsWith("`")) {
            m = m.substring(1, m.length() - 1);
        }
        return new SeriesRef(p.substring(0, split), m);
    }

    String path() {
        return device + "." + (measurement.indexOf('.') >= 0 ? "`" + measurement + "`" : measurement);
    }
}
