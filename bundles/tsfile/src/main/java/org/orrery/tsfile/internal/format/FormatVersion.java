package org.orrery.tsfile.internal.format;

import java.nio.charset.StandardCharsets;

/** The head and tail of a TsFile: magic string and version byte. */
public final class FormatVersion {
    /** Persisted: the first six and the last six bytes of every complete TsFile. */
    public static final byte[] MAGIC = "TsFile".getBytes(StandardCharsets.US_ASCII);
    /** Persisted version byte (offset 6) of format v3 (IoTDB 1.x, tsfile 1.x). */
    public static final byte V3 = 3;
    /** Persisted version byte (offset 6) of format v4 (tsfile 2.x); what the writer produces. */
    public static final byte V4 = 4;
    /** Bytes of magic + version; the first chunk group starts here. */
    public static final int HEAD_SIZE = 7;
    /** Bytes after the file metadata: its int32 size and the magic. */
    public static final int TAIL_SIZE = 4 + 6;

    private FormatVersion() {
    }
}
