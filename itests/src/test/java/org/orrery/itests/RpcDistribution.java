package org.orrery.itests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.orrery.client.Session;

/**
 * The built distribution as users run it, for the network tests: a copy of
 * {@code distribution/target/orrery/} started with {@code bin/orrery-server start -d} on free
 * ports (ORRERY_RPC_PORT among them), ready once a client session can log in. Stopped with
 * {@code bin/orrery-server stop} and, when that does not end it in time, by the PID in its pid
 * file, never by name. Also runs the distribution's command-line tools against it.
 */
final class RpcDistribution implements AutoCloseable {
  private static final long START_SECONDS = 120;
  private static final long STOP_SECONDS = 90;

  private final Path home;
  private final Path data;
  private final int rpcPort;
  private final Map<String, String> env;
  private long pid = -1;

  private RpcDistribution(Path home, int rpcPort, Map<String, String> env) {
    this.home = home;
    this.data = home.resolve("data");
    this.rpcPort = rpcPort;
    this.env = env;
  }

  /** A fresh copy of the distribution under target/it/{name}/ with its own ports. */
  static RpcDistribution fresh(String name) throws IOException {
    Path source = Path.of(OrreryTestSupport.required("orrery.home"));
    Path home = Path.of(OrreryTestSupport.required("orrery.it.work"), name, "orrery");
    ServerProcess.deleteTree(home.getParent());
    copyTree(source, home);
    // the copied data/ of a developer's earlier run must not leak into the test
    ServerProcess.deleteTree(home.resolve("data"));
    int rpcPort = Integer.parseInt(OrreryTestSupport.freePort());
    Map<String, String> env = new HashMap<>();
    env.put("ORRERY_RPC_PORT", String.valueOf(rpcPort));
    env.put("ORRERY_SSH_PORT", OrreryTestSupport.freePort());
    env.put("ORRERY_RMI_REGISTRY_PORT", OrreryTestSupport.freePort());
    env.put("ORRERY_RMI_SERVER_PORT", OrreryTestSupport.freePort());
    env.put("ORRERY_DATA_DIR", home.resolve("data").toString());
    return new RpcDistribution(home, rpcPort, Map.copyOf(env));
  }

  Path home() {
    return home;
  }

  Path data() {
    return data;
  }

  int rpcPort() {
    return rpcPort;
  }

  /** A client session builder for this server (user and password still to choose). */
  Session.Builder session() {
    return Session.builder().host("127.0.0.1").port(rpcPort);
  }

  /** Starts the server as a daemon and waits until root can log in over the native protocol. */
  void start() throws Exception {
    Process p = command(List.of("bin/orrery-server", "start", "-d")).redirectErrorStream(true).start();
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      p.destroyForcibly();
      throw new AssertionError("bin/orrery-server start -d failed: "
          + new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_SECONDS);
    Path pidFile = data.resolve("karaf.pid");
    // the PID first, so that stop() can end this JVM even when the test fails while it boots
    while (pid < 0 && System.nanoTime() < deadline) {
      if (Files.exists(pidFile) && !Files.readString(pidFile).isBlank()) {
        pid = Long.parseLong(Files.readString(pidFile).trim());
      } else {
        Thread.sleep(100); // poll interval of an explicit wait for the pid file
      }
    }
    Exception last = null;
    while (System.nanoTime() < deadline) {
      try (Session probe = session().connectTimeoutMillis(2000).build()) {
        probe.open();
        probe.ping();
        return;
      } catch (RuntimeException e) {
        last = e;
      }
      Thread.sleep(200); // poll interval of an explicit wait for the RPC port
    }
    throw new AssertionError("no RPC login on port " + rpcPort + " within " + START_SECONDS + " s; log: "
        + tailOfLog(), last);
  }

  /** Stops the server and waits for its JVM to exit. */
  void stop() throws Exception {
    if (pid < 0) {
      return;
    }
    Process p = command(List.of("bin/orrery-server", "stop")).redirectErrorStream(true).start();
    p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
    p.waitFor(60, TimeUnit.SECONDS);
    var handle = ProcessHandle.of(pid);
    if (handle.isPresent()) {
      try {
        handle.get().onExit().get(STOP_SECONDS, TimeUnit.SECONDS);
      } catch (java.util.concurrent.TimeoutException e) {
        handle.get().destroyForcibly();
        throw new AssertionError("server pid " + pid + " did not stop within " + STOP_SECONDS + " s");
      }
    }
    pid = -1;
  }

  @Override
  public void close() throws Exception {
    stop();
  }

  /** What a command-line tool printed and returned. */
  record Outcome(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  /** Runs {@code bin/<tool>} with these arguments (no shell in between) and waits for it. */
  Outcome tool(String tool, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add("bin/" + tool);
    command.addAll(List.of(args));
    Process p = command(command).start();
    p.getOutputStream().close();
    // drain stderr on its own thread so a chatty tool cannot block on a full pipe
    var err = java.util.concurrent.CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
    String out = readAll(p.getInputStream());
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("bin/" + tool + " did not finish within 120 s");
    }
    return new Outcome(p.exitValue(), out, err.get());
  }

  /** Runs {@code bin/orrery-cli -h 127.0.0.1 -p <port>} with further arguments. */
  Outcome cli(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of("-h", "127.0.0.1", "-p", String.valueOf(rpcPort)));
    all.addAll(List.of(args));
    return tool("orrery-cli", all.toArray(new String[0]));
  }

  private static String readAll(java.io.InputStream in) {
    try {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private ProcessBuilder command(List<String> args) {
    List<String> resolved = new ArrayList<>(args);
    resolved.set(0, home.resolve(args.get(0)).toString());
    ProcessBuilder pb = new ProcessBuilder(resolved).directory(home.toFile());
    pb.environment().putAll(env);
    pb.environment().remove("KARAF_HOME");
    pb.environment().remove("KARAF_DATA");
    return pb;
  }

  private String tailOfLog() {
    Path log = data.resolve("log/karaf.log");
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no " + log + ")";
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (var paths = Files.walk(from)) {
      for (Path p : paths.toList()) {
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
