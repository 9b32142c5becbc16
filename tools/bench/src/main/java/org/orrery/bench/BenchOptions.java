package org.orrery.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.orrery.client.Session;
import org.orrery.protocol.Protocol;

/**
 * The benchmark's parameters, named and defaulted like the IoTDB peer benchmark's
 * ({@code ../shared/peers/iotdb-bench}) so that the same command line runs the same workload.
 */
public final class BenchOptions {
  /** What to run. */
  public enum Mode {
    /** ingest, flush, size, queries */
    ALL,
    INGEST,
    QUERY,
    /** flush, then size */
    SIZE
  }

  static final String USAGE = String.join("\n",
      "usage: orrery-bench [all|ingest|query|size] [--option value ...]",
      "  --host 127.0.0.1 --port 6667 --user root --password root --database root.bench",
      "  --devices 10 --sensors 10 --rows 1000000 (per device; k/m/g suffix) --batch 10000 (rows per tablet)",
      "  --clients 1 (concurrent sessions for ingest; devices split round-robin; alias --threads)",
      "  --pipeline 8 (insert requests each client keeps in flight; 0 = wait for every answer before the next tablet)",
      "  --interval-ms 1000 --start-ms 1704067200000 --seed 42 --step 0.1 --decimals -1 (-1 = full precision)",
      "  --aligned (aligned series) --encoding GORILLA --compressor LZ4",
      "  --runs 7 --warmup 1 --fetch-size 5000 --device d0 (device the queries read)",
      "  --read-ahead 2 (FETCH requests the client sends ahead while rows are read)",
      "  --pages-per-fetch 16 (pages of fetch-size rows one round trip may bring; 1 = one page per round trip)",
      "  --data-dir <dir> (measure *.tsfile bytes under it after the flush; skipped when absent)",
      "  --server-pid-file <file> (report the server's CPU seconds of the ingest, from /proc; e.g. <data dir>/karaf.pid)",
      "modes: all = ingest, flush, size, queries (default); ingest; query (on existing data: same --rows etc.!);",
      "       size = flush, then size.  Exit code: 0 ok, 1 a query returned wrong data or a call failed, 2 usage.",
      "");

  Mode mode = Mode.ALL;
  boolean help;
  String host = "127.0.0.1";
  int port = 6667;
  String user = "root";
  String password = "root";
  String database = "root.bench";
  int devices = 10;
  int sensors = 10;
  long rows = 1_000_000L;
  int batch = 10_000;
  int clients = 1;
  /** Insert requests one client keeps unanswered (Session.insertPipeline); 0 = none, synchronous. */
  int pipeline = 8;
  long intervalMs = 1_000L;
  long startMs = 1_704_067_200_000L;
  long seed = 42L;
  double step = 0.1;
  int decimals = -1;
  boolean aligned;
  String encoding = "GORILLA";
  String compressor = "LZ4";
  int runs = 7;
  int warmup = 1;
  int fetchSize = 5000;
  int readAhead = 2;
  int pagesPerFetch = Session.DEFAULT_PAGES_PER_FETCH;
  String device = "d0";
  Path dataDir;
  Path serverPidFile;

