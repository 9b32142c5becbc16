package org.orrery.codec.api;

/**
 * The TsFile format's compression ids ({@code CompressionType} byte of a chunk header). These
 * bytes are persisted in every chunk header: never renumber them.
 */
public final class CompressionIds {
    public static final int UNCOMPRESSED = 0;
    public static final int SNAPPY = 1;
    public static final int GZIP = 2;
    /**
     * Ids 3..6 belonged to LZO, SDT, PAA and PLA in older format versions (IoTDB 0.x);
     * TsFile 2.x dropped them from its enum, so no v3/v4 file uses them. They stay reserved so a
     * plugin can never give them another meaning.
     */
    public static final int LZO = 3;
    /** Reserved, see {@link #LZO}. */
    public static final int SDT = 4;
    /** Reserved, see {@link #LZO}. */
    public static final int PAA = 5;
    /** Reserved, see {@link #LZO}. */
    public static final int PLA = 6;
    public static final int LZ4 = 7;
    public static final int ZSTD = 8;
    public static final int LZMA2 = 9;

    private static final String[] NAMES = {
        "UNCOMPRESSED", "SNAPPY", "GZIP", "LZO", "SDT", "PAA", "PLA", "LZ4", "ZSTD", "LZMA2"
    };

    private CompressionIds() {
    }

    /** The format's name for {@code id}, or {@code null} if the format does not define it. */
    public static String formatName(int id) {
        return id >= 0 && id < NAMES.length ? NAMES[id] : null;
    }

    /** The format's id for {@code name} (case-insensitive), or -1 if the format does not define it. */
    public static int formatId(String name) {
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }
}
