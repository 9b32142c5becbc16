package org.orrery.codec.testkit;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import org.orrery.codec.api.BinaryDecoder;
import org.orrery.codec.api.BinaryEncoder;
import org.orrery.codec.api.BooleanDecoder;
import org.orrery.codec.api.BooleanEncoder;
import org.orrery.codec.api.ByteSink;
import org.orrery.codec.api.CodecException;
import org.orrery.codec.api.CodecOptions;
import org.orrery.codec.api.DoubleDecoder;
import org.orrery.codec.api.DoubleEncoder;
import org.orrery.codec.api.Encoding;
import org.orrery.codec.api.FloatDecoder;
import org.orrery.codec.api.FloatEncoder;
import org.orrery.codec.api.IntDecoder;
import org.orrery.codec.api.IntEncoder;
import org.orrery.codec.api.LongDecoder;
import org.orrery.codec.api.LongEncoder;
import org.orrery.codec.api.ValueKind;

/**
 * Round-trip checks of one {@link Encoding} over {@link EdgePages}. For each page it checks that:
 * <ul>
 *   <li>the encoder appends to a sink that already holds bytes and leaves them alone, and reads
 *       only {@code values[offset .. offset+count-1]};</li>
 *   <li>the count-driven decoder, reading from a read-only buffer at a non-zero position, gives
 *       back every value bit for bit (floats compared by raw bits, so -0.0 and NaN payloads
 *       count), writes only {@code out[offset .. offset+count-1]}, and consumes the whole page;</li>
 *   <li>{@code decodeAll} gives back the whole page (or a prefix, for encodings with an end
 *       marker, see {@link #decodeAllMayStopEarly()});</li>
 *   <li>encoder and decoder instances give the same results when reused for the next page;</li>
 *   <li>a page cut to half its bytes fails with a {@link CodecException}, and pages with
 *       corrupted bytes either decode or fail with a {@link CodecException}, never with another
 *       exception (a reader must report damage, not crash on it).</li>
 * </ul>
 */
public final class EncodingRoundTrip {
    private static final int PREFIX = 3;
    private static final int OFFSET = 5;
    /** Corrupted copies decoded per page. */
    private static final int CORRUPTION_ROUNDS = 8;

    private final Encoding encoding;
    private CodecOptions options = CodecOptions.DEFAULTS;
    private boolean decodeAllMayStopEarly;
    private boolean nanPayloads = true;
    private boolean mustConsumeWholePage = true;
    private boolean withoutNaN;

    EncodingRoundTrip(Encoding encoding) {
        this.encoding = encoding;
    }

    /** Options passed to every encoder and decoder. */
    public EncodingRoundTrip options(CodecOptions codecOptions) {
        this.options = codecOptions;
        return this;
    }

    /**
     * For encodings that end a page with a marker value (GORILLA, CHIMP): {@code decodeAll}
     * stops at a genuine value equal to the marker, so only a prefix is required from it.
     */
    public EncodingRoundTrip decodeAllMayStopEarly() {
        this.decodeAllMayStopEarly = true;
        return this;
    }

    /** Leaves out the non-canonical NaN pages, for encodings whose format cannot keep NaN payloads. */
    public EncodingRoundTrip withoutNanPayloads() {
        this.nanPayloads = false;
        return this;
    }

    /**
     * Drops NaN values from the FLOAT/DOUBLE pages, for formats that cannot hold NaN at all
     * (GORILLA_V1 uses it as its end marker); test separately that such an encoder refuses NaN.
     */
    public EncodingRoundTrip withoutNaN() {
        this.withoutNaN = true;
        this.nanPayloads = false;
        return this;
    }

    /**
     * Accepts a count-driven decode that leaves trailing bytes of the page unread (for formats
     * whose end cannot be found without reading past the last value).
     */
    public EncodingRoundTrip mayLeaveTrailingBytes() {
        this.mustConsumeWholePage = false;
        return this;
    }

    /** The pages checked for {@code kind}. */
    public List<Page> pages(ValueKind<?, ?> kind) {
        List<Page> pages = EdgePages.forKind(kind, nanPayloads);
        if (!withoutNaN) {
            return pages;
        }
        List<Page> kept = new java.util.ArrayList<>();
        for (Page page : pages) {
            kept.add(withoutNaN(page));
        }
        return kept;
    }

