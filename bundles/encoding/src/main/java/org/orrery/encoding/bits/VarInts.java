package org.orrery.encoding.bits;

import java.nio.ByteBuffer;
import org.orrery.codec.api.ByteSink;
import org.orrery.codec.api.CodecException;

/**
 * The two variable-length integer forms of TsFile encodings: unsigned LEB128 ("uvarint", 7 bits
 * per byte, low group first) and zig-zag + uvarint ("varint"). Both are 32-bit.
 */
public final class VarInts {
    private VarInts() {
    }

    public static void writeUnsigned(ByteSink out, int value) {
        while ((value & ~0x7F) != 0) {
            out.write((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out.write(value);
    }

    /** Zig-zag maps small negative and positive numbers to small unsigned ones. */
    public static void writeZigZag(ByteSink out, int value) {
        writeUnsigned(out, (value << 1) ^ (value >> 31));
    }

    public static int readUnsigned(ByteBuffer in) {
        int value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = in.get();
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new CodecException("malformed uvarint before byte " + in.position() + ": more than 5 bytes");
    }

    public static int readZigZag(ByteBuffer in) {
        int u = readUnsigned(in);
        return (u >>> 1) ^ -(u & 1);
    }

    /** Unsigned LEB128 of a 64-bit value (up to 10 bytes). */
    public static void writeUnsigned64(ByteSink out, long value) {
        while ((value & ~0x7FL) != 0) {
            out.write((int) (value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out.write((int) value);
    }

    public static long readUnsigned64(ByteBuffer in) {
        long value = 0;
        for (int shift = 0; shift < 70; shift += 7) {
            int b = in.get();
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new CodecException("malformed 64-bit uvarint before byte " + in.position() + ": more than 10 bytes");
    }

    public static int unsignedSize(int value) {
        int size = 1;
        while ((value & ~0x7F) != 0) {
            value >>>= 7;
            size++;
        }
        return size;
    }
}
