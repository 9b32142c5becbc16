package org.orrery.tsfile.read;

import org.orrery.tsfile.DeviceId;

/** A device of a file: its id and whether it is aligned (one shared time column). */
public final class DeviceInfo {
    private final DeviceId id;
    private final boolean aligned;

    DeviceInfo(DeviceId id, boolean aligned) {
        this.id = id;
        this.aligned = aligned;
    }

    public DeviceId id() {
        return id;
    }

    public boolean isAligned() {
        return aligned;
    }

    @Override
    public String toString() {
        return id + (aligned ? " (aligned)" : "");
    }
}
