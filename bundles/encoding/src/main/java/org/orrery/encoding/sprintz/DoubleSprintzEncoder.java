package org.orrery.encoding.sprintz;

import org.orrery.codec.api.ByteSink;
import org.orrery.codec.api.DoubleEncoder;
import org.orrery.encoding.gorilla.DoubleGorillaEncoder;

/**
 * SPRINTZ DOUBLE, lossless: blocks of 9 values whose FIRE residuals the official reader rebuilds
 * exactly are written exactly as the official writer writes them; any other block (and the page's
 * last values) goes into the fallback form. See {@link SprintzFormat}.
 */
final class DoubleSprintzEncoder implements DoubleEncoder {
    private final SprintzBlock64 block = new SprintzBlock64();
    private final long[] residuals = new long[8];
    private final DoubleGorillaEncoder fallback = new DoubleGorillaEncoder();
    private long[] predictionInput = new long[0];
    private long[] expected = new long[0];

    @Override
    public void encode(double[] values, int offset, int count, ByteSink out) {
        if (count == 0) {
            return;
        }
        if (predictionInput.length < count) {
            predictionInput = new long[count];
            expected = new long[count];
        }
        for (int i = 0; i < count; i++) {
            double v = values[offset + i];
            predictionInput[i] = Double.doubleToLongBits(v);
            expected[i] = Double.doubleToRawLongBits(v);
        }
        int start = 0;
        for (; start + SprintzFormat.BLOCK <= count; start += SprintzFormat.BLOCK) {
            if (block.pack(predictionInput, expected, start, residuals)) {
                int width = SprintzBlock64.width(residuals);
                out.write(width);
                out.writeLong(expected[start]);
                SprintzFormat.writePacked64(out, residuals, width);
            } else {
                out.write(SprintzFormat.FALLBACK_FLAG | SprintzFormat.BLOCK);
                fallback.encode(values, offset + start, SprintzFormat.BLOCK, out);
            }
        }
        int rest = count - start;
        if (rest > 0) {
            out.write(SprintzFormat.FALLBACK_FLAG | rest);
            fallback.encode(values, offset + start, rest, out);
        }
    }
}
