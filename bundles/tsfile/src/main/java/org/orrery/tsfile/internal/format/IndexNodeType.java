package org.orrery.tsfile.internal.format;

/** The kind of a metadata index node; the byte is persisted as the node's last byte. */
public enum IndexNodeType {
    // Persisted ids: never change the byte a kind binds to.
    INTERNAL_DEVICE(0),
    LEAF_DEVICE(1),
    INTERNAL_MEASUREMENT(2),
    LEAF_MEASUREMENT(3);

    private final byte id;

    IndexNodeType(int id) {
        this.id = (byte) id;
    }

    public byte id() {
        return id;
    }

    /** Whether entry keys are device ids (else measurement ids). */
    public boolean isDeviceLevel() {
        return this == INTERNAL_DEVICE || this == LEAF_DEVICE;
    }

    public boolean isLeaf() {
        return this == LEAF_DEVICE || this == LEAF_MEASUREMENT;
    }

    /** The kind with persisted byte {@code id}, or null. */
    public static IndexNodeType fromId(int id) {
        for (IndexNodeType t : values()) {
            if (t.id == id) {
                return t;
            }
        }
        return null;
    }
}
