package org.orrery.tsfile.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.orrery.codec.api.ByteSink;
import org.orrery.common.type.DataType;
import org.orrery.tsfile.internal.format.StatisticsFormat;
import org.orrery.tsfile.internal.io.ByteReader;

class StatisticsTest {
    @Test
    void intStatisticsTrackMinMaxFirstLastAndALongSum() {
        IntStatistics s = new IntStatistics(DataType.INT32);
        s.update(new long[] {10, 20, 30}, new int[] {Integer.MAX_VALUE, -5, Integer.MAX_VALUE}, 0, 3);
        assertEquals(3, s.count());
        assertEquals(10, s.startTime());
        assertEquals(30, s.endTime());
        assertEquals(-5, s.min());
        assertEquals(Integer.MAX_VALUE, s.max());
        assertEquals(Integer.MAX_VALUE, s.first());
        assertEquals(Integer.MAX_VALUE, s.last());
        // the sum does not overflow: it is a long
        assertEquals(2L * Integer.MAX_VALUE - 5, s.sum());
    }

    @Test
    void nanBecomesMinAndMaxOnlyAsTheFirstValue() {
        DoubleStatistics first = new DoubleStatistics();
        first.update(1, Double.NaN);
        first.update(2, 5.0);
        first.update(3, -1.0);
        assertTrue(Double.isNaN(first.min()));
        assertTrue(Double.isNaN(first.max()));
        DoubleStatistics later = new DoubleStatistics();
        later.update(1, 5.0);
        later.update(2, Double.NaN);
        later.update(3, -1.0);
        assertEquals(-1.0, later.min());
        assertEquals(5.0, later.max());
        assertTrue(Double.isNaN(later.sum()));
    }

    @Test
    void mergeKeepsFirstOfEarlierAndLastOfLaterAndAddsSums() {
        LongStatistics a = new LongStatistics(DataType.INT64);
        a.update(new long[] {1, 2}, new long[] {7, 3}, 0, 2);
        LongStatistics b = new LongStatistics(DataType.INT64);
        b.update(new long[] {5, 6}, new long[] {-4, 9}, 0, 2);
        a.merge(b);
        assertEquals(4, a.count());
        assertEquals(1, a.startTime());
        assertEquals(6, a.endTime());
        assertEquals(7, a.first());
        assertEquals(9, a.last());
        assertEquals(-4, a.min());
        assertEquals(9, a.max());
        assertEquals(15.0, a.sum());
        assertThrows(IllegalArgumentException.class, () -> a.merge(new IntStatistics(DataType.INT32)));
        assertThrows(IllegalArgumentException.class, () -> a.merge(new LongStatistics(DataType.TIMESTAMP)));
    }

    @Test
    void mergingIntoEmptyCopiesAndEmptyIsIgnored() {
        BooleanStatistics s = new BooleanStatistics();
        BooleanStatistics page = new BooleanStatistics();
        page.update(new long[] {3, 4, 5}, new boolean[] {false, true, true}, 0, 3);
        s.merge(new BooleanStatistics());
        s.merge(page);
        assertEquals(page, s);
        assertEquals(2, s.sum());
        assertEquals(false, s.first());
        assertEquals(true, s.last());
    }

    @Test
    void stringMinMaxCompareUnsignedBytes() {
        StringStatistics s = new StringStatistics();
        s.update(1, "b".getBytes(StandardCharsets.UTF_8));
        s.update(2, "\u00e9".getBytes(StandardCharsets.UTF_8)); // 0xC3 0xA9: above 'z' unsigned
        s.update(3, "a".getBytes(StandardCharsets.UTF_8));
        assertArrayEquals("a".getBytes(StandardCharsets.UTF_8), s.min());
        assertArrayEquals("\u00e9".getBytes(StandardCharsets.UTF_8), s.max());
        assertArrayEquals("b".getBytes(StandardCharsets.UTF_8), s.first());
        assertArrayEquals("a".getBytes(StandardCharsets.UTF_8), s.last());
    }

    @Test
    void int32LayoutIsCountTimesMinMaxFirstLastAndInt64Sum() throws Exception {
        IntStatistics s = IntStatistics.of(DataType.INT32, 2, 1, 2, -1, 5, 5, -1, 4);
        ByteSink out = new ByteSink();
        StatisticsFormat.write(out, s);
        byte[] expected = {
            2, // uvarint count
            0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 2, // start, end
            -1, -1, -1, -1, 0, 0, 0, 5, 0, 0, 0, 5, -1, -1, -1, -1, // min, max, first, last
            0, 0, 0, 0, 0, 0, 0, 4 // sum as int64
        };
        assertArrayEquals(expected, out.toByteArray());
    }

    @Test
    void everyTypeSurvivesItsOnDiskForm() throws Exception {
        long[] t = {100, 200, 300};
        Statistics[] all = {
            stats(new BooleanStatistics(), s -> ((BooleanStatistics) s).update(t, new boolean[] {true, false, true}, 0, 3)),
            stats(new IntStatistics(DataType.DATE), s -> ((IntStatistics) s).update(t, new int[] {20240101, 20231231, 20250505}, 0, 3)),
            stats(new LongStatistics(DataType.TIMESTAMP), s -> ((LongStatistics) s).update(t, new long[] {Long.MIN_VALUE, 0, Long.MAX_VALUE}, 0, 3)),
            stats(new FloatStatistics(), s -> ((FloatStatistics) s).update(t, new float[] {-0.0f, Float.MIN_VALUE, Float.NEGATIVE_INFINITY}, 0, 3)),
            stats(new DoubleStatistics(), s -> ((DoubleStatistics) s).update(t, new double[] {1e300, -1e-300, 0.5}, 0, 3)),
            stats(new TextStatistics(), s -> ((TextStatistics) s).update(t, new byte[][] {{1}, {}, {2, 3}}, 0, 3)),
            stats(new StringStatistics(), s -> ((StringStatistics) s).update(t, new byte[][] {{'x'}, {'a'}, {'m'}}, 0, 3)),
            stats(new BlobStatistics(), s -> ((BlobStatistics) s).update(t, 0, 3)),
            stats(new TimeStatistics(), s -> ((TimeStatistics) s).update(t, 0, 3)),
        };
        for (Statistics s : all) {
            ByteSink out = new ByteSink();
            StatisticsFormat.write(out, s);
            byte[] b = out.toByteArray();
            Statistics back = StatisticsFormat.read(new ByteReader("t", b, 0, b.length, 0), s.dataType(), "test");
            assertEquals(s, back, s.toString());
        }
    }

    private interface Filler {
        void fill(Statistics s);
    }

    private static Statistics stats(Statistics s, Filler f) {
        f.fill(s);
        return s;
    }
}
