package org.orrery.itests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.orrery.client.ClientException;
import org.orrery.client.Session;

/**
 * The built distribution run as users run it: {@code bin/orrery-server start -d} in a copy of
 * {@code distribution/target/orrery/}, on free ports given through ORRERY_* environment variables.
 * Boot is detected by a protocol ping (cheap and in-process, so restarts take seconds, not console
 * JVM starts); tests that drive the Karaf console wait for it with {@link #startWithConsole()}.
 * Stopped by {@code bin/orrery-server stop} and, if that does not end it, by the JVM's own PID
 * (also for SIGKILL in crash tests), never by name.
 *
 * <p>The copy leaves out {@code data/} of the source folder: a developer may have run the server
 * in place, and its leftovers (pid file, bundle cache, WAL) must not leak into a test.
 */
final class ServerProcess implements AutoCloseable {
  /** How long a boot, including WAL replay, may take on a busy two-core machine. */
  private static final Duration BOOT_DEADLINE = Duration.ofSeconds(180);
  private static final Duration EXIT_DEADLINE = Duration.ofSeconds(90);

  private final Path home;
  private final Path data;
  private final Map<String, String> env;
  private final int rpcPort;
  private String extraJavaOptions = "";
  private long pid = -1;

  private ServerProcess(Path home, Map<String, String> env, int rpcPort) {
    this.home = home;
    this.data = home.resolve("data");
    this.env = env;
    this.rpcPort = rpcPort;
  }

  /** A fresh copy of the distribution (without its data folder) under target/it/{name}/. */
  static ServerProcess fresh(String name) throws IOException {
    Path source = Path.of(OrreryTestSupport.required("orrery.home"));
    Path home = Path.of(OrreryTestSupport.required("orrery.it.work"), name, "orrery");
    deleteTree(home.getParent());
    copyTree(source, home, source.resolve("data"));
    String rpcPort = OrreryTestSupport.freePort();
    Map<String, String> env = new HashMap<>();
    env.put("ORRERY_SSH_PORT", OrreryTestSupport.freePort());
    env.put("ORRERY_RMI_REGISTRY_PORT", OrreryTestSupport.freePort());
    env.put("ORRERY_RMI_SERVER_PORT", OrreryTestSupport.freePort());
    env.put("ORRERY_RPC_PORT", rpcPort);
    env.put("ORRERY_DATA_DIR", home.resolve("data").toString());
    return new ServerProcess(home, Map.copyOf(env), Integer.parseInt(rpcPort));
  }

  Path home() {
    return home;
  }

  Path data() {
    return data;
  }

  /** The server JVM's process id (valid while started). */
  long pid() {
    return pid;
  }

  /** The loopback port of the native protocol (clients, JDBC, CLI). */
  int rpcPort() {
    return rpcPort;
  }

  /** The environment the server runs with (ports, data dir), e.g. for bin/orrery-cli. */
  Map<String, String> environment() {
    return env;
  }

  Path deployDir() {
    return home.resolve("deploy");
  }

  /** JVM options added to the server's ({@code EXTRA_JAVA_OPTS}), for the next start. */
  void javaOptions(String options) {
    this.extraJavaOptions = options;
  }

