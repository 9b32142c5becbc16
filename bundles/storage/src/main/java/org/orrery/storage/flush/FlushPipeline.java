package org.orrery.storage.flush;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.orrery.common.path.PartialPath;
import org.orrery.storage.file.ResourceFormat;
import org.orrery.storage.file.TsFileName;
import org.orrery.storage.file.TsFileResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Flushes memtable generations on threads of its own: the sort stage orders every device's rows
 * (and folds duplicates); several write workers then feed sorted generations to TsFile writers,
 * which encode and compress pages (the bulk of a flush's CPU time) and write them, so different
 * generations are encoded in parallel. Each worker then waits for its generation's turn: files
 * are finished with their resource and committed to their region strictly in submission order, so
 * a region's flushes commit in the order its memtables were frozen (the WAL checkpoint relies on
 * it, and it is computed only when every older generation has committed or failed). The queue
 * between the stages holds one sorted generation per worker, bounding the memory of sorting ahead.
 */
public final class FlushPipeline implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FlushPipeline.class);
  private static final Object STOP = new Object();

  private final BlockingQueue<Object> toSort = new LinkedBlockingQueue<>();
  private final BlockingQueue<Object> toWrite;
  private final Thread sorter;
  private final List<Thread> writers = new ArrayList<>();
  /** Guards {@link #nextToCommit}; workers wait on it for their turn. */
  private final Object turn = new Object();
  /** Sequence number of the generation whose turn it is to commit. */
  private long nextToCommit;
  /** Sequence numbers handed out by the sorter, in submission order. */
  private long nextSequence;

  private record Task(FlushTarget target, FlushGeneration generation) {}

  private record Failure(long sequence, Task task, Throwable error) {}

  /** A TsFile written by a worker, waiting for its turn to get a resource file. */
  private record WrittenFile(Path path, FlushPlan.FilePlan plan, Map<PartialPath, long[]> ranges) {}

  /** One worker: the previous behaviour, for tests that need strictly serial flushes. */
  public FlushPipeline(String name) {
    this(name, 1);
  }

  /** @param workers number of write workers (parallel encoding of different generations) */
  public FlushPipeline(String name, int workers) {
    if (workers < 1) {
      throw new IllegalArgumentException("flush workers must be at least 1, got " + workers);
    }
    toWrite = new ArrayBlockingQueue<>(workers);
    sorter = new Thread(this::sortLoop, name + "-flush-sort");
    sorter.setDaemon(true);
    sorter.start();
    for (int i = 0; i < workers; i++) {
      Thread w = new Thread(this::writeLoop, name + "-flush-write-" + i);
      w.setDaemon(true);
      writers.add(w);
      w.start();
    }
  }

  /** Queues a frozen generation; its {@link FlushGeneration#done()} completes when committed. */
  public void submit(FlushTarget target, FlushGeneration generation) {
    toSort.add(new Task(target, generation));
  }

  private void sortLoop() {
    try {
      while (true) {
        Object item = toSort.take();
        if (item == STOP) {
          for (int i = 0; i < writers.size(); i++) {
            toWrite.put(STOP);
          }
          return;
        }
        Task task = (Task) item;
        long sequence = nextSequence++;
        Object sorted;
        try {
          sorted = FlushPlan.sort(task.target(), task.generation(), sequence);
        } catch (RuntimeException | Error e) {
          sorted = new Failure(sequence, task, e);
        }
        toWrite.put(sorted);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void writeLoop() {
    try {
      while (true) {
        Object item = toWrite.take();
        if (item == STOP) {
          return;
        }
        if (item instanceof Failure f) {
          awaitTurn(f.sequence());
          try {
            fail(f.task().target(), f.task().generation(), f.error());
          } finally {
            endTurn();
          }
          continue;
        }
        FlushPlan plan = (FlushPlan) item;
        List<WrittenFile> files = null;
        Throwable error = null;
        try {
          files = writeFiles(plan);
        } catch (IOException | RuntimeException | Error e) {
          error = e;
        }
        awaitTurn(plan.sequence);
        try {
          if (error != null) {
            fail(plan.target, plan.generation, error);
          } else {
            commit(plan, files);
          }
        } finally {
          endTurn();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void awaitTurn(long sequence) throws InterruptedException {
    synchronized (turn) {
      while (nextToCommit != sequence) {
        turn.wait();
      }
    }
  }

  private void endTurn() {
    synchronized (turn) {
      nextToCommit++;
      turn.notifyAll();
    }
  }

  private static void fail(FlushTarget target, FlushGeneration generation, Throwable error) {
    LOG.error("flush of memtable generation {} failed", generation.version(), error);
    target.flushFailed(generation, error);
  }

  /** Writes (and syncs) the generation's TsFiles; no resource file yet, so none is visible. */
  private static List<WrittenFile> writeFiles(FlushPlan plan) throws IOException {
    FlushTarget target = plan.target;
    List<WrittenFile> out = new ArrayList<>();
    List<Path> written = new ArrayList<>();
    try {
      for (FlushPlan.FilePlan file : plan.files) {
        Path path = target.newFilePath(file.kind(), file.partition(), plan.generation.version());
        written.add(path);
        TsFileBuilder builder = new TsFileBuilder(path, target.codecs(), target.writerOptions());
        try {
          for (FlushPlan.DeviceSlice slice : file.devices()) {
            writeSlice(builder, slice);
          }
          builder.close();
        } catch (IOException | RuntimeException e) {
          builder.abort();
          throw e;
        }
        if (builder.isEmpty()) {
          // Everything in it was deleted before the flush: no file needed.
          Files.deleteIfExists(path);
          continue;
        }
        out.add(new WrittenFile(path, file, builder.ranges()));
      }
    } catch (IOException | RuntimeException e) {
      deleteAll(written);
      throw e;
    }
    return out;
  }

  /**
   * In the generation's turn: records the WAL checkpoint in resource files (which publishes the
   * TsFiles for recovery) and commits them to the region.
   */
  private static void commit(FlushPlan plan, List<WrittenFile> files) {
    FlushTarget target = plan.target;
    List<TsFileResource> out = new ArrayList<>();
    try {
      long checkpoint = target.safeCheckpoint(plan.generation);
      for (WrittenFile f : files) {
        ResourceFormat.write(f.path(), new ResourceFormat.Content(f.ranges(), checkpoint));
        out.add(new TsFileResource(f.path(), f.plan().kind(), f.plan().partition(),
            TsFileName.parse(f.path().getFileName().toString()), f.ranges(), checkpoint, List.of()));
      }
    } catch (IOException | RuntimeException e) {
      deleteAll(files.stream().map(WrittenFile::path).toList());
      fail(target, plan.generation, e);
      return;
    }
    try {
      target.commitFlush(plan.generation, out);
    } catch (RuntimeException e) {
      fail(target, plan.generation, e);
    }
  }

  private static void deleteAll(List<Path> paths) {
    for (Path p : paths) {
      try {
        TsFileResource.deleteFiles(p);
      } catch (IOException e) {
        // Start-up deletes TsFiles without a resource file.
        LOG.warn("could not delete {} of a failed flush: {}", p, e.toString());
      }
    }
  }

  private static void writeSlice(TsFileBuilder builder, FlushPlan.DeviceSlice slice)
      throws IOException {
    builder.writeSorted(slice.buffer(), slice.rows(), slice.from(), slice.to());
  }

  /** Stops every thread after the queued generations are done. */
  @Override
  public void close() {
    toSort.add(STOP);
    try {
      sorter.join(60_000);
      for (Thread w : writers) {
        w.join(60_000);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
