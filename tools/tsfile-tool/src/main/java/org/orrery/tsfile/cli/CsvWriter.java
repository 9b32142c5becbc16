package org.orrery.tsfile.cli;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes RFC 4180 records with LF line ends. Text values are always quoted (so an empty text
 * differs from an empty cell, which means "no value", and numeric-looking text stays text);
 * other cells are quoted only if they contain a comma, quote or line break.
 */
final class CsvWriter {
    private final Writer out;
    private boolean first = true;

    CsvWriter(Writer out) {
        this.out = out;
    }

    CsvWriter cell(String value) throws IOException {
        separator();
        if (needsQuotes(value)) {
            quoted(value);
        } else {
            out.write(value);
        }
        return this;
    }

    /** A text value: always quoted. */
    CsvWriter text(String value) throws IOException {
        separator();
        quoted(value);
        return this;
    }

    /** An empty cell: no value. */
    CsvWriter empty() throws IOException {
        separator();
        return this;
    }

    void endRecord() throws IOException {
        out.write('\n');
        first = true;
    }

    private void separator() throws IOException {
        if (!first) {
            out.write(',');
        }
        first = false;
    }

    private static boolean needsQuotes(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    private void quoted(String v) throws IOException {
        out.write('"');
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '"') {
                out.write('"');
            }
            out.write(c);
        }
        out.write('"');
    }
}