  /**
   * Sets {@code key = value} in {@code etc/<pid>.cfg} of this copy (before {@link #start()}),
   * replacing an existing assignment of the key.
   */
  void configure(String configPid, String key, String value) throws IOException {
    Path file = home.resolve("etc").resolve(configPid + ".cfg");
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    boolean replaced = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).trim();
      if (!line.startsWith("#") && line.contains("=")
          && line.substring(0, line.indexOf('=')).trim().equals(key)) {
        lines.set(i, key + " = " + value);
        replaced = true;
      }
    }
    if (!replaced) {
      lines.add(key + " = " + value);
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  /**
   * Starts the server as a daemon and waits until it answers a protocol ping; returns how long
   * the boot took. The pid file is removed first so a stale one left by a killed run is never
   * mistaken for the new JVM.
   */
  Duration start() throws Exception {
    if (pid >= 0) {
      throw new IllegalStateException("server pid " + pid + " is still running");
    }
    Files.deleteIfExists(data.resolve("karaf.pid"));
    try {
      return boot();
    } catch (Throwable e) {
      // A JVM that came up but failed the boot check must not outlive the test; the pid file
      // was removed above, so one that exists now names this boot's JVM.
      readPid().flatMap(ProcessHandle::of).ifPresent(ProcessHandle::destroyForcibly);
      throw e;
    }
  }

  private Duration boot() throws Exception {
    long began = System.nanoTime();
    Process p = command("bin/orrery-server", "start", "-d").start();
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      p.destroyForcibly();
      throw new AssertionError("bin/orrery-server start -d failed: " + output(p));
    }
    long deadline = began + BOOT_DEADLINE.toNanos();
    ClientException last = null;
    while (System.nanoTime() < deadline) {
      Optional<Long> jvm = readPid();
      if (jvm.isPresent() && ProcessHandle.of(jvm.get()).isEmpty()) {
        throw new AssertionError("server JVM " + jvm.get() + " exited during boot; log tail:\n"
            + logTail());
      }
      try (Session session = session()) {
        session.open();
        session.ping();
        pid = jvm.orElseGet(() -> readPid().orElseThrow(() ->
            new AssertionError("server answers but wrote no " + data.resolve("karaf.pid"))));
        return Duration.ofNanos(System.nanoTime() - began);
      } catch (ClientException e) {
        last = e; // not listening yet, or still activating the engine behind the port
      }
      Thread.sleep(100); // poll interval of an explicit wait with a deadline
    }
    throw new AssertionError("server did not answer a ping on port " + rpcPort + " within "
        + BOOT_DEADLINE + " (last error: " + last + "); log tail:\n" + logTail());
  }

  /**
   * {@link #start()}, then waits until the Karaf console answers {@code orrery:status} over SSH,
   * for tests that drive the console.
   */
  Duration startWithConsole() throws Exception {
    Duration boot = start();
    try {
      OrreryTestSupport.await("the console answers orrery:status", () -> {
        String out = consoleOrNull("orrery:status");
        return out != null && out.startsWith("Orrery ");
      });
    } catch (Throwable e) {
      stop();
      throw e;
    }
    return boot;
  }

  /** A not yet opened client session for this server. */
  Session session() {
    return Session.builder().host("127.0.0.1").port(rpcPort)
        .connectTimeoutMillis(2_000).queryTimeoutMillis(120_000).build();
  }

  /** SIGKILL to the server JVM (by its PID), then waits until the process is gone. */
  void kill() throws Exception {
    if (pid < 0) {
      throw new IllegalStateException("server is not running");
    }
    ProcessHandle handle = ProcessHandle.of(pid).orElseThrow(() ->
        new AssertionError("server pid " + pid + " is not running before the kill; log tail:\n"
            + logTail()));
    handle.destroyForcibly();
    handle.onExit().get(EXIT_DEADLINE.toSeconds(), TimeUnit.SECONDS);
    pid = -1;
  }

  /** Runs console commands through {@code bin/client} as root; fails on a non-zero exit. */
  String console(String commands) throws Exception {
    Process p = consoleProcess(commands);
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("bin/client did not finish within 60 s for: " + commands);
    }
    String out = output(p);
    if (p.exitValue() != 0) {
      throw new AssertionError("bin/client exited " + p.exitValue() + " for: " + commands
          + "\n" + out);
    }
    return out;
  }

  /** The console's answer, or null when bin/client failed or timed out (while booting). */
  private String consoleOrNull(String commands) throws Exception {
    Process p = consoleProcess(commands);
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return null;
    }
    String out = output(p);
    return p.exitValue() == 0 ? out : null;
  }

  private Process consoleProcess(String commands) throws IOException {
    Process p = command("bin/client", "-a", env.get("ORRERY_SSH_PORT"), "-h", "127.0.0.1",
        "-u", "root", "-p", "root", "-b").start();
    p.getOutputStream().write((commands + "\n").getBytes(StandardCharsets.UTF_8));
    p.getOutputStream().close();
    return p;
  }

  /** Stops the server gracefully and waits for its JVM to exit; kills it if it does not. */
  void stop() throws Exception {
    if (pid < 0) {
      return;
    }
    Process p = command("bin/orrery-server", "stop").start();
    p.waitFor(60, TimeUnit.SECONDS);
    Optional<ProcessHandle> handle = ProcessHandle.of(pid);
    if (handle.isPresent()) {
      try {
        handle.get().onExit().get(EXIT_DEADLINE.toSeconds(), TimeUnit.SECONDS);
      } catch (java.util.concurrent.TimeoutException e) {
        handle.get().destroyForcibly();
        pid = -1;
        throw new AssertionError("server pid " + handle.get().pid() + " did not stop within "
            + EXIT_DEADLINE);
      }
    }
    pid = -1;
  }

  /** Stops the server; a server that is gone already (killed) needs nothing. */
  @Override
  public void close() throws Exception {
    stop();
  }

  /** The last lines of the server log, for failure messages. */
  String logTail() {
    Path log = data.resolve("log/karaf.log");
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log at " + log + ": " + e + ")";
    }
  }

  private Optional<Long> readPid() {
    try {
      String text = Files.readString(data.resolve("karaf.pid")).trim();
      return text.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(text));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty(); // not written yet
    }
  }

  private ProcessBuilder command(String... args) {
    args[0] = home.resolve(args[0]).toString();
    ProcessBuilder pb = new ProcessBuilder(args).directory(home.toFile())
        .redirectErrorStream(true);
    pb.environment().remove("KARAF_HOME");
    pb.environment().remove("KARAF_DATA");
    // The WAL mode is the shipped default (sync); an inherited override must not change it.
    pb.environment().remove("ORRERY_WAL_MODE");
    pb.environment().putAll(env);
    pb.environment().put("EXTRA_JAVA_OPTS", extraJavaOptions);
    return pb;
  }

  private static String output(Process p) throws IOException {
    return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }

  /** Deletes a folder and everything under it; nothing when it does not exist. */
  static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void copyTree(Path from, Path to, Path skipped) throws IOException {
    try (var paths = Files.walk(from)) {
      for (Path p : paths.filter(p -> !p.startsWith(skipped)).toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }
}
