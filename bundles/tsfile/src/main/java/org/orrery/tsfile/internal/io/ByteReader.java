package org.orrery.tsfile.internal.io;

import java.nio.charset.StandardCharsets;
import org.orrery.tsfile.CorruptTsFileException;

/**
 * Bounds-checked big-endian reader over a byte range that was read from a TsFile. Every read
 * names the field it reads, so corruption is reported as "truncated reading chunk data size at
 * offset 4830" rather than as a buffer exception. Lengths read from the file are checked against
 * the bytes that remain before anything is allocated.
 */
public final class ByteReader {
    private final String origin;
    private final byte[] buf;
    private final int start;
    private final int end;
    private final long fileOffset;
    private int pos;

    /**
     * @param origin what the bytes are, for messages (e.g. the file name)
     * @param fileOffset the file offset of {@code buf[off]}
     */
    public ByteReader(String origin, byte[] buf, int off, int len, long fileOffset) {
        this.origin = origin;
        this.buf = buf;
        this.start = off;
        this.end = off + len;
        this.pos = off;
        this.fileOffset = fileOffset;
    }

    public String origin() {
        return origin;
    }

    /** The file offset of the next byte to read. */
    public long offset() {
        return fileOffset + (pos - start);
    }

    public int remaining() {
        return end - pos;
    }

    public boolean hasRemaining() {
        return pos < end;
    }

    /** The backing array (for handing a sub-range to a decoder without copying). */
    public byte[] array() {
        return buf;
    }

    /** The index in {@link #array()} of the next byte to read. */
    public int arrayPosition() {
        return pos;
    }

    public void skip(int n, String field) throws CorruptTsFileException {
        require(n, field);
        pos += n;
    }

    public CorruptTsFileException corrupt(String message) {
        return new CorruptTsFileException(origin + ": " + message + " at offset " + offset(), offset());
    }

    private void require(int n, String field) throws CorruptTsFileException {
        if (n < 0 || n > end - pos) {
            throw corrupt("truncated reading " + field + " (needs " + n + " bytes, " + (end - pos) + " left)");
        }
    }

    public byte readByte(String field) throws CorruptTsFileException {
        require(1, field);
        return buf[pos++];
    }

    public int readUnsignedByte(String field) throws CorruptTsFileException {
        return readByte(field) & 0xFF;
    }

    public int readInt(String field) throws CorruptTsFileException {
        require(4, field);
        int v = ((buf[pos] & 0xFF) << 24) | ((buf[pos + 1] & 0xFF) << 16) | ((buf[pos + 2] & 0xFF) << 8)
                | (buf[pos + 3] & 0xFF);
        pos += 4;
        return v;
    }

    public long readLong(String field) throws CorruptTsFileException {
        require(8, field);
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (buf[pos + i] & 0xFF);
        }
        pos += 8;
        return v;
    }

    public float readFloat(String field) throws CorruptTsFileException {
        return Float.intBitsToFloat(readInt(field));
    }

    public double readDouble(String field) throws CorruptTsFileException {
        return Double.longBitsToDouble(readLong(field));
    }

    /** Unsigned LEB128 of at most 5 bytes (an int). */
    public int readUnsignedVarInt(String field) throws CorruptTsFileException {
        long start = offset();
        int value = 0;
        int shift = 0;
        while (true) {
            if (pos >= end) {
                throw corrupt("truncated reading " + field);
            }
            int b = buf[pos++] & 0xFF;
            if (shift == 28 && (b & 0xF0) != 0) {
                throw new CorruptTsFileException(origin + ": " + field + " at offset " + start
                        + " is not a valid unsigned varint (more than 32 bits)", start);
            }
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
            shift += 7;
        }
    }

    /** Unsigned LEB128 of at most 10 bytes (a non-negative long). */
    public long readUnsignedVarLong(String field) throws CorruptTsFileException {
        long start = offset();
        long value = 0;
        int shift = 0;
        while (true) {
            if (pos >= end) {
                throw corrupt("truncated reading " + field);
            }
            int b = buf[pos++] & 0xFF;
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                if (value < 0) {
                    break;
                }
                return value;
            }
            shift += 7;
            if (shift > 56) {
                break;
            }
        }
        throw new CorruptTsFileException(origin + ": " + field + " at offset " + start
                + " is not a valid unsigned varint (more than 63 bits)", start);
    }

    /** Zig-zag varint (an int). */
    public int readVarInt(String field) throws CorruptTsFileException {
        int raw = readUnsignedVarInt(field);
        return (raw >>> 1) ^ -(raw & 1);
    }

    /** A count or size that must be within 0..{@code max}; names the field when not. */
    public int readUnsignedVarIntAtMost(String field, long max) throws CorruptTsFileException {
        long at = offset();
        int v = readUnsignedVarInt(field);
        if (v < 0 || v > max) {
            throw new CorruptTsFileException(origin + ": " + field + " " + (v & 0xFFFFFFFFL) + " at offset " + at
                    + " is out of range (at most " + max + ")", at);
        }
        return v;
    }

    /** A var-string: zig-zag varint byte length (-1 = null) and UTF-8 bytes. */
    public String readVarString(String field) throws CorruptTsFileException {
        long at = offset();
        int len = readVarInt(field + " length");
        if (len == -1) {
            return null;
        }
        if (len < -1) {
            throw new CorruptTsFileException(origin + ": negative length " + len + " of " + field + " at offset " + at,
                    at);
        }
        require(len, field);
        String s = new String(buf, pos, len, StandardCharsets.UTF_8);
        pos += len;
        return s;
    }

    /** An int-string: 4-byte length and UTF-8 bytes. */
    public String readIntString(String field) throws CorruptTsFileException {
        byte[] bytes = readBinary(field);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** A binary: 4-byte length and the bytes. */
    public byte[] readBinary(String field) throws CorruptTsFileException {
        long at = offset();
        int len = readInt(field + " length");
        if (len < 0) {
            throw new CorruptTsFileException(origin + ": negative length " + len + " of " + field + " at offset " + at,
                    at);
        }
        require(len, field);
        byte[] out = new byte[len];
        System.arraycopy(buf, pos, out, 0, len);
        pos += len;
        return out;
    }

    /** A uvarint length followed by that many bytes. */
    public byte[] readUnsignedLengthBytes(String field) throws CorruptTsFileException {
        int len = readUnsignedVarIntAtMost(field + " length", remaining());
        byte[] out = new byte[len];
        System.arraycopy(buf, pos, out, 0, len);
        pos += len;
        return out;
    }
}
