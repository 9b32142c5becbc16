package org.orrery.compress.lz4;

import java.util.Arrays;
import java.util.Map;
import net.jpountz.lz4.LZ4Compressor;
import net.jpountz.lz4.LZ4Exception;
import net.jpountz.lz4.LZ4Factory;
import net.jpountz.lz4.LZ4SafeDecompressor;
import org.orrery.codec.api.CodecException;
import org.orrery.codec.api.CodecProperties;
import org.orrery.codec.api.CompressionIds;
import org.orrery.codec.api.Compressor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * LZ4 (id 7, TsFile's default compressor): a raw LZ4 block from the fast compressor, with no
 * frame and no length prefix (the page header stores the uncompressed size), as the official
 * writer's lz4-java {@code fastCompressor()} produces. Uses the JNI implementation when its native
 * library loads (inside OSGi {@code fastestInstance()} silently picks pure Java, so we ask for
 * {@link LZ4Factory#nativeInstance()} explicitly) and the safe pure-Java one otherwise; both write
 * valid blocks of the same format and read each other's.
 *
 * <p>Byte identity: the pure-Java compressor of lz4-java 1.13 produces exactly the blocks of the
 * official TsFile 2.4.0 writer (lz4-java 1.10.1), while the 1.13 JNI library (a newer liblz4)
 * sometimes chooses different matches. Set the component property
 * {@value #IMPLEMENTATION_PROPERTY}{@code =java} when byte-identical files matter more than speed.
 */
@Component(service = Compressor.class, configurationPid = "org.orrery.compress.lz4", property = {
    CodecProperties.KIND + "=" + CodecProperties.KIND_COMPRESSOR,
    CodecProperties.ID + ":Integer=" + CompressionIds.LZ4,
    CodecProperties.NAME + "=LZ4"})
public final class Lz4Compressor implements Compressor {
    /** Component property: {@code native} (default, falls back to Java) or {@code java}. */
    public static final String IMPLEMENTATION_PROPERTY = "lz4.implementation";

    /**
     * Largest worst-case output kept as a per-thread scratch buffer; larger inputs (never a page
     * of the default size) get a buffer of their own so that no thread pins a huge array.
     */
    static final int MAX_SCRATCH_BYTES = 4 << 20;

    private final LZ4Factory factory;
    private final LZ4Compressor compressor;
    private final LZ4SafeDecompressor decompressor;
    /**
     * The worst-case output buffer of each compressing thread (the flush workers), reused page
     * after page: allocating it per page was over a quarter of the flush's allocation.
     */
    private final ThreadLocal<byte[]> scratch = ThreadLocal.withInitial(() -> new byte[0]);

    public Lz4Compressor() {
        this(nativeOrSafe());
    }

    @Activate
    public Lz4Compressor(Map<String, Object> properties) {
        this(factoryFor(properties.get(IMPLEMENTATION_PROPERTY)));
    }

    Lz4Compressor(LZ4Factory factory) {
        this.factory = factory;
        this.compressor = factory.fastCompressor();
        this.decompressor = factory.safeDecompressor();
    }

    private static LZ4Factory factoryFor(Object implementation) {
        String choice = implementation == null ? "native" : implementation.toString().trim();
        if (choice.equals("java")) {
            return LZ4Factory.safeInstance();
        }
        if (choice.equals("native")) {
            return nativeOrSafe();
        }
        throw new IllegalArgumentException(IMPLEMENTATION_PROPERTY + " must be 'native' or 'java', got '" + choice + "'");
    }

    private static LZ4Factory nativeOrSafe() {
        try {
            return LZ4Factory.nativeInstance();
        } catch (LinkageError | RuntimeException nativeUnavailable) {
            // No usable JNI library (platform, noexec tmp dir): the Java port writes the same format.
            return LZ4Factory.safeInstance();
        }
    }

    /** The implementation in use, e.g. "JNI" or "JavaSafe" (for diagnostics). */
    public String implementation() {
        return factory.toString();
    }

    @Override
    public int id() {
        return CompressionIds.LZ4;
    }

    @Override
    public String name() {
        return "LZ4";
    }

    @Override
    public byte[] compress(byte[] src, int off, int len) {
        int bound = compressor.maxCompressedLength(len);
        byte[] out = bound > MAX_SCRATCH_BYTES ? new byte[bound] : scratchOf(bound);
        int n = compressor.compress(src, off, len, out, 0, bound);
        return Arrays.copyOf(out, n);
    }

    private byte[] scratchOf(int bound) {
        byte[] out = scratch.get();
        if (out.length < bound) {
            out = new byte[bound];
            scratch.set(out);
        }
        return out;
    }

    @Override
    public void uncompress(byte[] src, int off, int len, byte[] dst, int dstOff, int uncompressedLength) {
        int n;
        try {
            n = decompressor.decompress(src, off, len, dst, dstOff, uncompressedLength);
        } catch (LZ4Exception e) {
            throw new CodecException("LZ4 page of " + len + " bytes is corrupt or expands beyond the "
                    + uncompressedLength + " bytes its header says: " + e.getMessage(), e);
        }
        if (n != uncompressedLength) {
            throw new CodecException("LZ4 page expands to " + n + " bytes but its header says " + uncompressedLength);
        }
    }
}
