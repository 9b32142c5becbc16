package org.orrery.encoding.sprintz;

import org.orrery.codec.api.ByteSink;
import org.orrery.codec.api.IntEncoder;
import org.orrery.encoding.bits.VarInts;
import org.orrery.encoding.rle.IntRleEncoder;

/**
 * SPRINTZ INT32, lossless: blocks of 9 values whose FIRE residuals the official reader rebuilds
 * exactly are written exactly as the official writer writes them; any other block (and the page's
 * last values) goes into the fallback form. See {@link SprintzFormat}.
 */
final class IntSprintzEncoder implements IntEncoder {
    private final SprintzBlock32 block = new SprintzBlock32();
    private final int[] residuals = new int[8];
    private final IntRleEncoder fallback = new IntRleEncoder();
    private int[] predictionInput = new int[0];
    private int[] expected = new int[0];

    @Override
    public void encode(int[] values, int offset, int count, ByteSink out) {
        if (count == 0) {
            return;
        }
        if (predictionInput.length < count) {
            predictionInput = new int[count];
            expected = new int[count];
        }
        for (int i = 0; i < count; i++) {
            int v = values[offset + i];
            predictionInput[i] = v;
            expected[i] = v;
        }
        int start = 0;
        for (; start + SprintzFormat.BLOCK <= count; start += SprintzFormat.BLOCK) {
            if (block.pack(predictionInput, expected, start, residuals)) {
                int width = SprintzBlock32.width(residuals);
                out.write(width);
                VarInts.writeUnsigned(out, values[offset + start]);
                SprintzFormat.writePacked32(out, residuals, width);
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