    private static Page withoutNaN(Page page) {
        Object v = page.values();
        if (v instanceof float[]) {
            float[] f = (float[]) v;
            int n = 0;
            float[] out = new float[f.length];
            for (float x : f) {
                if (!Float.isNaN(x)) {
                    out[n++] = x;
                }
            }
            return n == f.length ? page : new Page(page.name() + " without NaN", Arrays.copyOf(out, n));
        } else if (v instanceof double[]) {
            double[] d = (double[]) v;
            int n = 0;
            double[] out = new double[d.length];
            for (double x : d) {
                if (!Double.isNaN(x)) {
                    out[n++] = x;
                }
            }
            return n == d.length ? page : new Page(page.name() + " without NaN", Arrays.copyOf(out, n));
        }
        return page;
    }

    /** Checks every kind the encoding declares. */
    public void check() {
        if (encoding.supportedKinds().isEmpty()) {
            throw new AssertionError("encoding " + encoding.name() + " declares no value kind");
        }
        for (ValueKind<?, ?> kind : encoding.supportedKinds()) {
            check(kind);
        }
    }

    public void check(ValueKind<?, ?> kind) {
        List<Page> pages = pages(kind);
        Session session = new Session(kind);
        for (Page page : pages) {
            session.roundTrip(page);
        }
        // Reuse: the same encoder and decoder instances must handle every page again.
        for (Page page : pages) {
            session.roundTrip(page);
        }
    }

    /** Checks one page with fresh encoder and decoder instances. */
    public void checkPage(ValueKind<?, ?> kind, Page page) {
        new Session(kind).roundTrip(page);
    }

    /** One encoder/decoder pair of a kind, reused across pages. */
    private final class Session {
        private final ValueKind<?, ?> kind;
        private final Object encoder;
        private final Object decoder;

        Session(ValueKind<?, ?> kind) {
            this.kind = kind;
            this.encoder = encoding.newEncoder(kind, options);
            this.decoder = encoding.newDecoder(kind, options);
        }

        void roundTrip(Page page) {
            String where = encoding.name() + " " + kind + " page '" + page.name() + "' (" + page.size() + " values)";
            int n = page.size();
            ByteSink sink = new ByteSink(8);
            for (int i = 0; i < PREFIX; i++) {
                sink.write(0xA0 + i);
            }
            encode(page.values(), n, sink);
            byte[] bytes = sink.toByteArray();
            for (int i = 0; i < PREFIX; i++) {
                if (bytes.length < PREFIX || bytes[i] != (byte) (0xA0 + i)) {
                    throw new AssertionError(where + ": the encoder overwrote bytes already in the sink");
                }
            }
            ByteBuffer in = ByteBuffer.wrap(bytes).asReadOnlyBuffer();
            in.position(PREFIX);
            Object decoded = decodeCounted(in, n, where);
            compare(where + ", count-driven decode", page.values(), decoded, n, false);
            if (mustConsumeWholePage && in.hasRemaining()) {
                throw new AssertionError(where + ": count-driven decode left " + in.remaining() + " of "
                        + (bytes.length - PREFIX) + " bytes unread");
            }
            checkDamage(where, bytes, n);
            ByteBuffer all = ByteBuffer.wrap(bytes, PREFIX, bytes.length - PREFIX).slice();
            Object everything = decodeAll(all);
            compare(where + ", decodeAll", page.values(), everything,
                    java.lang.reflect.Array.getLength(everything), decodeAllMayStopEarly);
        }

        /** Truncated and corrupted copies of a page must fail cleanly. */
        private void checkDamage(String where, byte[] bytes, int n) {
            int pageLength = bytes.length - PREFIX;
            if (n >= 2 && pageLength >= 2) {
                ByteBuffer half = ByteBuffer.wrap(bytes, PREFIX, pageLength / 2).slice();
                try {
                    decodeCounted(half, n, where);
                    throw new AssertionError(where + ": decoding " + n + " values from half of the page's "
                            + pageLength + " bytes did not fail");
                } catch (CodecException expected) {
                    // reported as damage: fine
                } catch (RuntimeException other) {
                    throw new AssertionError(where + ": a truncated page failed with " + other
                            + " instead of a CodecException", other);
                }
            }
            java.util.SplittableRandom random = new java.util.SplittableRandom(EdgePages.SEED ^ n);
            for (int round = 0; round < CORRUPTION_ROUNDS && pageLength > 0; round++) {
                byte[] damaged = Arrays.copyOfRange(bytes, PREFIX, bytes.length);
                damaged[random.nextInt(damaged.length)] ^= (byte) (1 + random.nextInt(255));
                try {
                    decodeCounted(ByteBuffer.wrap(damaged), n, where);
                    decodeAll(ByteBuffer.wrap(damaged));
                } catch (CodecException reported) {
                    // reported as damage: fine
                } catch (RuntimeException | OutOfMemoryError other) {
                    throw new AssertionError(where + ": a corrupted page failed with " + other
                            + " instead of a CodecException", other);
                }
            }
        }

