package org.orrery.tsfile.read;

import org.orrery.codec.api.CompressionIds;
import org.orrery.codec.api.EncodingIds;

/** The encoding and compression a chunk header names (ids as stored, names where the format defines them). */
public final class ChunkCodecs {
    private final int encodingId;
    private final int compressionId;

    ChunkCodecs(int encodingId, int compressionId) {
        this.encodingId = encodingId;
        this.compressionId = compressionId;
    }

    public int encodingId() {
        return encodingId;
    }

    public int compressionId() {
        return compressionId;
    }

    /** The format's name of the encoding (e.g. {@code GORILLA}), or {@code id:<n>} for a plugin id. */
    public String encodingName() {
        String n = EncodingIds.formatName(encodingId);
        return n != null ? n : "id:" + encodingId;
    }

    /** The format's name of the compression (e.g. {@code LZ4}), or {@code id:<n>} for a plugin id. */
    public String compressionName() {
        String n = CompressionIds.formatName(compressionId);
        return n != null ? n : "id:" + compressionId;
    }

    @Override
    public String toString() {
        return encodingName() + "/" + compressionName();
    }
}
