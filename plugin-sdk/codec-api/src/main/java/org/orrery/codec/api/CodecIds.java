package org.orrery.codec.api;

/**
 * Id ranges shared by encodings and compressors. Both kinds of id are stored as one byte in a
 * TsFile chunk header (encoding byte and compression byte), so they must fit 0..127.
 */
public final class CodecIds {
    /** Lowest id reserved for the TsFile format itself (PLAIN, UNCOMPRESSED). */
    public static final int FORMAT_MIN = 0;
    /** Highest id reserved for the TsFile format; future official codecs land here. */
    public static final int FORMAT_MAX = 63;
    /**
     * Lowest id a third-party codec plugin may use. Files that use a plugin id are readable only
     * by Orrery with that plugin installed (the official TsFile reader rejects unknown ids).
     */
    public static final int PLUGIN_MIN = 64;
    /** Highest id a third-party codec plugin may use. */
    public static final int PLUGIN_MAX = 127;

    private CodecIds() {
    }

    /** True if {@code id} lies in the range reserved for third-party plugins. */
    public static boolean isPluginId(int id) {
        return id >= PLUGIN_MIN && id <= PLUGIN_MAX;
    }
}
