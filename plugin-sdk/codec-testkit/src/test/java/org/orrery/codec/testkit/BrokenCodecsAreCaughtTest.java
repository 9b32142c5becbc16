package org.orrery.codec.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orrery.codec.api.ByteSink;
import org.orrery.codec.api.CodecException;
import org.orrery.codec.api.Compressor;
import org.orrery.codec.api.DoubleDecoder;
import org.orrery.codec.api.DoubleEncoder;
import org.orrery.codec.api.Encoding;
import org.orrery.codec.api.KindCodecs;
import org.orrery.codec.api.ValueKind;

/** The kit must fail on codecs that break the contract, or it proves nothing. */
class BrokenCodecsAreCaughtTest {

    /** A plain 8-byte DOUBLE codec whose encoder can be made to misbehave in one chosen way. */
    private static Encoding doubles(boolean canonicalizeNaN, boolean overwriteSink, boolean readTooFar) {
        return doubles(canonicalizeNaN, overwriteSink, readTooFar, true);
    }

    private static Encoding doubles(boolean canonicalizeNaN, boolean overwriteSink, boolean readTooFar,
                                    boolean reportsTruncation) {
        DoubleEncoder encoder = (values, offset, count, out) -> {
            if (overwriteSink) {
                out.reset();
            }
            for (int i = offset; i < offset + count; i++) {
                out.writeLong(canonicalizeNaN ? Double.doubleToLongBits(values[i]) : Double.doubleToRawLongBits(values[i]));
            }
        };
        DoubleDecoder decoder = new DoubleDecoder() {
            @Override
            public void decode(ByteBuffer in, double[] out, int offset, int count) {
                if (reportsTruncation && in.remaining() < 8 * count) {
                    throw new CodecException("TEST_DOUBLES page holds " + in.remaining() / 8 + " of " + count + " values");
                }
                for (int i = 0; i < count; i++) {
                    out[offset + i] = Double.longBitsToDouble(in.getLong());
                }
                if (readTooFar && count > 0) {
                    out[offset + count] = 0.5;
                }
            }

            @Override
            public double[] decodeAll(ByteBuffer in) {
                double[] out = new double[in.remaining() / 8];
                for (int i = 0; i < out.length; i++) {
                    out[i] = Double.longBitsToDouble(in.getLong());
                }
                return out;
            }
        };
        KindCodecs codecs = KindCodecs.builder().add(ValueKind.DOUBLE, o -> encoder, o -> decoder).build();
        return new Encoding() {
            @Override
            public int id() {
                return 100;
            }

            @Override
            public String name() {
                return "TEST_DOUBLES";
            }

            @Override
            public KindCodecs codecs() {
                return codecs;
            }
        };
    }

    @Test
    void aCorrectCodecPasses() {
        CodecRoundTrip.check(doubles(false, false, false));
    }

    @Test
    void losingNaNPayloadsIsCaught() {
        AssertionError e = assertThrows(AssertionError.class, () -> CodecRoundTrip.check(doubles(true, false, false)));
        assertTrue(e.getMessage().contains("NaN payloads"), e.getMessage());
        // ...unless the codec declares that its format cannot keep them.
        CodecRoundTrip.of(doubles(true, false, false)).withoutNanPayloads().check();
    }

    @Test
    void crashingOnATruncatedPageIsCaught() {
        AssertionError e = assertThrows(AssertionError.class,
                () -> CodecRoundTrip.check(doubles(false, false, false, false)));
        assertTrue(e.getMessage().contains("instead of a CodecException"), e.getMessage());
    }

    @Test
    void overwritingTheSinkIsCaught() {
        AssertionError e = assertThrows(AssertionError.class, () -> CodecRoundTrip.check(doubles(false, true, false)));
        assertTrue(e.getMessage().contains("overwrote"), e.getMessage());
    }

    @Test
    void writingPastTheRequestedCountIsCaught() {
        AssertionError e = assertThrows(AssertionError.class, () -> CodecRoundTrip.check(doubles(false, false, true)));
        assertTrue(e.getMessage().contains("outside"), e.getMessage());
    }

    @Test
    void withoutNaNDropsOnlyNaNs() {
        List<Page> pages = CodecRoundTrip.of(doubles(false, false, false)).withoutNaN().pages(ValueKind.DOUBLE);
        for (Page p : pages) {
            for (double d : (double[]) p.values()) {
                assertTrue(!Double.isNaN(d), p.name());
            }
        }
        Page specials = pages.stream().filter(p -> p.name().startsWith("specials")).findFirst().orElseThrow();
        assertEquals(EdgePages.doubles(false).stream().filter(p -> p.name().equals("specials")).findFirst()
                .orElseThrow().size() - 2, specials.size());
    }

    @Test
    void pagesAreDeterministic() {
        List<Page> a = EdgePages.floats(true);
        List<Page> b = EdgePages.floats(true);
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertTrue(Arrays.equals((float[]) a.get(i).values(), (float[]) b.get(i).values()), a.get(i).name());
        }
    }

    @Test
    void aCompressorIgnoringTheLengthIsCaught() {
        Compressor sloppy = new Compressor() {
            @Override
            public int id() {
                return 90;
            }

            @Override
            public String name() {
                return "SLOPPY";
            }

            @Override
            public byte[] compress(byte[] src, int off, int len) {
                return Arrays.copyOfRange(src, off, off + len);
            }

            @Override
            public void uncompress(byte[] src, int off, int len, byte[] dst, int dstOff, int uncompressedLength) {
                System.arraycopy(src, off, dst, dstOff, Math.min(len, uncompressedLength));
            }
        };
        AssertionError e = assertThrows(AssertionError.class, () -> CodecRoundTrip.check(sloppy));
        assertTrue(e.getMessage().contains("accepted an uncompressed length"), e.getMessage());
    }

    @Test
    void aCompressorThatReportsBadLengthsPasses() {
        Compressor strict = new Compressor() {
            @Override
            public int id() {
                return 91;
            }

            @Override
            public String name() {
                return "STRICT";
            }

            @Override
            public byte[] compress(byte[] src, int off, int len) {
                return Arrays.copyOfRange(src, off, off + len);
            }

            @Override
            public void uncompress(byte[] src, int off, int len, byte[] dst, int dstOff, int uncompressedLength) {
                if (len != uncompressedLength) {
                    throw new CodecException("length mismatch: " + len + " vs " + uncompressedLength);
                }
                System.arraycopy(src, off, dst, dstOff, len);
            }
        };
        CodecRoundTrip.check(strict);
        ByteSink unused = new ByteSink();
        assertEquals(0, unused.size());
    }
}
