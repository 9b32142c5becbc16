package org.orrery.plugin.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the contents of {@code deploy/} into deploy and undeploy calls. It only triggers: what is
 * installed is decided by the deployer and recorded in the manifest.
 *
 * <p>A file is taken once it is stable: its size and modification time are the same on two
 * consecutive scans, or it was last modified longer ago than the settle time. This avoids
 * reading a jar that is still being copied (copy to a temporary name and rename is still the
 * recommended way to drop a file). A file is read only when its digest differs from the recorded
 * one, so an unchanged folder costs one directory listing per scan.
 */
final class DeployFolderWatcher {
  private static final Logger LOG = LoggerFactory.getLogger(DeployFolderWatcher.class);

  private record Seen(long size, long modified) {}

  private final Path folder;
  private final DeployTarget deployer;
  private final long settleMillis;
  private final LongSupplier clock;
  private final Map<String, Seen> previous = new HashMap<>();
  private final Map<String, Seen> taken = new HashMap<>();

  DeployFolderWatcher(Path folder, DeployTarget deployer, long settleMillis, LongSupplier clock) {
    this.folder = folder;
    this.deployer = deployer;
    this.settleMillis = settleMillis;
    this.clock = clock;
  }

  /** One pass over the folder. Never throws: a failure is logged and retried next scan. */
  void scan() {
    try {
      Files.createDirectories(folder);
      Set<String> present = new HashSet<>();
      try (var files = Files.list(folder)) {
        for (Path file : (Iterable<Path>) files::iterator) {
          String name = PluginNames.fromFileName(file.getFileName().toString());
          if (name == null || !Files.isRegularFile(file)) {
            continue;
          }
          present.add(name);
          consider(name, file);
        }
      }
      for (String name : deployer.knownNames()) {
        if (!present.contains(name)) {
          previous.remove(name);
          taken.remove(name);
          deployer.undeploy(name);
        }
      }
      previous.keySet().retainAll(present);
    } catch (IOException | RuntimeException e) {
      LOG.error("scan of {} failed: {}", folder, e.toString());
    }
  }

  private void consider(String name, Path file) throws IOException {
    Seen now;
    try {
      now = new Seen(Files.size(file), Files.getLastModifiedTime(file).toMillis());
    } catch (NoSuchFileException e) {
      return; // renamed or deleted between listing and stat
    }
    Seen before = previous.put(name, now);
    if (now.equals(taken.get(name))) {
      return; // already handled this exact file
    }
    boolean stable = now.equals(before) || clock.getAsLong() - now.modified() > settleMillis;
    if (!stable) {
      return;
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return;
    }
    taken.put(name, now);
    String sha = Digests.sha256(bytes);
    if (deployer.recordedSha(name).filter(sha::equals).isPresent()
        || deployer.refusedSha(name).filter(sha::equals).isPresent()) {
      return; // same bytes as what is already installed or already refused
    }
    deployer.deploy(name, bytes);
  }
}
