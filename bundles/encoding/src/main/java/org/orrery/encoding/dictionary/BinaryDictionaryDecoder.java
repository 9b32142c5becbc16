package org.orrery.encoding.dictionary;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.orrery.codec.api.BinaryDecoder;
import org.orrery.codec.api.CodecException;
import org.orrery.encoding.bits.Truncation;
import org.orrery.encoding.bits.VarInts;
import org.orrery.encoding.rle.IntRleDecoder;

/**
 * Reads {@link BinaryDictionaryEncoder}'s pages. Decoded values of one page that share an index
 * share one array, so callers must not modify them.
 */
final class BinaryDictionaryDecoder implements BinaryDecoder {
    private static final String CODEC = "DICTIONARY BINARY";
    private final IntRleDecoder indexDecoder = new IntRleDecoder();
    private int[] indexes = new int[0];

    @Override
    public void decode(ByteBuffer in, byte[][] out, int offset, int count) {
        if (count == 0) {
            return;
        }
        byte[][] dictionary = readDictionary(in);
        if (indexes.length < count) {
            indexes = new int[count];
        }
        indexDecoder.decode(in, indexes, 0, count);
        for (int i = 0; i < count; i++) {
            out[offset + i] = entry(dictionary, indexes[i]);
        }
    }

    @Override
    public byte[][] decodeAll(ByteBuffer in) {
        List<byte[]> values = new ArrayList<>();
        while (in.hasRemaining()) {
            byte[][] dictionary = readDictionary(in);
            for (int index : indexDecoder.decodeAll(in)) {
                values.add(entry(dictionary, index));
            }
        }
        return values.toArray(new byte[0][]);
    }

    private static byte[] entry(byte[][] dictionary, int index) {
        if (index < 0 || index >= dictionary.length) {
            throw new CodecException(CODEC + " index " + index + " outside the page's dictionary of "
                    + dictionary.length + " entries");
        }
        return dictionary[index];
    }

    private static byte[][] readDictionary(ByteBuffer in) {
        try {
            int size = VarInts.readZigZag(in);
            if (size < 0 || size > in.remaining()) {
                throw new CodecException(CODEC + " dictionary size " + size + " at byte " + in.position()
                        + " is impossible with " + in.remaining() + " bytes left");
            }
            byte[][] dictionary = new byte[size][];
            for (int i = 0; i < size; i++) {
                int length = VarInts.readZigZag(in);
                if (length < 0 || length > in.remaining()) {
                    throw new CodecException(CODEC + " entry " + i + " length " + length + " exceeds the "
                            + in.remaining() + " bytes left");
                }
                dictionary[i] = new byte[length];
                in.get(dictionary[i]);
            }
            return dictionary;
        } catch (BufferUnderflowException e) {
            throw Truncation.of(CODEC, in, e);
        }
    }
}
