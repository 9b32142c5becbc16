package org.orrery.tsfile.tool;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.orrery.tsfile.read.Column;
import org.orrery.tsfile.read.SeriesBatch;

/**
 * The canonical hash of one series: SHA-256 over, per point, the time as 8 bytes big-endian and
 * then the value: BOOLEAN 1 byte, INT32/DATE 4 bytes, INT64/TIMESTAMP 8 bytes, FLOAT/DOUBLE raw
 * IEEE bits in 4/8 bytes, TEXT/STRING/BLOB 4-byte length and the bytes; all big-endian. Binary,
 * so it does not depend on how a language prints floats.
 */
final class SeriesDigest {
    private final MessageDigest md = newSha256();
    private final byte[] buf = new byte[8192];
    private int pos;
    private long count;

    static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }

    long count() {
        return count;
    }

    void add(SeriesBatch batch) {
        long[] times = batch.times();
        Column c = batch.values();
        int n = batch.size();
        switch (c.type()) {
            case BOOLEAN: {
                boolean[] v = c.booleans();
                for (int i = 0; i < n; i++) {
                    room(9);
                    putLong(times[i]);
                    buf[pos++] = (byte) (v[i] ? 1 : 0);
                }
                break;
            }
            case INT32:
            case DATE: {
                int[] v = c.ints();
                for (int i = 0; i < n; i++) {
                    room(12);
                    putLong(times[i]);
                    putInt(v[i]);
                }
                break;
            }
            case INT64:
            case TIMESTAMP: {
                long[] v = c.longs();
                for (int i = 0; i < n; i++) {
                    room(16);
                    putLong(times[i]);
                    putLong(v[i]);
                }
                break;
            }
            case FLOAT: {
                float[] v = c.floats();
                for (int i = 0; i < n; i++) {
                    room(12);
                    putLong(times[i]);
                    putInt(Float.floatToRawIntBits(v[i]));
                }
                break;
            }
            case DOUBLE: {
                double[] v = c.doubles();
                for (int i = 0; i < n; i++) {
                    room(16);
                    putLong(times[i]);
                    putLong(Double.doubleToRawLongBits(v[i]));
                }
                break;
            }
            default: {
                byte[][] v = c.binaries();
                for (int i = 0; i < n; i++) {
                    room(12);
                    putLong(times[i]);
                    putInt(v[i].length);
                    drain();
                    md.update(v[i]);
                }
            }
        }
        count += n;
    }

    /** The 32-byte digest; the object is finished afterwards. */
    byte[] finish() {
        drain();
        return md.digest();
    }

    private void room(int n) {
        if (pos + n > buf.length) {
            drain();
        }
    }

    private void drain() {
        md.update(buf, 0, pos);
        pos = 0;
    }

    private void putLong(long v) {
        for (int shift = 56; shift >= 0; shift -= 8) {
            buf[pos++] = (byte) (v >>> shift);
        }
    }

    private void putInt(int v) {
        buf[pos++] = (byte) (v >>> 24);
        buf[pos++] = (byte) (v >>> 16);
        buf[pos++] = (byte) (v >>> 8);
        buf[pos++] = (byte) v;
    }
}
