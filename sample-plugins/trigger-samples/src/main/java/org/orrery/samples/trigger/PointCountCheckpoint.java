package org.orrery.samples.trigger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The file in which {@link PointCountTrigger} keeps its counts across restarts.
 *
 * <p>Format (persisted): a Java properties file with {@value #FORMAT_KEY}={@value #FORMAT}, then
 * one {@code points.<series path>=<count>} entry per series. It is replaced atomically (written
 * to a temporary file in the same directory, forced to disk, then renamed over the old one), so a
 * crash leaves either the old or the new counts, never a torn file.
 */
final class PointCountCheckpoint {
  static final String FORMAT_KEY = "format";
  /** Version of the file layout; a new layout must take a new value. */
  static final String FORMAT = "1";

  static final String POINTS_PREFIX = "points.";

  private final Path file;

  PointCountCheckpoint(Path file) {
    this.file = file;
  }

  Path file() {
    return file;
  }

  /** The saved counts by series path; empty when there is no checkpoint yet. */
  Map<String, Long> load() throws IOException {
    Map<String, Long> counts = new TreeMap<>();
    if (!Files.exists(file)) {
      return counts;
    }
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      properties.load(in);
    }
    if (!FORMAT.equals(properties.getProperty(FORMAT_KEY))) {
      throw new IOException(
          "point_count checkpoint " + file + " has format '" + properties.getProperty(FORMAT_KEY)
              + "', expected '" + FORMAT + "'");
    }
    for (String key : properties.stringPropertyNames()) {
      if (key.startsWith(POINTS_PREFIX)) {
        String text = properties.getProperty(key);
        try {
          counts.put(key.substring(POINTS_PREFIX.length()), Long.parseLong(text));
        } catch (NumberFormatException e) {
          throw new IOException(
              "point_count checkpoint " + file + ": '" + key + "' = '" + text
                  + "' is not a count", e);
        }
      }
    }
    return counts;
  }

  /** Replaces the checkpoint with {@code counts}. */
  void save(Map<String, Long> counts) throws IOException {
    Properties properties = new Properties();
    properties.setProperty(FORMAT_KEY, FORMAT);
    counts.forEach((path, count) -> properties.setProperty(POINTS_PREFIX + path, count.toString()));
    Path directory = file.toAbsolutePath().getParent();
    Files.createDirectories(directory);
    Path temp = Files.createTempFile(directory, file.getFileName().toString(), ".tmp");
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        // store() flushes its writer, so every byte is in the channel before force().
        properties.store(Channels.newOutputStream(channel), "point_count trigger checkpoint");
        channel.force(true);
      }
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      forceDirectory(directory);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Makes the rename durable; some platforms cannot open a directory, and then it is skipped. */
  private static void forceDirectory(Path directory) {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // Not supported here (e.g. Windows): the rename is still atomic, only less durable.
    }
  }

  void delete() throws IOException {
    Files.deleteIfExists(file);
  }
}
