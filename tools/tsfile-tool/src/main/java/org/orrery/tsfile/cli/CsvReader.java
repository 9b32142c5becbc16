package org.orrery.tsfile.cli;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV records: fields separated by commas, optionally in double quotes (inside
 * them commas, line breaks and doubled quotes {@code ""} are data), records ended by LF or CRLF.
 * Whether a field was quoted is kept, so an empty quoted field (an empty text) differs from an
 * empty unquoted one (no value). A leading UTF-8 byte order mark is skipped.
 */
final class CsvReader implements Closeable {
    /** One record: its fields, which of them were quoted, and the line it starts on (1-based). */
    static final class Record {
        final List<String> fields;
        final boolean[] quoted;
        final long line;

        Record(List<String> fields, boolean[] quoted, long line) {
            this.fields = fields;
            this.quoted = quoted;
            this.line = line;
        }

        int size() {
            return fields.size();
        }

        String get(int i) {
            return fields.get(i);
        }

        /** Empty and not quoted: no value. */
        boolean isNull(int i) {
            return !quoted[i] && fields.get(i).isEmpty();
        }
    }

    private final Counting bytes;
    private final Reader in;
    private final String source;
    private long line = 1;
    private int pushedBack = -2;

    CsvReader(InputStream stream, String source) {
        this.bytes = new Counting(stream);
        this.in = new BufferedReader(new InputStreamReader(bytes, StandardCharsets.UTF_8), 1 << 16);
        this.source = source;
    }

    /** Bytes consumed from the stream so far (read ahead by up to a buffer). */
    long bytesRead() {
        return bytes.count;
    }

    /** The next record, or null at the end of the input. Blank lines are skipped. */
    Record next() throws IOException {
        while (true) {
            int c = read();
            if (c == -1) {
                return null;
            }
            if (c == '\n') {
                line++;
                continue;
            }
            if (c == '\r') {
                continue;
            }
            if (c == '\uFEFF' && line == 1) {
                continue;
            }
            unread(c);
            return record();
        }
    }

    private Record record() throws IOException {
        long start = line;
        List<String> fields = new ArrayList<>();
        List<Boolean> quotedFlags = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            int c = read();
            boolean quoted = false;
            field.setLength(0);
            if (c == '"') {
                quoted = true;
                readQuoted(field, start);
                c = read();
                if (c != ',' && c != '\n' && c != '\r' && c != -1) {
                    throw new IOException(source + " line " + line + ": unexpected '" + (char) c
                            + "' after a closing quote (field " + (fields.size() + 1) + ")");
                }
            } else {
                while (c != ',' && c != '\n' && c != '\r' && c != -1) {
                    if (c == '"') {
                        throw new IOException(source + " line " + line + ": quote inside unquoted field "
                                + (fields.size() + 1));
                    }
                    field.append((char) c);
                    c = read();
                }
            }
            fields.add(field.toString());
            quotedFlags.add(quoted);
            if (c == ',') {
                continue;
            }
            if (c == '\r') {
                int n = read();
                if (n != '\n') {
                    unread(n);
                }
            }
            if (c != -1) {
                line++;
            }
            boolean[] q = new boolean[quotedFlags.size()];
            for (int i = 0; i < q.length; i++) {
                q[i] = quotedFlags.get(i);
            }
            return new Record(fields, q, start);
        }
    }

    private void readQuoted(StringBuilder field, long start) throws IOException {
        while (true) {
            int c = read();
            if (c == -1) {
                throw new IOException(source + " line " + start + ": quoted field never closed");
            }
            if (c == '"') {
                int n = read();
                if (n == '"') {
                    field.append('"');
                    continue;
                }
                unread(n);
                return;
            }
            if (c == '\n') {
                line++;
            }
            field.append((char) c);
        }
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return in.read();
    }

    private void unread(int c) {
        pushedBack = c;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Counts the bytes the decoder pulls, for progress. */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
