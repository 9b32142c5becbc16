package org.orrery.tsfile.internal.format;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.orrery.codec.api.ByteSink;
import org.orrery.tsfile.CorruptTsFileException;
import org.orrery.tsfile.internal.io.ByteReader;
import org.orrery.tsfile.internal.io.Varints;

/**
 * The file metadata block just before the tail. v4: uvarint table count and per table a
 * var-string name with its device-level index root; uvarint table-schema count and the schemas;
 * int64 metaOffset; bloom filter; zig-zag varint property count and var-string key/value pairs.
 * v3: one device-level index root, int64 metaOffset, bloom filter.
 */
public final class FileMetadata {
    /** Properties the official 2.x writer stores in every unencrypted file. */
    public static final Map<String, String> PLAIN_FILE_PROPERTIES;

    static {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("encryptLevel", "0");
        p.put("encryptType", "org.apache.tsfile.encrypt.UNENCRYPTED");
        p.put("encryptKey", "");
        PLAIN_FILE_PROPERTIES = Collections.unmodifiableMap(p);
    }

    private final Map<String, MetadataIndexNode> tableRoots;
    private final Map<String, TableSchemaInfo> tableSchemas;
    private final long metaOffset;
    private final BloomFilter bloomFilter;
    private final Map<String, String> properties;

    public FileMetadata(Map<String, MetadataIndexNode> tableRoots, Map<String, TableSchemaInfo> tableSchemas,
                        long metaOffset, BloomFilter bloomFilter, Map<String, String> properties) {
        this.tableRoots = tableRoots;
        this.tableSchemas = tableSchemas;
        this.metaOffset = metaOffset;
        this.bloomFilter = bloomFilter;
        this.properties = properties;
    }

    /** Writes the v4 form (tree-model files carry no table schemas). */
    public static void writeV4(ByteSink out, Map<String, MetadataIndexNode> tableRoots, long metaOffset,
                               BloomFilter bloom, Map<String, String> properties) {
        Varints.writeUnsigned(out, tableRoots.size());
        for (Map.Entry<String, MetadataIndexNode> e : tableRoots.entrySet()) {
            Varints.writeString(out, e.getKey());
            e.getValue().write(out);
        }
        Varints.writeUnsigned(out, 0);
        out.writeLong(metaOffset);
        bloom.write(out);
        Varints.writeSigned(out, properties.size());
        for (Map.Entry<String, String> e : properties.entrySet()) {
            Varints.writeString(out, e.getKey());
            Varints.writeString(out, e.getValue());
        }
    }

    /**
     * Reads the block, which spans all of {@code in}.
     *
     * @param metadataOffset file offset where this block starts (children must lie before it)
     */
    public static FileMetadata read(ByteReader in, byte version, long metadataOffset) throws CorruptTsFileException {
        Map<String, MetadataIndexNode> roots = new TreeMap<>();
        Map<String, TableSchemaInfo> schemas = new TreeMap<>();
        Map<String, String> props = new LinkedHashMap<>();
        long indexStart = FormatVersion.HEAD_SIZE;
        if (version == FormatVersion.V3) {
            roots.put("", MetadataIndexNode.read(in, version, true, indexStart, metadataOffset));
        } else {
            int tables = in.readUnsignedVarIntAtMost("table count", in.remaining());
            for (int i = 0; i < tables; i++) {
                String name = in.readVarString("table name");
                if (name == null) {
                    throw in.corrupt("null table name");
                }
                roots.put(name, MetadataIndexNode.read(in, version, true, indexStart, metadataOffset));
            }
            int schemaCount = in.readUnsignedVarIntAtMost("table schema count", in.remaining());
            for (int i = 0; i < schemaCount; i++) {
                String name = in.readVarString("table schema name");
                schemas.put(name, TableSchemaInfo.read(in));
            }
        }
        long metaOffset = in.readLong("metaOffset");
        if (metaOffset < FormatVersion.HEAD_SIZE || metaOffset >= metadataOffset) {
            throw in.corrupt("metaOffset " + metaOffset + " outside the data section " + FormatVersion.HEAD_SIZE + ".."
                    + metadataOffset);
        }
        BloomFilter bloom = BloomFilter.read(in);
        if (version != FormatVersion.V3 && in.hasRemaining()) {
            int count = in.readVarInt("property count");
            if (count < 0 || count > in.remaining()) {
                throw in.corrupt("property count " + count + " out of range");
            }
            for (int i = 0; i < count; i++) {
                props.put(in.readVarString("property key"), in.readVarString("property value"));
            }
        }
        if (in.hasRemaining()) {
            throw in.corrupt(in.remaining() + " unexpected bytes after the file metadata");
        }
        return new FileMetadata(Collections.unmodifiableMap(roots), Collections.unmodifiableMap(schemas), metaOffset,
                bloom, Collections.unmodifiableMap(props));
    }

    /** Device-level index roots by table name (v3: one root under {@code ""}). */
    public Map<String, MetadataIndexNode> tableRoots() {
        return tableRoots;
    }

    public Map<String, TableSchemaInfo> tableSchemas() {
        return tableSchemas;
    }

    /** Offset of the separator byte between data and index. */
    public long metaOffset() {
        return metaOffset;
    }

    /** The bloom filter, or null if the file has none. */
    public BloomFilter bloomFilter() {
        return bloomFilter;
    }

    public Map<String, String> properties() {
        return properties;
    }
}
