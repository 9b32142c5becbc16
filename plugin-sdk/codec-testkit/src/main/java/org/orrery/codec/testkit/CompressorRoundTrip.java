package org.orrery.codec.testkit;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.orrery.codec.api.CodecException;
import org.orrery.codec.api.CodecIds;
import org.orrery.codec.api.Compressor;

/**
 * Round-trip checks of one {@link Compressor} over {@link EdgePages#payloads()}: array and
 * {@link ByteBuffer} forms (heap, direct, non-zero offsets), a wrong uncompressed length being
 * reported as a {@link CodecException}, and two threads sharing the instance.
 */
public final class CompressorRoundTrip {
    private static final int OFFSET = 7;

    private final Compressor compressor;

    CompressorRoundTrip(Compressor compressor) {
        this.compressor = compressor;
    }

    public void check() {
        int id = compressor.id();
        if (!(id >= CodecIds.FORMAT_MIN && id <= CodecIds.FORMAT_MAX) && !CodecIds.isPluginId(id)) {
            throw new AssertionError("compressor " + compressor.name() + " has id " + id
                    + " outside the format and plugin ranges");
        }
        List<byte[]> payloads = EdgePages.payloads();
        for (byte[] payload : payloads) {
            checkPayload(payload);
        }
        checkConcurrentUse(payloads);
    }

    public void checkPayload(byte[] payload) {
        String where = compressor.name() + " payload of " + payload.length + " bytes";
        byte[] padded = new byte[payload.length + 2 * OFFSET];
        Arrays.fill(padded, (byte) 0x33);
        System.arraycopy(payload, 0, padded, OFFSET, payload.length);
        byte[] compressed = compressor.compress(padded, OFFSET, payload.length);

        byte[] out = new byte[payload.length + 2 * OFFSET];
        Arrays.fill(out, (byte) 0x44);
        byte[] framed = new byte[compressed.length + 2 * OFFSET];
        System.arraycopy(compressed, 0, framed, OFFSET, compressed.length);
        compressor.uncompress(framed, OFFSET, compressed.length, out, OFFSET, payload.length);
        if (!Arrays.equals(payload, 0, payload.length, out, OFFSET, OFFSET + payload.length)) {
            throw new AssertionError(where + ": array round trip changed the bytes");
        }
        for (int i = 0; i < OFFSET; i++) {
            if (out[i] != 0x44 || out[OFFSET + payload.length + i] != 0x44) {
                throw new AssertionError(where + ": uncompress wrote outside dst[dstOff .. dstOff+length-1]");
            }
        }

        ByteBuffer direct = ByteBuffer.allocateDirect(payload.length + OFFSET);
        direct.position(OFFSET);
        direct.put(payload);
        direct.position(OFFSET);
        byte[] fromBuffer = compressor.compress(direct);
        if (direct.hasRemaining()) {
            throw new AssertionError(where + ": compress(ByteBuffer) did not consume the buffer");
        }
        ByteBuffer restored = compressor.uncompress(ByteBuffer.wrap(fromBuffer).asReadOnlyBuffer(), payload.length);
        byte[] restoredBytes = new byte[restored.remaining()];
        restored.get(restoredBytes);
        if (!Arrays.equals(payload, restoredBytes)) {
            throw new AssertionError(where + ": ByteBuffer round trip changed the bytes");
        }

        try {
            compressor.uncompress(compressed, 0, compressed.length, new byte[payload.length + 1], 0,
                    payload.length + 1);
            throw new AssertionError(where + ": uncompress accepted an uncompressed length of "
                    + (payload.length + 1) + " for " + payload.length + " bytes");
        } catch (CodecException expected) {
            // A page header that disagrees with the page must be reported, not papered over.
        }
    }

    private void checkConcurrentUse(List<byte[]> payloads) {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> futures = new java.util.ArrayList<>();
            for (int t = 0; t < 2; t++) {
                futures.add(pool.submit(() -> {
                    for (int round = 0; round < 3; round++) {
                        for (byte[] p : payloads) {
                            byte[] c = compressor.compress(p, 0, p.length);
                            byte[] back = compressor.uncompress(c, 0, c.length, p.length);
                            if (!Arrays.equals(p, back)) {
                                throw new AssertionError(compressor.name() + ": concurrent round trip of "
                                        + p.length + " bytes changed them");
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof AssertionError) {
                        throw (AssertionError) e.getCause();
                    }
                    throw new AssertionError(compressor.name() + ": concurrent use failed", e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted", e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
