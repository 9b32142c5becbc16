package org.orrery.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;

/**
 * CPU seconds (user + system) a server process has used, read from Linux's
 * {@code /proc/<pid>/stat}. On a shared machine the CPU a phase costs the server is far steadier
 * than its wall time; the IoTDB peer benchmark reports the same figure for its DataNode.
 */
final class ServerCpu {
  /** /proc reports times in USER_HZ ticks, which Linux fixes at 100 per second. */
  private static final double TICKS_PER_SECOND = 100.0;

  private final Path pidFile;

  ServerCpu(Path pidFile) {
    this.pidFile = pidFile;
  }

  /** The server's CPU seconds so far, or empty when no pid file was given or it cannot be read. */
  OptionalDouble seconds() {
    if (pidFile == null) {
      return OptionalDouble.empty();
    }
    try {
      String pid = Files.readString(pidFile).trim();
      String stat = Files.readString(Path.of("/proc", pid, "stat"));
      // the command name (field 2) may contain blanks; the fields after it start past its ')'
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // fields[0] is field 3 (state), so utime (field 14) and stime (field 15) are 11 and 12
      long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
      return OptionalDouble.of(ticks / TICKS_PER_SECOND);
    } catch (IOException | RuntimeException e) {
      return OptionalDouble.empty();
    }
  }
}
