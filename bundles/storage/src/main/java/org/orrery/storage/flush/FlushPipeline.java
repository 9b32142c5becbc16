package org.orrery.storage.flush;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.orrery.common.block.Column;
import org.orrery.common.path.PartialPath;
import org.orrery.storage.file.ResourceFormat;
import org.orrery.storage.file.TsFileName;
import org.orrery.storage.file.TsFileResource;
import org.orrery.storage.memtable.ColumnBuffer;
import org.orrery.storage.memtable.DeviceBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Flushes memtable generations on two threads of its own: the sort stage orders every device's
 * rows (and folds duplicates), the write stage feeds them to TsFile writers, which encode and
 * compress pages and write them, then finishes each file with its resource and commits the
 * generation to its region. Generations pass both stages in submission order, so a region's
 * flushes commit in the order its memtables were frozen (the WAL checkpoint relies on it). The
 * queue between the stages holds one sorted generation, bounding the memory of sorting ahead.
 */
public final class FlushPipeline implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FlushPipeline.class);
  private static final Object STOP = new Object();

  private final BlockingQueue<Object> toSort = new LinkedBlockingQueue<>();
  private final BlockingQueue<Object> toWrite = new ArrayBlockingQueue<>(1);
  private final Thread sorter;
  private final Thread writer;

  private record Task(FlushTarget target, FlushGeneration generation) {}

  public FlushPipeline(String name) {
    sorter = new Thread(this::sortLoop, name + "-flush-sort");
    writer = new Thread(this::writeLoop, name + "-flush-write");
    sorter.setDaemon(true);
    writer.setDaemon(true);
    sorter.start();
    writer.start();
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
          toWrite.put(STOP);
          return;
        }
        Task task = (Task) item;
        Object sorted;
        try {
          sorted = FlushPlan.sort(task.target(), task.generation());
        } catch (RuntimeException | Error e) {
          sorted = new Failure(task, e);
        }
        toWrite.put(sorted);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private record Failure(Task task, Throwable error) {}

  private void writeLoop() {
    try {
      while (true) {
        Object item = toWrite.take();
        if (item == STOP) {
          return;
        }
        if (item instanceof Failure f) {
          fail(f.task().target(), f.task().generation(), f.error());
          continue;
        }
        FlushPlan plan = (FlushPlan) item;
        List<TsFileResource> files;
        try {
          files = write(plan);
        } catch (IOException | RuntimeException | Error e) {
          fail(plan.target, plan.generation, e);
          continue;
        }
        try {
          plan.target.commitFlush(plan.generation, files);
        } catch (RuntimeException e) {
          fail(plan.target, plan.generation, e);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void fail(FlushTarget target, FlushGeneration generation, Throwable error) {
    LOG.error("flush of memtable generation {} failed", generation.version(), error);
    target.flushFailed(generation, error);
  }

  private static List<TsFileResource> write(FlushPlan plan) throws IOException {
    FlushTarget target = plan.target;
    long checkpoint = target.safeCheckpoint(plan.generation);
    List<TsFileResource> out = new ArrayList<>();
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
        Map<PartialPath, long[]> ranges = builder.ranges();
        ResourceFormat.write(path, new ResourceFormat.Content(ranges, checkpoint));
        out.add(new TsFileResource(path, file.kind(), file.partition(),
            TsFileName.parse(path.getFileName().toString()), ranges, checkpoint, List.of()));
      }
    } catch (IOException | RuntimeException e) {
      for (Path p : written) {
        TsFileResource.deleteFiles(p);
      }
      throw e;
    }
    return out;
  }

  private static void writeSlice(TsFileBuilder builder, FlushPlan.DeviceSlice slice)
      throws IOException {
    DeviceBuffer buffer = slice.buffer();
    List<String> names = new ArrayList<>(buffer.columns().keySet());
    for (int from = slice.from(); from < slice.to(); from += TsFileBuilder.TABLET_ROWS * 8) {
      int n = Math.min(slice.to() - from, TsFileBuilder.TABLET_ROWS * 8);
      List<Column> columns = new ArrayList<>(names.size());
      for (String name : names) {
        ColumnBuffer col = buffer.column(name);
        columns.add(slice.rows().column(name, col.type(), from, n));
      }
      long[] times = Arrays.copyOfRange(slice.rows().times(), from, from + n);
      builder.writeDevice(buffer.device(), buffer.aligned(), names, times, columns, n);
    }
  }

  /** Stops both threads after the queued generations are done. */
  @Override
  public void close() {
    toSort.add(STOP);
    try {
      sorter.join(60_000);
      writer.join(60_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
