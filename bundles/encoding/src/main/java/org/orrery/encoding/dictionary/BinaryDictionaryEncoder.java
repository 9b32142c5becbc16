package org.orrery.encoding.dictionary;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.orrery.codec.api.BinaryEncoder;
import org.orrery.codec.api.ByteSink;
import org.orrery.encoding.bits.VarInts;
import org.orrery.encoding.rle.IntRleEncoder;

/**
 * DICTIONARY for TEXT/STRING ({@code DictionaryEncoder}): per page, zig-zag varint number of
 * distinct values, each as zig-zag varint length + bytes in order of first appearance, then the
 * 0-based index of every value through the RLE INT32 encoder.
 */
final class BinaryDictionaryEncoder implements BinaryEncoder {
    private final Map<ByteBuffer, Integer> indexOf = new HashMap<>();
    private final List<byte[]> entries = new ArrayList<>();
    private final IntRleEncoder indexEncoder = new IntRleEncoder();
    private int[] indexes = new int[0];

    @Override
    public void encode(byte[][] values, int offset, int count, ByteSink out) {
        if (count == 0) {
            return;
        }
        indexOf.clear();
        entries.clear();
        if (indexes.length < count) {
            indexes = new int[count];
        }
        for (int i = 0; i < count; i++) {
            byte[] v = values[offset + i];
            // ByteBuffer equality is by content, which is what a dictionary key needs.
            Integer index = indexOf.get(ByteBuffer.wrap(v));
            if (index == null) {
                index = entries.size();
                indexOf.put(ByteBuffer.wrap(v), index);
                entries.add(v);
            }
            indexes[i] = index;
        }
        VarInts.writeZigZag(out, entries.size());
        for (byte[] entry : entries) {
            VarInts.writeZigZag(out, entry.length);
            out.write(entry, 0, entry.length);
        }
        indexEncoder.encode(indexes, 0, count, out);
    }
}
