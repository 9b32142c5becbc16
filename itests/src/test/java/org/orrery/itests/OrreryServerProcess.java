package org.orrery.itests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The built distribution run as users run it: {@code bin/orrery-server start -d} in a copy of
 * {@code distribution/target/orrery/}, on free ports given through ORRERY_* environment
 * variables, driven with {@code bin/client} over SSH. Stopped by {@code bin/orrery-server stop}
 * and, if that does not end it, by the PID in its pid file, never by name.
 */
final class OrreryServerProcess implements AutoCloseable {
  private static final Duration DEADLINE = Duration.ofSeconds(90);

  private final Path home;
  private final Path data;
  private final Map<String, String> env;
  private long pid = -1;

  private OrreryServerProcess(Path home, Map<String, String> env) {
    this.home = home;
    this.data = home.resolve("data");
    this.env = env;
  }

  /** A fresh copy of the distribution under target/it/{name}/. */
  static OrreryServerProcess fresh(String name) throws IOException {
    Path source = Path.of(OrreryTestSupport.required("orrery.home"));
    Path home = Path.of(OrreryTestSupport.required("orrery.it.work"), name, "orrery");
    deleteTree(home.getParent());
    // Not data/: a server run in place leaves its pid file, bundle cache and WAL there.
    copyTree(source, home, source.resolve("data"));
    Map<String, String> env = Map.of(
        "ORRERY_SSH_PORT", OrreryTestSupport.freePort(),
        "ORRERY_RMI_REGISTRY_PORT", OrreryTestSupport.freePort(),
        "ORRERY_RMI_SERVER_PORT", OrreryTestSupport.freePort(),
        "ORRERY_RPC_PORT", OrreryTestSupport.freePort(),
        "ORRERY_DATA_DIR", home.resolve("data").toString());
    return new OrreryServerProcess(home, env);
  }

  Path home() {
    return home;
  }

  Path data() {
    return data;
  }

  /** The loopback port of the native protocol (clients, JDBC, CLI). */
  int rpcPort() {
    return Integer.parseInt(env.get("ORRERY_RPC_PORT"));
  }

  /** The environment the server runs with (ports, data dir), e.g. for bin/orrery-cli. */
  Map<String, String> environment() {
    return env;
  }

  Path deployDir() {
    return home.resolve("deploy");
  }

  /** Starts the server as a daemon and waits until {@code orrery:status} answers over SSH. */
  void start() throws Exception {
    Process p = command("bin/orrery-server", "start", "-d").start();
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      p.destroyForcibly();
      throw new AssertionError("bin/orrery-server start -d failed: " + output(p));
    }
    try {
      await("the server answers orrery:status", () -> {
        String out = consoleOrNull("orrery:status");
        return out != null && out.startsWith("Orrery ");
      });
      await("the native protocol port accepts connections", this::rpcPortOpen);
    } finally {
      // Known even when the boot wait fails, so stop() can end the JVM rather than leak it.
      Path pidFile = data.resolve("karaf.pid");
      if (Files.exists(pidFile)) {
        pid = Long.parseLong(Files.readString(pidFile).trim());
      }
    }
  }

  /** The server JVM's process id (valid after {@link #start()}). */
  long pid() {
    return pid;
  }

  private boolean rpcPortOpen() {
    try (java.net.Socket socket = new java.net.Socket()) {
      socket.connect(new java.net.InetSocketAddress("127.0.0.1", rpcPort()), 1000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** Runs console commands through {@code bin/client} as root; fails on a non-zero exit. */
  String console(String commands) throws Exception {
    String out = consoleOrNull(commands);
    if (out == null) {
      throw new AssertionError("bin/client failed for: " + commands);
    }
    return out;
  }

  private String consoleOrNull(String commands) throws Exception {
    Process p = command("bin/client", "-a", env.get("ORRERY_SSH_PORT"), "-h", "127.0.0.1",
        "-u", "root", "-p", "root", "-b").start();
    p.getOutputStream().write((commands + "\n").getBytes(StandardCharsets.UTF_8));
    p.getOutputStream().close();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return null;
    }
    String out = output(p);
    return p.exitValue() == 0 ? out : null;
  }

  /** Stops the server and waits for its JVM to exit. */
  void stop() throws Exception {
    if (pid < 0) {
      return;
    }
    Process p = command("bin/orrery-server", "stop").start();
    p.waitFor(60, TimeUnit.SECONDS);
    var handle = ProcessHandle.of(pid);
    if (handle.isPresent()) {
      try {
        handle.get().onExit().get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
      } catch (java.util.concurrent.TimeoutException e) {
        handle.get().destroyForcibly();
        throw new AssertionError("server pid " + pid + " did not stop within " + DEADLINE);
      }
    }
    pid = -1;
  }

  @Override
  public void close() throws Exception {
    stop();
  }

  private ProcessBuilder command(String... args) {
    args[0] = home.resolve(args[0]).toString();
    ProcessBuilder pb = new ProcessBuilder(args).directory(home.toFile())
        .redirectErrorStream(true);
    pb.environment().putAll(env);
    pb.environment().remove("KARAF_HOME");
    pb.environment().remove("KARAF_DATA");
    return pb;
  }

  private static String output(Process p) throws IOException {
    return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }

  static void await(String condition, OrreryTestSupport.CheckedCondition check) {
    OrreryTestSupport.await(condition, check);
  }

  private static void copyTree(Path from, Path to, Path skip) throws IOException {
    try (var paths = Files.walk(from)) {
      for (Path p : paths.filter(p -> !p.startsWith(skip)).toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }

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
}
