package org.orrery.tsfile.internal.io;

import java.nio.charset.StandardCharsets;
import org.orrery.codec.api.ByteSink;

/**
 * Writes the variable-length forms of the TsFile format into a {@link ByteSink}. Two integer forms
 * exist and must not be confused: the unsigned LEB128 "uvarint" (sizes, counts) and the zig-zag
 * "varint" (string lengths, property counts).
 */
public final class Varints {
    private Varints() {
    }

    /** Unsigned LEB128: 7 bits per byte, low group first, high bit = more bytes follow. */
    public static void writeUnsigned(ByteSink out, int value) {
        int v = value;
        while ((v & ~0x7F) != 0) {
            out.write((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.write(v);
    }

    /** Unsigned LEB128 of a long (statistics counts). */
    public static void writeUnsignedLong(ByteSink out, long value) {
        long v = value;
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }

    /** Zig-zag mapped then written as {@link #writeUnsigned}. */
    public static void writeSigned(ByteSink out, int value) {
        writeUnsigned(out, (value << 1) ^ (value >> 31));
    }

    /** Bytes {@link #writeUnsigned} needs for {@code value}. */
    public static int unsignedSize(int value) {
        int size = 1;
        int v = value;
        while ((v & ~0x7F) != 0) {
            size++;
            v >>>= 7;
        }
        return size;
    }

    /** A string as zig-zag varint byte length + UTF-8 bytes; null is written as length -1. */
    public static void writeString(ByteSink out, String s) {
        if (s == null) {
            writeSigned(out, -1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        writeSigned(out, bytes.length);
        out.write(bytes);
    }

    /** A string as 4-byte length + UTF-8 bytes (the form used inside table schemas). */
    public static void writeIntString(ByteSink out, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** A byte string as 4-byte length + bytes (binary values inside statistics). */
    public static void writeBinary(ByteSink out, byte[] value) {
        out.writeInt(value.length);
        out.write(value);
    }
}
