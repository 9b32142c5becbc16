package org.orrery.tsfile.internal.format;

/**
 * The one-byte markers of the TsFile data section. Persisted: every chunk group, chunk and the
 * data/index separator starts with one of these bytes; never change a value.
 */
public final class MetaMarker {
    /** Starts a chunk group header (then the device id). */
    public static final byte CHUNK_GROUP_HEADER = 0x00;
    /** Chunk with more than one page: every page header carries statistics. */
    public static final byte CHUNK_HEADER = 0x01;
    /** Separates the data section from the index section; {@code metaOffset} points at it. */
    public static final byte SEPARATOR = 0x02;
    /** Dead since format v3 (a version marker of older files). */
    public static final byte VERSION = 0x03;
    /** IoTDB's plan index range: two int64 follow. */
    public static final byte OPERATION_INDEX_RANGE = 0x04;
    /** Chunk with exactly one page, whose header has no statistics. */
    public static final byte ONLY_ONE_PAGE_CHUNK_HEADER = 0x05;
    /** Or-ed into a chunk marker (and a timeseries metadata type) for an aligned device's time column. */
    public static final byte TIME_COLUMN_MASK = (byte) 0x80;
    /** Or-ed into a chunk marker (and a timeseries metadata type) for an aligned device's value column. */
    public static final byte VALUE_COLUMN_MASK = 0x40;
    /** The bits of a chunk marker that say single/multi page. */
    public static final int PAGE_KIND_BITS = 0x3F;
    /** The bits of a chunk marker that say time/value column. */
    public static final int COLUMN_KIND_BITS = 0xC0;

    private MetaMarker() {
    }
}