  /**
   * @throws IllegalArgumentException naming the offending argument
   */
  public static BenchOptions parse(String... args) {
    BenchOptions options = new BenchOptions();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("-h") || arg.equals("--help")) {
        options.help = true;
        continue;
      }
      if (!arg.startsWith("--")) {
        options.mode = mode(arg);
        continue;
      }
      String key = arg.substring(2);
      String value;
      int eq = key.indexOf('=');
      if (eq >= 0) {
        value = key.substring(eq + 1);
        key = key.substring(0, eq);
      } else if (key.equals("aligned")) {
        value = "true";
      } else {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(arg + " needs a value");
        }
        value = args[++i];
      }
      options.set(key, value);
    }
    options.check();
    return options;
  }

  private static Mode mode(String word) {
    for (Mode mode : Mode.values()) {
      if (mode.name().equalsIgnoreCase(word)) {
        return mode;
      }
    }
    throw new IllegalArgumentException("unknown mode '" + word + "' (expected all, ingest, query or size)");
  }

  private void set(String key, String value) {
    switch (key) {
      case "host" -> host = value;
      case "port" -> port = (int) number(key, value, 1, 65535);
      case "user" -> user = value;
      case "password" -> password = value;
      case "database" -> database = value;
      case "devices" -> devices = (int) number(key, value, 1, Integer.MAX_VALUE);
      case "sensors" -> sensors = (int) number(key, value, 1, Integer.MAX_VALUE);
      case "rows" -> rows = number(key, value, 1, Long.MAX_VALUE);
      case "batch" -> batch = (int) number(key, value, 1, Integer.MAX_VALUE);
      case "clients", "threads" -> clients = (int) number(key, value, 1, 10_000);
      case "pipeline" -> pipeline = (int) number(key, value, 0, 1_024);
      case "interval-ms" -> intervalMs = number(key, value, 1, Long.MAX_VALUE);
      case "start-ms" -> startMs = Long.parseLong(value.trim());
      case "seed" -> seed = Long.parseLong(value.trim());
      case "step" -> step = Double.parseDouble(value.trim());
      case "decimals" -> decimals = Integer.parseInt(value.trim());
      case "aligned" -> aligned = Boolean.parseBoolean(value.trim());
      case "encoding" -> encoding = value.trim().toUpperCase(Locale.ROOT);
      case "compressor" -> compressor = value.trim().toUpperCase(Locale.ROOT);
      case "runs" -> runs = (int) number(key, value, 1, Integer.MAX_VALUE);
      case "warmup" -> warmup = (int) number(key, value, 0, Integer.MAX_VALUE);
      case "fetch-size" -> fetchSize = (int) number(key, value, 1, Integer.MAX_VALUE);
      case "read-ahead" -> readAhead = (int) number(key, value, 0, 64);
      case "pages-per-fetch" -> pagesPerFetch = (int) number(key, value, 1, Protocol.MAX_PAGES_PER_ANSWER);
      case "device" -> device = value.trim();
      case "data-dir" -> dataDir = Path.of(value);
      case "server-pid-file" -> serverPidFile = Path.of(value);
      default -> throw new IllegalArgumentException("unknown option --" + key);
    }
  }

  private void check() {
    if (!device.matches("d\\d+") || Integer.parseInt(device.substring(1)) >= devices) {
      throw new IllegalArgumentException("--device must name one of d0..d" + (devices - 1) + ", got '" + device + "'");
    }
    if ((double) rows * intervalMs + startMs > Long.MAX_VALUE) {
      throw new IllegalArgumentException("--rows x --interval-ms overflows the timestamp range");
    }
  }

  /**
   * A count with an optional k/m/g suffix (thousand, million, billion) and {@code _} separators.
   *
   * @throws IllegalArgumentException naming the option and the text when malformed or out of range
   */
  static long number(String key, String text, long min, long max) {
    String digits = text.trim().toLowerCase(Locale.ROOT).replace("_", "");
    long multiplier = 1;
    if (!digits.isEmpty()) {
      char last = digits.charAt(digits.length() - 1);
      multiplier = last == 'k' ? 1_000L : last == 'm' ? 1_000_000L : last == 'g' ? 1_000_000_000L : 1;
      if (multiplier > 1) {
        digits = digits.substring(0, digits.length() - 1);
      }
    }
    long value;
    try {
      value = Math.multiplyExact(Long.parseLong(digits), multiplier);
    } catch (NumberFormatException | ArithmeticException e) {
      throw new IllegalArgumentException("--" + key + " needs a number, got '" + text + "'");
    }
    if (value < min || value > max) {
      throw new IllegalArgumentException("--" + key + " must be between " + min + " and " + max + ", got " + text);
    }
    return value;
  }

  public Mode mode() {
    return mode;
  }

  /** The device path of device number {@code d}. */
  public String devicePath(int d) {
    return database + ".d" + d;
  }

  public int queryDevice() {
    return Integer.parseInt(device.substring(1));
  }

  /** One past the last timestamp written. */
  public long endMs() {
    return startMs + rows * intervalMs;
  }

  public long points() {
    return (long) devices * sensors * rows;
  }

  /** The sensor names s0..s(S-1). */
  public List<String> sensorNames() {
    String[] names = new String[sensors];
    for (int s = 0; s < sensors; s++) {
      names[s] = "s" + s;
    }
    return List.of(names);
  }
}
