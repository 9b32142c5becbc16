package org.orrery.schema.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.io.AtomicFiles;
import org.orrery.schema.tree.SchemaTree;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schema's files in its directory: {@code schema.snapshot} and the log of the generation it
 * names, {@code schema-<generation>.log}. Recovery loads the snapshot, then replays that log.
 *
 * <p>A snapshot switches generations in three durable steps: create the empty log of generation
 * g+1, atomically write the snapshot saying "continue with g+1", delete log g. A crash between
 * any two steps leaves either (snapshot g, log g, empty log g+1): the empty log is discarded; or
 * (snapshot g+1, log g, log g+1): log g is already in the snapshot and is discarded.
 */
public final class SchemaStore implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SchemaStore.class);

  static final String SNAPSHOT = "schema.snapshot";
  private static final Pattern LOG_NAME = Pattern.compile("schema-(\\d{1,18})\\.log");

  private final Path dir;
  private final boolean sync;
  private long generation;
  private SchemaLog log;

  private SchemaStore(Path dir, boolean sync, long generation, SchemaLog log) {
    this.dir = dir;
    this.sync = sync;
    this.generation = generation;
    this.log = log;
  }

  /**
   * Opens the store in {@code dir} (created when missing) and rebuilds {@code tree}, which must be
   * empty, from the snapshot and the log.
   *
   * @param sync whether {@link #commit()} forces the log to disk
   * @throws OrreryException CORRUPT_FILE when the files are damaged beyond a torn log tail or do
   *     not fit together
   */
  public static SchemaStore open(Path dir, SchemaTree tree, boolean sync) throws IOException {
    Files.createDirectories(dir);
    Files.deleteIfExists(dir.resolve(SNAPSHOT + ".tmp")); // an interrupted snapshot write
    Path snapshot = dir.resolve(SNAPSHOT);
    long generation = 1;
    if (Files.exists(snapshot)) {
      generation = SchemaSnapshot.read(snapshot, tree);
    }
    Map<Long, Path> logs = logs(dir);
    for (Map.Entry<Long, Path> entry : logs.entrySet()) {
      long g = entry.getKey();
      if (g < generation) {
        LOG.info("removing schema log {}: the snapshot already contains it", entry.getValue());
        Files.delete(entry.getValue());
      } else if (g == generation + 1 && SchemaLog.isEmpty(entry.getValue())) {
        LOG.info("removing empty schema log {} of an interrupted snapshot", entry.getValue());
        Files.delete(entry.getValue());
      } else if (g != generation) {
        throw new OrreryException(
            ErrorCode.CORRUPT_FILE,
            "schema log " + entry.getValue() + " does not follow "
                + (Files.exists(snapshot) ? "snapshot " + snapshot : "an empty schema")
                + ", which continues with generation " + generation);
      }
    }
    Path current = logFile(dir, generation);
    SchemaLog log;
    if (Files.exists(current)) {
      log = SchemaLog.open(current, op -> SchemaOpApplier.apply(tree, op));
    } else {
      log = SchemaLog.create(current);
    }
    LOG.info(
        "schema recovered from {}: {} databases, {} series ({} operations replayed)",
        dir,
        tree.databaseCount(),
        tree.seriesCount(),
        log.entries());
    return new SchemaStore(dir, sync, generation, log);
  }

  /** Appends one operation to the log; durable after {@link #commit()}. */
  public void append(SchemaOp op) throws IOException {
    log.append(op);
  }

  /** Takes back the operation appended last, which the tree refused. */
  public void dropLast() throws IOException {
    log.dropLast();
  }

  /** Makes the appended operations durable when the store syncs. */
  public void commit() throws IOException {
    if (sync) {
      log.sync();
    }
  }

  /** Operations in the log since the last snapshot. */
  public long operationsSinceSnapshot() {
    return log.entries();
  }

  /** Writes a snapshot of {@code tree}, which must reflect every appended operation. */
  public void snapshot(SchemaTree tree) throws IOException {
    log.sync();
    long next = generation + 1;
    Path nextLogFile = logFile(dir, next);
    Files.deleteIfExists(nextLogFile);
    SchemaLog nextLog = SchemaLog.create(nextLogFile);
    Path snapshotFile = dir.resolve(SNAPSHOT);
    try {
      SchemaSnapshot.write(snapshotFile, tree, next);
    } catch (IOException | RuntimeException e) {
      // The write may have failed after its rename (syncing the directory); then the snapshot
      // on disk already continues with the new log, and that is the one to keep.
      if (SchemaSnapshot.generationOnDisk(snapshotFile) != next) {
        nextLog.close();
        Files.deleteIfExists(nextLogFile);
        throw e;
      }
      LOG.warn("schema snapshot {} written but not confirmed durable", snapshotFile, e);
    }
    SchemaLog old = log;
    log = nextLog;
    generation = next;
    old.close();
    Files.delete(old.file());
    AtomicFiles.syncDirectory(dir);
  }

  @Override
  public void close() throws IOException {
    log.sync();
    log.close();
  }

  static Path logFile(Path dir, long generation) {
    return dir.resolve("schema-" + generation + ".log");
  }

  private static Map<Long, Path> logs(Path dir) throws IOException {
    Map<Long, Path> logs = new TreeMap<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "schema-*.log")) {
      for (Path file : files) {
        Matcher m = LOG_NAME.matcher(file.getFileName().toString());
        if (m.matches()) {
          logs.put(Long.parseLong(m.group(1)), file);
        }
      }
    }
    return logs;
  }
}
