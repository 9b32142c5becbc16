package org.orrery.storage.memtable;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.path.PartialPath;

/**
 * The in-memory rows of one region for one generation: a buffer per device. A region has a
 * normal and a delayed memtable at a time (paper §5.1.1); both are frozen together and flushed.
 * The version orders this generation's data against files and other memtables: newer wins on
 * equal timestamps. Not thread-safe: the region serialises access until the memtable is frozen.
 */
public final class MemTable {
  private final long version;
  private final long createdMillis;
  private final Map<PartialPath, DeviceBuffer> devices = new HashMap<>();
  private final ChunkPool pool;
  private long bytes;

  public MemTable(long version, long createdMillis) {
    this(version, createdMillis, ChunkPool.NONE);
  }

  /** A memtable whose buffers take their value chunks from {@code pool}. */
  public MemTable(long version, long createdMillis, ChunkPool pool) {
    this.version = version;
    this.createdMillis = createdMillis;
    this.pool = pool;
  }

  public long version() {
    return version;
  }

  public long createdMillis() {
    return createdMillis;
  }

  public boolean isEmpty() {
    return devices.isEmpty();
  }

  public DeviceBuffer device(PartialPath device) {
    return devices.get(device);
  }

  public Collection<DeviceBuffer> devices() {
    return devices.values();
  }

  /**
   * The buffer of {@code device}, created on first use.
   *
   * @throws OrreryException ILLEGAL_ARGUMENT when the device was written as aligned and now is
   *     not, or the reverse
   */
  public DeviceBuffer deviceForWrite(PartialPath device, boolean aligned) {
    DeviceBuffer b = devices.get(device);
    if (b == null) {
      b = new DeviceBuffer(device, aligned, pool);
      devices.put(device, b);
    } else if (b.aligned() != aligned) {
      throw new OrreryException(
          ErrorCode.ILLEGAL_ARGUMENT,
          "device " + device + " is written as " + (b.aligned() ? "aligned" : "non-aligned")
              + ", the write says " + (aligned ? "aligned" : "non-aligned"));
    }
    return b;
  }

  /** Bytes held, as last {@linkplain #addBytes counted}. */
  public long bytes() {
    return bytes;
  }

  public void addBytes(long delta) {
    bytes += delta;
  }
}
