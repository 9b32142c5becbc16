package org.orrery.tsfile.internal.write;

import org.orrery.codec.api.Compressor;
import org.orrery.codec.api.Encoding;
import org.orrery.common.type.DataType;

/** A measurement with its codecs resolved: what the writer needs to encode one column. */
public final class ColumnSpec {
    private final String name;
    private final DataType type;
    private final Encoding encoding;
    private final Compressor compressor;

    public ColumnSpec(String name, DataType type, Encoding encoding, Compressor compressor) {
        this.name = name;
        this.type = type;
        this.encoding = encoding;
        this.compressor = compressor;
    }

    public String name() {
        return name;
    }

    public DataType type() {
        return type;
    }

    public Encoding encoding() {
        return encoding;
    }

    public Compressor compressor() {
        return compressor;
    }
}
