package org.orrery.codec.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimpleCodecRegistryTest {

    /** A tiny encoding for registry tests: only the id/name/kinds matter here. */
    private static Encoding encoding(int id, String name) {
        KindCodecs codecs = KindCodecs.builder()
                .add(ValueKind.INT64, o -> (values, offset, count, out) -> {
                    for (int i = 0; i < count; i++) {
                        out.writeLong(values[offset + i]);
                    }
                }, o -> new LongDecoder() {
                    @Override
                    public void decode(ByteBuffer in, long[] out, int offset, int count) {
                        for (int i = 0; i < count; i++) {
                            out[offset + i] = in.getLong();
                        }
                    }

                    @Override
                    public long[] decodeAll(ByteBuffer in) {
                        long[] out = new long[in.remaining() / 8];
                        decode(in, out, 0, out.length);
                        return out;
                    }
                })
                .build();
        return new Encoding() {
            @Override
            public int id() {
                return id;
            }

            @Override
            public String name() {
                return name;
            }

            @Override
            public KindCodecs codecs() {
                return codecs;
            }
        };
    }

    private static Compressor compressor(int id, String name) {
        return new Compressor() {
            @Override
            public int id() {
                return id;
            }

            @Override
            public String name() {
                return name;
            }

            @Override
            public byte[] compress(byte[] src, int off, int len) {
                return java.util.Arrays.copyOfRange(src, off, off + len);
            }

            @Override
            public void uncompress(byte[] src, int off, int len, byte[] dst, int dstOff, int uncompressedLength) {
                System.arraycopy(src, off, dst, dstOff, uncompressedLength);
            }
        };
    }

    @Test
    void knownButAbsentIdsReportTheMissingBundle() {
        SimpleCodecRegistry registry = new SimpleCodecRegistry();
        assertEquals("codec bundle missing: ZSTD",
                assertThrows(CodecNotFoundException.class, () -> registry.compressor(8)).getMessage());
        assertEquals("codec bundle missing: ZSTD",
                assertThrows(CodecNotFoundException.class, () -> registry.compressor("zstd")).getMessage());
        assertEquals("codec bundle missing: GORILLA",
                assertThrows(CodecNotFoundException.class, () -> registry.encoding(8)).getMessage());
    }

    @Test
    void unknownIdsAndNamesAreReportedAsUnknown() {
        SimpleCodecRegistry registry = new SimpleCodecRegistry();
        assertEquals("unknown encoding id: 42",
                assertThrows(CodecNotFoundException.class, () -> registry.encoding(42)).getMessage());
        assertEquals("unknown compression id: 99",
                assertThrows(CodecNotFoundException.class, () -> registry.compressor(99)).getMessage());
        assertEquals("unknown compression id: -1",
                assertThrows(CodecNotFoundException.class, () -> registry.compressor(-1)).getMessage());
        assertEquals("unknown encoding: FOO",
                assertThrows(CodecNotFoundException.class, () -> registry.encoding("FOO")).getMessage());
    }

    @Test
    void addLookupRemove() {
        SimpleCodecRegistry registry = new SimpleCodecRegistry();
        Encoding gorilla = encoding(EncodingIds.GORILLA, "GORILLA");
        registry.addEncoding(gorilla);
        assertSame(gorilla, registry.encoding(8));
        assertSame(gorilla, registry.encoding("gorilla"));
        assertTrue(registry.findEncoding(8).isPresent());
        registry.removeEncoding(gorilla);
        assertFalse(registry.findEncoding(8).isPresent());
        assertThrows(CodecNotFoundException.class, () -> registry.encoding(8));
    }

    @Test
    void firstProviderOfAnIdWinsUntilRemoved() {
        SimpleCodecRegistry registry = new SimpleCodecRegistry();
        Compressor a = compressor(CompressionIds.LZ4, "LZ4");
        Compressor b = compressor(CompressionIds.LZ4, "LZ4");
        registry.addCompressor(a);
        registry.addCompressor(b);
        assertSame(a, registry.compressor(7));
        registry.removeCompressor(a);
        assertSame(b, registry.compressor(7));
        assertEquals(List.of(b), List.copyOf(registry.compressors()));
    }

    @Test
    void pluginIdsAreRememberedAfterTheirBundleLeaves() {
        SimpleCodecRegistry registry = new SimpleCodecRegistry();
        Encoding plugin = encoding(70, "ACME_DELTA");
        registry.addEncoding(plugin);
        assertSame(plugin, registry.encoding("acme_delta"));
        registry.removeEncoding(plugin);
        assertEquals("codec bundle missing: ACME_DELTA",
                assertThrows(CodecNotFoundException.class, () -> registry.encoding(70)).getMessage());
    }

    @Test
    void rejectsIdsThatWouldRedefineTheFormat() {
        SimpleCodecRegistry registry = new SimpleCodecRegistry();
        assertThrows(IllegalArgumentException.class, () -> registry.addEncoding(encoding(8, "NOT_GORILLA")));
        assertThrows(IllegalArgumentException.class, () -> registry.addEncoding(encoding(20, "X")));
        assertThrows(IllegalArgumentException.class, () -> registry.addEncoding(encoding(128, "X")));
        assertThrows(IllegalArgumentException.class, () -> registry.addEncoding(encoding(64, "PLAIN")));
        registry.addEncoding(encoding(64, "P1"));
        assertThrows(IllegalArgumentException.class, () -> registry.addEncoding(encoding(65, "P1")));
    }

    @Test
    void typedKindsGiveTypedEncodersAndNameTheUnsupportedKind() {
        Encoding e = encoding(64, "P1");
        LongEncoder enc = e.newEncoder(ValueKind.INT64, CodecOptions.DEFAULTS);
        ByteSink sink = new ByteSink();
        enc.encode(new long[] {1, -2, 3}, 1, 2, sink);
        assertEquals(16, sink.size());
        long[] back = e.newDecoder(ValueKind.INT64, CodecOptions.DEFAULTS).decodeAll(sink.asByteBuffer());
        assertEquals(-2, back[0]);
        assertEquals(3, back[1]);
        CodecException ex = assertThrows(CodecException.class, () -> e.newEncoder(ValueKind.FLOAT, CodecOptions.DEFAULTS));
        assertEquals("encoding P1 does not support value kind FLOAT (supported: [INT64])", ex.getMessage());
    }

    @Test
    void formatNamesMatchTheTsFileEnumerations() {
        assertEquals("TS_2DIFF", EncodingIds.formatName(4));
        assertEquals("RLBE", EncodingIds.formatName(13));
        assertEquals(6, EncodingIds.formatId("gorilla_v1"));
        assertEquals("LZ4", CompressionIds.formatName(7));
        assertEquals(9, CompressionIds.formatId("LZMA2"));
        assertEquals(-1, CompressionIds.formatId("BROTLI"));
    }

    @Test
    void byteSinkGrowsAndWritesBigEndian() {
        ByteSink sink = new ByteSink(1);
        sink.writeInt(0x01020304);
        sink.writeLong(0x05060708090a0b0cL);
        for (int i = 0; i < 100; i++) {
            sink.write(i);
        }
        byte[] bytes = sink.toByteArray();
        assertEquals(112, bytes.length);
        assertEquals(1, bytes[0]);
        assertEquals(4, bytes[3]);
        assertEquals(0x0c, bytes[11]);
        assertEquals(99, bytes[111]);
        sink.reset();
        assertEquals(0, sink.size());
    }
}
