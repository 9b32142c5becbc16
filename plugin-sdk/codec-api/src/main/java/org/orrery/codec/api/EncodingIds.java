package org.orrery.codec.api;

/**
 * The TsFile format's encoding ids ({@code TSEncoding} byte, chunk header and table schema). These
 * bytes are persisted in every chunk header: never renumber them.
 */
public final class EncodingIds {
    public static final int PLAIN = 0;
    public static final int DICTIONARY = 1;
    public static final int RLE = 2;
    /** Defined by the format but never written by any released writer. */
    public static final int DIFF = 3;
    public static final int TS_2DIFF = 4;
    /** Defined by the format but never written by any released writer. */
    public static final int BITMAP = 5;
    /** Legacy Gorilla bit layout (deprecated, FLOAT/DOUBLE only). */
    public static final int GORILLA_V1 = 6;
    /** Defined by the format; TsFile 2.x has no codec for it. */
    public static final int REGULAR = 7;
    public static final int GORILLA = 8;
    public static final int ZIGZAG = 9;
    /** Deprecated frequency-domain encoding; TsFile 2.x has no codec for it. */
    public static final int FREQ = 10;
    public static final int CHIMP = 11;
    public static final int SPRINTZ = 12;
    public static final int RLBE = 13;
    /** TsFile 2.x, DOUBLE only. */
    public static final int CAMEL = 14;

    private static final String[] NAMES = {
        "PLAIN", "DICTIONARY", "RLE", "DIFF", "TS_2DIFF", "BITMAP", "GORILLA_V1", "REGULAR",
        "GORILLA", "ZIGZAG", "FREQ", "CHIMP", "SPRINTZ", "RLBE", "CAMEL"
    };

    private EncodingIds() {
    }

    /** The format's name for {@code id}, or {@code null} if the format does not define it. */
    public static String formatName(int id) {
        return id >= 0 && id < NAMES.length ? NAMES[id] : null;
    }

    /** The format's id for {@code name} (case-insensitive), or -1 if the format does not define it. */
    public static int formatId(String name) {
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }
}
