package org.orrery.tsfile.internal.format;

import org.orrery.codec.api.ByteSink;
import org.orrery.common.type.DataType;
import org.orrery.tsfile.CorruptTsFileException;
import org.orrery.tsfile.internal.io.ByteReader;
import org.orrery.tsfile.internal.io.Varints;
import org.orrery.tsfile.stats.BlobStatistics;
import org.orrery.tsfile.stats.BooleanStatistics;
import org.orrery.tsfile.stats.DoubleStatistics;
import org.orrery.tsfile.stats.FloatStatistics;
import org.orrery.tsfile.stats.IntStatistics;
import org.orrery.tsfile.stats.LongStatistics;
import org.orrery.tsfile.stats.Statistics;
import org.orrery.tsfile.stats.StringStatistics;
import org.orrery.tsfile.stats.TextStatistics;
import org.orrery.tsfile.stats.TimeStatistics;

/**
 * The on-disk form of statistics: uvarint count, int64 start time, int64 end time, then per type
 * BOOLEAN first, last (1 byte each), sum int64; INT32/DATE min, max, first, last int32, sum int64;
 * INT64/TIMESTAMP min, max, first, last int64, sum double; FLOAT min, max, first, last float32, sum
 * double; DOUBLE the same as float64; TEXT first, last; STRING first, last, min, max (binaries as
 * int32 length + bytes); BLOB and VECTOR nothing.
 */
public final class StatisticsFormat {
    private StatisticsFormat() {
    }

    public static void write(ByteSink out, Statistics s) {
        Varints.writeUnsignedLong(out, s.count());
        out.writeLong(s.startTime());
        out.writeLong(s.endTime());
        DataType type = s.dataType();
        if (type == null) {
            return;
        }
        switch (type) {
            case BOOLEAN: {
                BooleanStatistics b = (BooleanStatistics) s;
                out.write(b.first() ? 1 : 0);
                out.write(b.last() ? 1 : 0);
                out.writeLong(b.sum());
                break;
            }
            case INT32:
            case DATE: {
                IntStatistics i = (IntStatistics) s;
                out.writeInt(i.min());
                out.writeInt(i.max());
                out.writeInt(i.first());
                out.writeInt(i.last());
                out.writeLong(i.sum());
                break;
            }
            case INT64:
            case TIMESTAMP: {
                LongStatistics l = (LongStatistics) s;
                out.writeLong(l.min());
                out.writeLong(l.max());
                out.writeLong(l.first());
                out.writeLong(l.last());
                out.writeLong(Double.doubleToLongBits(l.sum()));
                break;
            }
            case FLOAT: {
                FloatStatistics f = (FloatStatistics) s;
                out.writeInt(Float.floatToIntBits(f.min()));
                out.writeInt(Float.floatToIntBits(f.max()));
                out.writeInt(Float.floatToIntBits(f.first()));
                out.writeInt(Float.floatToIntBits(f.last()));
                out.writeLong(Double.doubleToLongBits(f.sum()));
                break;
            }
            case DOUBLE: {
                DoubleStatistics d = (DoubleStatistics) s;
                out.writeLong(Double.doubleToLongBits(d.min()));
                out.writeLong(Double.doubleToLongBits(d.max()));
                out.writeLong(Double.doubleToLongBits(d.first()));
                out.writeLong(Double.doubleToLongBits(d.last()));
                out.writeLong(Double.doubleToLongBits(d.sum()));
                break;
            }
            case TEXT: {
                TextStatistics t = (TextStatistics) s;
                Varints.writeBinary(out, t.first());
                Varints.writeBinary(out, t.last());
                break;
            }
            case STRING: {
                StringStatistics t = (StringStatistics) s;
                Varints.writeBinary(out, t.first());
                Varints.writeBinary(out, t.last());
                Varints.writeBinary(out, t.min());
                Varints.writeBinary(out, t.max());
                break;
            }
            case BLOB:
                break;
            default:
                throw new IllegalArgumentException("no statistics layout for " + type);
        }
    }

    /**
     * Reads statistics of {@code type} (null = VECTOR, the time column).
     *
     * @param what names the owner for messages, e.g. "page header"
     */
    public static Statistics read(ByteReader in, DataType type, String what) throws CorruptTsFileException {
        long at = in.offset();
        long count = in.readUnsignedVarLong(what + " statistics count");
        long start = in.readLong(what + " statistics start time");
        long end = in.readLong(what + " statistics end time");
        if (count > 0 && start > end) {
            throw new CorruptTsFileException(in.origin() + ": " + what + " statistics at offset " + at
                    + " have start time " + start + " after end time " + end, at);
        }
        if (type == null) {
            return TimeStatistics.of(count, start, end);
        }
        String f = what + " statistics";
        switch (type) {
            case BOOLEAN:
                return BooleanStatistics.of(count, start, end, in.readByte(f) != 0, in.readByte(f) != 0, in.readLong(f));
            case INT32:
            case DATE:
                return IntStatistics.of(type, count, start, end, in.readInt(f), in.readInt(f), in.readInt(f),
                        in.readInt(f), in.readLong(f));
            case INT64:
            case TIMESTAMP:
                return LongStatistics.of(type, count, start, end, in.readLong(f), in.readLong(f), in.readLong(f),
                        in.readLong(f), in.readDouble(f));
            case FLOAT:
                return FloatStatistics.of(count, start, end, in.readFloat(f), in.readFloat(f), in.readFloat(f),
                        in.readFloat(f), in.readDouble(f));
            case DOUBLE:
                return DoubleStatistics.of(count, start, end, in.readDouble(f), in.readDouble(f), in.readDouble(f),
                        in.readDouble(f), in.readDouble(f));
            case TEXT:
                return TextStatistics.of(count, start, end, in.readBinary(f), in.readBinary(f));
            case STRING:
                return StringStatistics.of(count, start, end, in.readBinary(f), in.readBinary(f), in.readBinary(f),
                        in.readBinary(f));
            case BLOB:
                return BlobStatistics.of(count, start, end);
            default:
                throw new IllegalStateException("no statistics layout for " + type);
        }
    }
}
