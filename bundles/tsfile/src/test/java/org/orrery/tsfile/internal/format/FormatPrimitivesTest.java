package org.orrery.tsfile.internal.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orrery.codec.api.ByteSink;
import org.orrery.tsfile.CorruptTsFileException;
import org.orrery.tsfile.DeviceId;
import org.orrery.tsfile.internal.io.ByteReader;
import org.orrery.tsfile.internal.io.Varints;

class FormatPrimitivesTest {
    private static byte[] bytes(int... v) {
        byte[] b = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            b[i] = (byte) v[i];
        }
        return b;
    }

    private static ByteReader reader(byte[] b) {
        return new ByteReader("test", b, 0, b.length, 100);
    }

    @Test
    void unsignedVarIntIsLittleEndianBase128() throws Exception {
        ByteSink out = new ByteSink();
        Varints.writeUnsigned(out, 300); // 300 = 0b10_0101100 -> 0xAC 0x02
        Varints.writeUnsigned(out, 0);
        Varints.writeUnsigned(out, -1); // all 32 bits -> five bytes
        assertArrayEquals(bytes(0xAC, 0x02, 0x00, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F), out.toByteArray());
        ByteReader in = reader(out.toByteArray());
        assertEquals(300, in.readUnsignedVarInt("a"));
        assertEquals(0, in.readUnsignedVarInt("b"));
        assertEquals(-1, in.readUnsignedVarInt("c"));
    }

    @Test
    void varStringUsesZigZagLengthAndMinusOneForNull() throws Exception {
        ByteSink out = new ByteSink();
        Varints.writeString(out, "d1");
        Varints.writeString(out, null);
        Varints.writeString(out, "");
        // length 2 zig-zags to 4; -1 zig-zags to 1
        assertArrayEquals(bytes(0x04, 'd', '1', 0x01, 0x00), out.toByteArray());
        ByteReader in = reader(out.toByteArray());
        assertEquals("d1", in.readVarString("s"));
        assertEquals(null, in.readVarString("s"));
        assertEquals("", in.readVarString("s"));
    }

    @Test
    void truncatedAndOversizedFieldsNameTheFieldAndOffset() {
        ByteReader in = reader(bytes(0x80, 0x80));
        CorruptTsFileException e = assertThrows(CorruptTsFileException.class, () -> in.readUnsignedVarInt("page size"));
        assertTrue(e.getMessage().contains("page size"), e.getMessage());
        assertEquals(102, e.offset());

        ByteReader tooLong = reader(bytes(0xFF, 0xFF, 0xFF, 0xFF, 0x7F));
        assertThrows(CorruptTsFileException.class, () -> tooLong.readUnsignedVarInt("count"));

        // a var-string claiming 1000 bytes with 1 left must not allocate or read past the end
        ByteReader s = reader(bytes(0xD0, 0x0F, 'x'));
        CorruptTsFileException e2 = assertThrows(CorruptTsFileException.class, () -> s.readVarString("name"));
        assertTrue(e2.getMessage().contains("truncated reading name"), e2.getMessage());
    }

    @Test
    void deviceIdSplitsTreePathsLikeTheOfficialLibrary() {
        assertArrayEquals(new String[] {"root"}, DeviceId.parse("root").segments());
        assertArrayEquals(new String[] {"root", "a"}, DeviceId.parse("root.a").segments());
        assertArrayEquals(new String[] {"root.a", "b"}, DeviceId.parse("root.a.b").segments());
        assertArrayEquals(new String[] {"root.a.b", "c"}, DeviceId.parse("root.a.b.c").segments());
        assertArrayEquals(new String[] {"root.a.b", "c", "d"}, DeviceId.parse("root.a.b.c.d").segments());
        assertArrayEquals(new String[] {"root.`x.y`", "z"}, DeviceId.parse("root.`x.y`.z").segments());
        assertEquals("root.a.b.c.d", DeviceId.parse("root.a.b.c.d").toString());
        assertThrows(IllegalArgumentException.class, () -> DeviceId.parse("root..a"));
    }

    @Test
    void deviceOrderIsSegmentWiseNotStringOrder() {
        DeviceId longer = DeviceId.parse("root.a.b.c.d"); // [root.a.b, c, d]
        DeviceId other = DeviceId.parse("root.a.b.c0"); // [root.a.b, c0]
        // As strings "root.a.b.c.d" < "root.a.b.c0" ('.' < '0'), and segment-wise "c" < "c0" too;
        // a prefix sorts first: [root.a.b, c] < [root.a.b, c, d].
        assertTrue(longer.compareTo(other) < 0);
        assertTrue(DeviceId.parse("root.a.b.c").compareTo(longer) < 0);
        // a null segment sorts before any string
        assertTrue(DeviceId.of("t", null, "x").compareTo(DeviceId.of("t", "", "x")) < 0);
        assertEquals(DeviceId.of("t", "a"), DeviceId.of("t", "a", null));
    }

    @Test
    void deviceIdSerialisesAsSegmentCountAndVarStrings() throws Exception {
        ByteSink out = new ByteSink();
        DeviceIdFormat.write(out, DeviceId.parse("root.oracle.d1"));
        // the bytes the official 2.4.0 file has in its first chunk group header (format notes)
        byte[] expected = new byte[1 + 1 + 11 + 1 + 2];
        expected[0] = 2;
        expected[1] = 22;
        System.arraycopy("root.oracle".getBytes(StandardCharsets.US_ASCII), 0, expected, 2, 11);
        expected[13] = 4;
        expected[14] = 'd';
        expected[15] = '1';
        assertArrayEquals(expected, out.toByteArray());
        assertEquals(DeviceId.parse("root.oracle.d1"), DeviceIdFormat.read(reader(expected), FormatVersion.V4, "id"));
    }

    @Test
    void murmurMatchesValuesComputedByTheJavaImplementation() {
        // Reference values generated with the official Java Murmur128Hash (published in the
        // Apache TsFile C++ port's tests).
        assertEquals(-1444917689, Murmur128.hash("testString".getBytes(StandardCharsets.UTF_8), 12345));
        assertEquals(580454411, Murmur128.hash("Special characters: @#$%^&*()_+".getBytes(StandardCharsets.UTF_8),
                24680));
        assertEquals(-207787044, Murmur128.hash(("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do "
                + "eiusmod tempor incididunt ut labore et dolore magna aliqua.").getBytes(StandardCharsets.UTF_8),
                54321));
    }

    @Test
    void bloomFilterIsSizedLikeTheOfficialWriterAndFindsWhatWasAdded() throws Exception {
        BloomFilter small = BloomFilter.forEntries(20, 0.05);
        assertEquals(256, small.size());
        assertEquals(5, small.hashCount()); // floor(-ln 0.05 / ln 2) + 1
        BloomFilter big = BloomFilter.forEntries(1000, 0.05);
        assertEquals((int) (1000 * -Math.log(0.05) / Math.log(2) / Math.log(2)) + 1, big.size());
        List<String> paths = List.of("root.sg.d1.s1", "root.sg.d1.", "root.sg.d2.temperature");
        for (String p : paths) {
            big.add(p);
        }
        ByteSink out = new ByteSink();
        big.write(out);
        BloomFilter read = BloomFilter.read(reader(out.toByteArray()));
        for (String p : paths) {
            assertTrue(read.mightContain(p), p);
        }
        int falsePositives = 0;
        for (int i = 0; i < 1000; i++) {
            if (read.mightContain("root.sg.d9.s" + i)) {
                falsePositives++;
            }
        }
        assertTrue(falsePositives < 20, "false positives: " + falsePositives);
        assertFalse(read.mightContain("root.sg.d1.s2") && read.mightContain("root.sg.d1.s3")
                && read.mightContain("root.sg.d1.s4"));
    }

    @Test
    void chunkHeaderRoundTripsAndRejectsNonChunkMarkers() throws Exception {
        ByteSink out = new ByteSink();
        ChunkHeader.write(out, (byte) 0x45, "s1", 1234, (byte) 4, (byte) 7, (byte) 8);
        ChunkHeader h = ChunkHeader.read(reader(out.toByteArray()));
        assertEquals("s1", h.measurementId());
        assertEquals(1234, h.dataSize());
        assertTrue(h.isSinglePage());
        assertTrue(h.isValueColumn());
        assertFalse(h.isTimeColumn());
        assertEquals(out.size(), h.serializedSize());
        assertThrows(CorruptTsFileException.class, () -> ChunkHeader.read(reader(bytes(0x02, 0, 0, 0, 0, 0))));
        assertThrows(CorruptTsFileException.class, () -> ChunkHeader.read(reader(bytes(0xC1, 0, 0, 0, 0, 0))));
    }
}