        /** Encodes from the middle of a larger array whose other slots hold junk. */
        private void encode(Object values, int n, ByteSink sink) {
            if (kind == ValueKind.BOOLEAN) {
                boolean[] padded = new boolean[n + 2 * OFFSET];
                Arrays.fill(padded, true);
                System.arraycopy(values, 0, padded, OFFSET, n);
                ((BooleanEncoder) encoder).encode(padded, OFFSET, n, sink);
            } else if (kind == ValueKind.INT32) {
                int[] padded = new int[n + 2 * OFFSET];
                Arrays.fill(padded, 0x5A5A5A5A);
                System.arraycopy(values, 0, padded, OFFSET, n);
                ((IntEncoder) encoder).encode(padded, OFFSET, n, sink);
            } else if (kind == ValueKind.INT64) {
                long[] padded = new long[n + 2 * OFFSET];
                Arrays.fill(padded, 0x5A5A5A5A5A5AL);
                System.arraycopy(values, 0, padded, OFFSET, n);
                ((LongEncoder) encoder).encode(padded, OFFSET, n, sink);
            } else if (kind == ValueKind.FLOAT) {
                float[] padded = new float[n + 2 * OFFSET];
                Arrays.fill(padded, 77.7f);
                System.arraycopy(values, 0, padded, OFFSET, n);
                ((FloatEncoder) encoder).encode(padded, OFFSET, n, sink);
            } else if (kind == ValueKind.DOUBLE) {
                double[] padded = new double[n + 2 * OFFSET];
                Arrays.fill(padded, 77.7);
                System.arraycopy(values, 0, padded, OFFSET, n);
                ((DoubleEncoder) encoder).encode(padded, OFFSET, n, sink);
            } else {
                byte[][] padded = new byte[n + 2 * OFFSET][];
                Arrays.fill(padded, new byte[] {9, 9, 9});
                System.arraycopy(values, 0, padded, OFFSET, n);
                ((BinaryEncoder) encoder).encode(padded, OFFSET, n, sink);
            }
        }

        /** Decodes into the middle of a larger array and checks the slots around stay untouched. */
        private Object decodeCounted(ByteBuffer in, int n, String where) {
            Object out;
            if (kind == ValueKind.BOOLEAN) {
                boolean[] padded = new boolean[n + 2 * OFFSET];
                ((BooleanDecoder) decoder).decode(in, padded, OFFSET, n);
                for (int i = 0; i < OFFSET; i++) {
                    if (padded[i] || padded[n + OFFSET + i]) {
                        throw new AssertionError(where + ": decoder wrote outside out[offset .. offset+count-1]");
                    }
                }
                out = Arrays.copyOfRange(padded, OFFSET, OFFSET + n);
            } else if (kind == ValueKind.INT32) {
                int[] padded = new int[n + 2 * OFFSET];
                ((IntDecoder) decoder).decode(in, padded, OFFSET, n);
                checkUntouched(where, padded[OFFSET - 1] | padded[n + OFFSET]);
                out = Arrays.copyOfRange(padded, OFFSET, OFFSET + n);
            } else if (kind == ValueKind.INT64) {
                long[] padded = new long[n + 2 * OFFSET];
                ((LongDecoder) decoder).decode(in, padded, OFFSET, n);
                checkUntouched(where, padded[OFFSET - 1] | padded[n + OFFSET]);
                out = Arrays.copyOfRange(padded, OFFSET, OFFSET + n);
            } else if (kind == ValueKind.FLOAT) {
                float[] padded = new float[n + 2 * OFFSET];
                ((FloatDecoder) decoder).decode(in, padded, OFFSET, n);
                checkUntouched(where, Float.floatToRawIntBits(padded[OFFSET - 1])
                        | Float.floatToRawIntBits(padded[n + OFFSET]));
                out = Arrays.copyOfRange(padded, OFFSET, OFFSET + n);
            } else if (kind == ValueKind.DOUBLE) {
                double[] padded = new double[n + 2 * OFFSET];
                ((DoubleDecoder) decoder).decode(in, padded, OFFSET, n);
                checkUntouched(where, Double.doubleToRawLongBits(padded[OFFSET - 1])
                        | Double.doubleToRawLongBits(padded[n + OFFSET]));
                out = Arrays.copyOfRange(padded, OFFSET, OFFSET + n);
            } else {
                byte[][] padded = new byte[n + 2 * OFFSET][];
                ((BinaryDecoder) decoder).decode(in, padded, OFFSET, n);
                if (padded[OFFSET - 1] != null || padded[n + OFFSET] != null) {
                    throw new AssertionError(where + ": decoder wrote outside out[offset .. offset+count-1]");
                }
                out = Arrays.copyOfRange(padded, OFFSET, OFFSET + n);
            }
            return out;
        }

