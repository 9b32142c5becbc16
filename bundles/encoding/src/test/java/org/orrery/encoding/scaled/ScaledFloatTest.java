package org.orrery.encoding.scaled;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;
import org.orrery.codec.api.ByteSink;
import org.orrery.codec.api.CodecOptions;
import org.orrery.codec.api.DoubleDecoder;
import org.orrery.codec.api.DoubleEncoder;
import org.orrery.codec.api.FloatEncoder;
import org.orrery.codec.api.ValueKind;
import org.orrery.encoding.rle.RleEncoding;
import org.orrery.encoding.ts2diff.Ts2DiffEncoding;

/** The FLOAT/DOUBLE precision wrapper: layout of its page prefix and its lossless fallback. */
class ScaledFloatTest {
    private static byte[] encodeDoubles(CodecOptions options, double... values) {
        DoubleEncoder encoder = new Ts2DiffEncoding().newEncoder(ValueKind.DOUBLE, options);
        ByteSink sink = new ByteSink();
        encoder.encode(values, 0, values.length, sink);
        return sink.toByteArray();
    }

    @Test
    void pageOfExactlyScalableValuesStartsWithThePrecision() {
        byte[] bytes = encodeDoubles(CodecOptions.DEFAULTS, 20.25, 20.5, -3.75);
        // uvarint 2, then the TS_2DIFF INT64 block of 2025, 2050, -375.
        assertEquals(2, bytes[0]);
        ByteBuffer inner = ByteBuffer.wrap(bytes, 1, bytes.length - 1);
        assertEquals(2, inner.getInt(), "delta count");
        inner.getInt();
        inner.getLong();
        assertEquals(2025, inner.getLong(), "first value, scaled by 10^2");
    }

    @Test
    void valuesTheScalingWouldChangeAreFlaggedAndStoredRaw() {
        double[] values = {1.5, 0.1 + 0.2, -0.0, Double.NaN, 1e300};
        byte[] bytes = encodeDoubles(CodecOptions.DEFAULTS, values);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // uvarint 0x7FFFFFFE is 5 bytes: fe ff ff ff 07
        assertEquals((byte) 0xfe, in.get());
        in.position(5);
        assertEquals(values.length, in.get(), "value count");
        byte scaledBits = in.get();
        byte rawBits = in.get();
        assertEquals(0b00001, scaledBits, "only 1.5 is scaled");
        assertEquals(0b11110, rawBits, "0.1+0.2, -0.0, NaN and 1e300 are raw");
        assertEquals(2, in.get(), "precision follows the bitmaps");

        DoubleDecoder decoder = new Ts2DiffEncoding().newDecoder(ValueKind.DOUBLE, CodecOptions.DEFAULTS);
        double[] back = decoder.decodeAll(ByteBuffer.wrap(bytes));
        assertEquals(values.length, back.length);
        for (int i = 0; i < values.length; i++) {
            assertEquals(Double.doubleToRawLongBits(values[i]), Double.doubleToRawLongBits(back[i]), "value " + i);
        }
    }

    @Test
    void readsTheOfficialRoundedFormAsWell() {
        // Marker 0x7FFFFFFF: only the "scaled" bitmap; unflagged values hold Math.round(v), read as is.
        ByteSink sink = new ByteSink();
        org.orrery.encoding.bits.VarInts.writeUnsigned(sink, Integer.MAX_VALUE);
        org.orrery.encoding.bits.VarInts.writeUnsigned(sink, 2);
        sink.write(0b01); // value 0 scaled, value 1 rounded
        org.orrery.encoding.bits.VarInts.writeUnsigned(sink, 2);
        new org.orrery.encoding.ts2diff.LongTs2DiffEncoder().encode(new long[] {150, 3_000_000_000L}, 0, 2, sink);
        double[] back = new Ts2DiffEncoding().newDecoder(ValueKind.DOUBLE, CodecOptions.DEFAULTS)
                .decodeAll(ByteBuffer.wrap(sink.toByteArray()));
        assertArrayEquals(new double[] {1.5, 3e9}, back);
    }

    @Test
    void precisionOptionChangesSizeNeverValues() {
        float[] values = new float[500];
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.round(i * 1.234f * 1000) / 1000f;
        }
        int[] sizes = new int[3];
        int[] precisions = {0, 2, 3};
        for (int k = 0; k < precisions.length; k++) {
            CodecOptions options = CodecOptions.DEFAULTS.with(CodecOptions.FLOAT_PRECISION, precisions[k]);
            FloatEncoder encoder = new RleEncoding().newEncoder(ValueKind.FLOAT, options);
            ByteSink sink = new ByteSink();
            encoder.encode(values, 0, values.length, sink);
            sizes[k] = sink.size();
            float[] back = new RleEncoding().newDecoder(ValueKind.FLOAT, options)
                    .decodeAll(ByteBuffer.wrap(sink.toByteArray()));
            assertArrayEquals(values, back, "precision " + precisions[k]);
        }
        assertTrue(sizes[2] < sizes[1], "3 decimals fit precision 3 better than 2: " + sizes[2] + " vs " + sizes[1]);
    }

    @Test
    void rejectsAPrecisionOutsideItsRange() {
        assertThrows(IllegalArgumentException.class, () -> new RleEncoding()
                .newEncoder(ValueKind.FLOAT, CodecOptions.DEFAULTS.with(CodecOptions.FLOAT_PRECISION, -1)));
        assertThrows(IllegalArgumentException.class, () -> new RleEncoding()
                .newEncoder(ValueKind.DOUBLE, CodecOptions.DEFAULTS.with(CodecOptions.FLOAT_PRECISION, 31)));
    }
}
