package org.orrery.storage.wal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.zip.CRC32C;
import org.orrery.storage.io.ByteOut;
import org.orrery.common.io.AtomicFiles;

/**
 * Appends entries to the segments of one region's WAL, with group commit: a writer that needs
 * its entry on disk either runs the fsync itself, covering every entry appended so far, or waits
 * for the fsync already running and the next one; so many concurrent writers share few fsyncs.
 *
 * <p>Positions are byte counts over the life of the writer; {@link #append} returns the position
 * after the entry, {@link #awaitDurable} waits until it is synced. {@link #roll()} starts a new
 * segment after syncing the current one, which is how a flush learns which segments it covers.
 */
public final class WalWriter implements Closeable {
  private final Path dir;
  private final long segmentBytes;
  private final ThreadLocal<ByteOut> scratch = ThreadLocal.withInitial(() -> new ByteOut(1 << 16));

  /** Guards the channel, segment bookkeeping and {@link #appended}. */
  private final Object appendLock = new Object();

  private FileChannel channel;
  private long segmentId;
  private long segmentSize;
  private long appended;

  /** Guards {@link #synced}, {@link #syncing} and {@link #failure}; acquired before appendLock. */
  private final ReentrantLock syncLock = new ReentrantLock();

  private final Condition syncDone = syncLock.newCondition();
  private long synced;
  private boolean syncing;
  private IOException failure;

  private WalWriter(Path dir, long segmentBytes) {
    this.dir = dir;
    this.segmentBytes = segmentBytes;
  }

  /** Starts writing a new segment {@code firstSegmentId} in {@code dir} (which must not hold it). */
  public static WalWriter open(Path dir, long firstSegmentId, long segmentBytes) throws IOException {
    Files.createDirectories(dir);
    WalWriter w = new WalWriter(dir, segmentBytes);
    w.channel = w.createSegment(firstSegmentId);
    w.segmentId = firstSegmentId;
    return w;
  }

  private FileChannel createSegment(long id) throws IOException {
    Path path = dir.resolve(WalFormat.fileName(id));
    FileChannel ch =
        FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    ByteBuffer header = ByteBuffer.allocate(WalFormat.HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
    header.put(WalFormat.MAGIC).put(WalFormat.FORMAT_VERSION).putLong(id).flip();
    while (header.hasRemaining()) {
      ch.write(header);
    }
    ch.force(true);
    AtomicFiles.syncDirectory(dir);
    segmentSize = WalFormat.HEADER_BYTES;
    return ch;
  }

  /**
   * Appends one entry (the payload written by {@code payload}) to the OS buffers, without
   * syncing. Callers that need entries in the order of some other structure (the memtable) call
   * this under the same lock as that structure's update.
   *
   * @return the position to pass to {@link #awaitDurable}
   */
  public long append(byte type, Consumer<ByteOut> payload) throws IOException {
    ByteOut out = scratch.get();
    out.reset();
    out.putInt(0);
    out.putInt(0);
    out.putByte(type);
    payload.accept(out);
    int length = out.size() - 8;
    CRC32C crc = new CRC32C();
    crc.update(out.array(), 8, length);
    out.putIntAt(0, length);
    out.putIntAt(4, (int) crc.getValue());
    long position;
    boolean full;
    synchronized (appendLock) {
      checkFailure();
      ByteBuffer bytes = out.written();
      while (bytes.hasRemaining()) {
        channel.write(bytes);
      }
      segmentSize += out.size();
      appended += out.size();
      position = appended;
      full = segmentSize >= segmentBytes;
    }
    if (out.array().length > (4 << 20)) {
      scratch.remove(); // do not keep a huge buffer per thread after one large batch
    }
    if (full) {
      rollIfFull();
    }
    return position;
  }

  private void checkFailure() throws IOException {
    IOException f = failure;
    if (f != null) {
      throw new IOException("WAL in " + dir + " failed earlier: " + f.getMessage(), f);
    }
  }

  /** Waits until everything up to {@code position} is on disk, syncing it if nobody else is. */
  public void awaitDurable(long position) throws IOException {
    syncLock.lock();
    try {
      while (synced < position) {
        checkFailure();
        if (syncing) {
          syncDone.awaitUninterruptibly();
          continue;
        }
        syncing = true;
        FileChannel ch;
        long target;
        synchronized (appendLock) {
          ch = channel;
          target = appended;
        }
        syncLock.unlock();
        IOException error = null;
        try {
          ch.force(false);
        } catch (IOException e) {
          error = e;
        } finally {
          syncLock.lock();
        }
        syncing = false;
        if (error != null) {
          failure = error;
        } else {
          synced = Math.max(synced, target);
        }
        syncDone.signalAll();
      }
    } finally {
      syncLock.unlock();
    }
  }

  /** Syncs everything appended so far. */
  public void syncAll() throws IOException {
    long target;
    synchronized (appendLock) {
      target = appended;
    }
    awaitDurable(target);
  }

  private void rollIfFull() throws IOException {
    synchronized (appendLock) {
      if (segmentSize < segmentBytes) {
        return;
      }
    }
    roll();
  }

  /**
   * Syncs and closes the current segment and starts the next one.
   *
   * @return the id of the new segment: every entry appended before this call lies in a segment
   *     with a smaller id and is on disk
   */
  public long roll() throws IOException {
    syncLock.lock();
    try {
      while (syncing) {
        syncDone.awaitUninterruptibly();
      }
      checkFailure();
      syncing = true;
    } finally {
      syncLock.unlock();
    }
    IOException error = null;
    long newId;
    long target;
    synchronized (appendLock) {
      target = appended;
      newId = segmentId + 1;
      try {
        channel.force(false);
        channel.close();
        channel = createSegment(newId);
        segmentId = newId;
      } catch (IOException e) {
        error = e;
      }
    }
    syncLock.lock();
    try {
      syncing = false;
      if (error != null) {
        failure = error;
      } else {
        synced = Math.max(synced, target);
      }
      syncDone.signalAll();
    } finally {
      syncLock.unlock();
    }
    if (error != null) {
      throw error;
    }
    return newId;
  }

  /** The id of the segment being written. */
  public long currentSegment() {
    synchronized (appendLock) {
      return segmentId;
    }
  }

  /** Deletes the segments with ids below {@code id} (their data is in flushed files). */
  public void deleteSegmentsBelow(long id) throws IOException {
    for (long seg : WalSegments.list(dir)) {
      if (seg < id) {
        Files.deleteIfExists(dir.resolve(WalFormat.fileName(seg)));
      }
    }
    AtomicFiles.syncDirectory(dir);
  }

  public Path directory() {
    return dir;
  }

  /** Syncs and closes the current segment. */
  @Override
  public void close() throws IOException {
    syncLock.lock();
    try {
      while (syncing) {
        syncDone.awaitUninterruptibly();
      }
      syncing = true;
    } finally {
      syncLock.unlock();
    }
    synchronized (appendLock) {
      if (channel.isOpen()) {
        try {
          if (failure == null) {
            channel.force(false);
          }
        } finally {
          channel.close();
        }
      }
    }
  }
}
