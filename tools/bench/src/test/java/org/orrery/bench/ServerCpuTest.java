package org.orrery.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class ServerCpuTest {
  @Test
  @EnabledOnOs(OS.LINUX)
  void readsTheCpuOfTheProcessNamedInThePidFile(@TempDir Path dir) throws Exception {
    Path pidFile = dir.resolve("karaf.pid");
    Files.writeString(pidFile, ProcessHandle.current().pid() + "\n");
    // burn some CPU in this process so the figure cannot be zero
    double sink = 0;
    for (int i = 0; i < 20_000_000; i++) {
      sink += Math.sqrt(i);
    }
    OptionalDouble seconds = new ServerCpu(pidFile).seconds();
    assertTrue(seconds.isPresent());
    assertTrue(seconds.getAsDouble() > 0, "cpu " + seconds + " after " + sink);
    // /proc and the JVM's own count agree to within the 10 ms tick and the time between the reads
    double jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime() / 1e9;
    assertTrue(seconds.getAsDouble() <= jvm + 0.05, seconds + " vs JVM " + jvm);
  }

  @Test
  void noPidFileMeansNoFigure(@TempDir Path dir) {
    assertFalse(new ServerCpu(null).seconds().isPresent());
    assertFalse(new ServerCpu(dir.resolve("absent.pid")).seconds().isPresent());
  }

  @Test
  void theOptionIsParsed() {
    assertEquals(Path.of("/d/karaf.pid"), BenchOptions.parse("--server-pid-file", "/d/karaf.pid").serverPidFile);
  }
}
