package org.orrery.encoding;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.orrery.codec.api.ByteSink;
import org.orrery.codec.api.CodecOptions;
import org.orrery.codec.api.Encoding;
import org.orrery.codec.api.ValueKind;

/**
 * Runs an {@link Encoding} over values written as vector-file tokens (ints in decimal, float and
 * double as raw IEEE bits in hex, booleans 0/1, binary as {@code x} + hex), so the official
 * vectors can be compared token by token without any float formatting in between.
 */
final class TokenCodec {
    private static final HexFormat HEX = HexFormat.of();

    private TokenCodec() {
    }

    static byte[] encode(Encoding encoding, String kind, List<String> tokens) {
        ByteSink sink = new ByteSink();
        int n = tokens.size();
        switch (kind) {
            case "BOOLEAN": {
                boolean[] v = new boolean[n];
                for (int i = 0; i < n; i++) {
                    v[i] = tokens.get(i).equals("1");
                }
                encoding.newEncoder(ValueKind.BOOLEAN, CodecOptions.DEFAULTS).encode(v, 0, n, sink);
                break;
            }
            case "INT32": {
                int[] v = new int[n];
                for (int i = 0; i < n; i++) {
                    v[i] = Integer.parseInt(tokens.get(i));
                }
                encoding.newEncoder(ValueKind.INT32, CodecOptions.DEFAULTS).encode(v, 0, n, sink);
                break;
            }
            case "INT64": {
                long[] v = new long[n];
                for (int i = 0; i < n; i++) {
                    v[i] = Long.parseLong(tokens.get(i));
                }
                encoding.newEncoder(ValueKind.INT64, CodecOptions.DEFAULTS).encode(v, 0, n, sink);
                break;
            }
            case "FLOAT": {
                float[] v = new float[n];
                for (int i = 0; i < n; i++) {
                    v[i] = Float.intBitsToFloat(Integer.parseUnsignedInt(tokens.get(i), 16));
                }
                encoding.newEncoder(ValueKind.FLOAT, CodecOptions.DEFAULTS).encode(v, 0, n, sink);
                break;
            }
            case "DOUBLE": {
                double[] v = new double[n];
                for (int i = 0; i < n; i++) {
                    v[i] = Double.longBitsToDouble(Long.parseUnsignedLong(tokens.get(i), 16));
                }
                encoding.newEncoder(ValueKind.DOUBLE, CodecOptions.DEFAULTS).encode(v, 0, n, sink);
                break;
            }
            case "BINARY": {
                byte[][] v = new byte[n][];
                for (int i = 0; i < n; i++) {
                    v[i] = HEX.parseHex(tokens.get(i).substring(1));
                }
                encoding.newEncoder(ValueKind.BINARY, CodecOptions.DEFAULTS).encode(v, 0, n, sink);
                break;
            }
            default:
                throw new IllegalArgumentException("unknown kind " + kind);
        }
        return sink.toByteArray();
    }

    /** Decodes exactly {@code count} values. */
    static List<String> decode(Encoding encoding, String kind, byte[] bytes, int count) {
        ByteBuffer in = ByteBuffer.wrap(bytes).asReadOnlyBuffer();
        switch (kind) {
            case "BOOLEAN": {
                boolean[] v = new boolean[count];
                encoding.newDecoder(ValueKind.BOOLEAN, CodecOptions.DEFAULTS).decode(in, v, 0, count);
                return tokens(v);
            }
            case "INT32": {
                int[] v = new int[count];
                encoding.newDecoder(ValueKind.INT32, CodecOptions.DEFAULTS).decode(in, v, 0, count);
                return tokens(v);
            }
            case "INT64": {
                long[] v = new long[count];
                encoding.newDecoder(ValueKind.INT64, CodecOptions.DEFAULTS).decode(in, v, 0, count);
                return tokens(v);
            }
            case "FLOAT": {
                float[] v = new float[count];
                encoding.newDecoder(ValueKind.FLOAT, CodecOptions.DEFAULTS).decode(in, v, 0, count);
                return tokens(v);
            }
            case "DOUBLE": {
                double[] v = new double[count];
                encoding.newDecoder(ValueKind.DOUBLE, CodecOptions.DEFAULTS).decode(in, v, 0, count);
                return tokens(v);
            }
            case "BINARY": {
                byte[][] v = new byte[count][];
                encoding.newDecoder(ValueKind.BINARY, CodecOptions.DEFAULTS).decode(in, v, 0, count);
                return tokens(v);
            }
            default:
                throw new IllegalArgumentException("unknown kind " + kind);
        }
    }

    /** Decodes until the stream ends (or its end marker). */
    static List<String> decodeAll(Encoding encoding, String kind, byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        switch (kind) {
            case "BOOLEAN":
                return tokens(encoding.newDecoder(ValueKind.BOOLEAN, CodecOptions.DEFAULTS).decodeAll(in));
            case "INT32":
                return tokens(encoding.newDecoder(ValueKind.INT32, CodecOptions.DEFAULTS).decodeAll(in));
            case "INT64":
                return tokens(encoding.newDecoder(ValueKind.INT64, CodecOptions.DEFAULTS).decodeAll(in));
            case "FLOAT":
                return tokens(encoding.newDecoder(ValueKind.FLOAT, CodecOptions.DEFAULTS).decodeAll(in));
            case "DOUBLE":
                return tokens(encoding.newDecoder(ValueKind.DOUBLE, CodecOptions.DEFAULTS).decodeAll(in));
            case "BINARY":
                return tokens(encoding.newDecoder(ValueKind.BINARY, CodecOptions.DEFAULTS).decodeAll(in));
            default:
                throw new IllegalArgumentException("unknown kind " + kind);
        }
    }

    static List<String> tokens(boolean[] v) {
        List<String> t = new ArrayList<>(v.length);
        for (boolean b : v) {
            t.add(b ? "1" : "0");
        }
        return t;
    }

    static List<String> tokens(int[] v) {
        List<String> t = new ArrayList<>(v.length);
        for (int x : v) {
            t.add(Integer.toString(x));
        }
        return t;
    }

    static List<String> tokens(long[] v) {
        List<String> t = new ArrayList<>(v.length);
        for (long x : v) {
            t.add(Long.toString(x));
        }
        return t;
    }

    static List<String> tokens(float[] v) {
        List<String> t = new ArrayList<>(v.length);
        for (float x : v) {
            t.add(Integer.toHexString(Float.floatToRawIntBits(x)));
        }
        return t;
    }

    static List<String> tokens(double[] v) {
        List<String> t = new ArrayList<>(v.length);
        for (double x : v) {
            t.add(Long.toHexString(Double.doubleToRawLongBits(x)));
        }
        return t;
    }

    static List<String> tokens(byte[][] v) {
        List<String> t = new ArrayList<>(v.length);
        for (byte[] x : v) {
            t.add("x" + HEX.formatHex(x));
        }
        return t;
    }
}