        private void checkUntouched(String where, long bits) {
            if (bits != 0) {
                throw new AssertionError(where + ": decoder wrote outside out[offset .. offset+count-1]");
            }
        }

        private Object decodeAll(ByteBuffer in) {
            if (kind == ValueKind.BOOLEAN) {
                return ((BooleanDecoder) decoder).decodeAll(in);
            } else if (kind == ValueKind.INT32) {
                return ((IntDecoder) decoder).decodeAll(in);
            } else if (kind == ValueKind.INT64) {
                return ((LongDecoder) decoder).decodeAll(in);
            } else if (kind == ValueKind.FLOAT) {
                return ((FloatDecoder) decoder).decodeAll(in);
            } else if (kind == ValueKind.DOUBLE) {
                return ((DoubleDecoder) decoder).decodeAll(in);
            }
            return ((BinaryDecoder) decoder).decodeAll(in);
        }
    }

    /**
     * Compares {@code actual[0 .. n-1]} with {@code expected}; with {@code prefixAllowed},
     * {@code actual} may be shorter than {@code expected}, otherwise lengths must match.
     */
    static void compare(String where, Object expected, Object actual, int n, boolean prefixAllowed) {
        int expectedLength = java.lang.reflect.Array.getLength(expected);
        if (n > expectedLength || (!prefixAllowed && n != expectedLength)) {
            throw new AssertionError(where + ": " + n + " values decoded, " + expectedLength + " expected");
        }
        for (int i = 0; i < n; i++) {
            if (!same(expected, actual, i)) {
                throw new AssertionError(where + ": value " + i + " differs: expected " + render(expected, i)
                        + ", got " + render(actual, i));
            }
        }
    }

    /** Bitwise equality of element i: floats by raw bits, binaries by content. */
    private static boolean same(Object expected, Object actual, int i) {
        if (expected instanceof float[]) {
            return Float.floatToRawIntBits(((float[]) expected)[i]) == Float.floatToRawIntBits(((float[]) actual)[i]);
        } else if (expected instanceof double[]) {
            return Double.doubleToRawLongBits(((double[]) expected)[i])
                    == Double.doubleToRawLongBits(((double[]) actual)[i]);
        } else if (expected instanceof byte[][]) {
            return Arrays.equals(((byte[][]) expected)[i], ((byte[][]) actual)[i]);
        }
        return java.lang.reflect.Array.get(expected, i).equals(java.lang.reflect.Array.get(actual, i));
    }

    /** A value as text that distinguishes every bit pattern (floats as value plus raw bits). */
    static String render(Object array, int i) {
        if (array instanceof float[]) {
            float f = ((float[]) array)[i];
            return f + " (bits " + Integer.toHexString(Float.floatToRawIntBits(f)) + ")";
        } else if (array instanceof double[]) {
            double d = ((double[]) array)[i];
            return d + " (bits " + Long.toHexString(Double.doubleToRawLongBits(d)) + ")";
        } else if (array instanceof byte[][]) {
            byte[] b = ((byte[][]) array)[i];
            return b == null ? "null" : b.length + " bytes starting "
                    + java.util.HexFormat.of().formatHex(b, 0, Math.min(b.length, 16));
        }
        return String.valueOf(java.lang.reflect.Array.get(array, i));
    }
}
