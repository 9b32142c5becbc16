package org.orrery.cli;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import org.orrery.cli.result.OutputFormat;
import org.orrery.cli.result.TimeFormat;

/**
 * Parses the command line. IoTDB's flags ({@code -h host -p port -u user -pw password
 * -e "sql" -maxPRC n -disableISO8601}) plus ours ({@code -f file.sql}, {@code --format},
 * {@code --time-format}, {@code --zone}); a first bare word selects a subcommand
 * ({@code import-csv}, {@code export-csv}), whose own flags may follow anywhere. Values are taken
 * exactly as the shell passed them, so passwords and paths with spaces or {@code #} survive.
 */
public final class CliArguments {
  private static final java.util.Set<String> FLAGS_WITHOUT_VALUE = java.util.Set.of(
      "-help", "--help", "-disableISO8601", "-aligned", "--aligned", "-datatype", "--datatype");

  private CliArguments() {}

  /**
   * @throws UsageException naming the offending argument
   */
  public static CliOptions parse(String... args) throws UsageException {
    CliOptions options = new CliOptions();
    Cursor cursor = new Cursor(args);
    // The subcommand decides what -f means, so find it first: the first word that is neither a
    // flag nor a flag's value.
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.startsWith("-")) {
        if (!FLAGS_WITHOUT_VALUE.contains(arg)) {
          i++;
        }
        continue;
      }
      if (arg.equals(Command.IMPORT_CSV.word())) {
        options.command = Command.IMPORT_CSV;
      } else if (arg.equals(Command.EXPORT_CSV.word())) {
        options.command = Command.EXPORT_CSV;
      }
      break;
    }
    boolean commandSeen = false;
    while (cursor.hasNext()) {
      String arg = cursor.next();
      if (!arg.startsWith("-") && !commandSeen && options.command != Command.SQL
          && arg.equals(options.command.word())) {
        commandSeen = true;
        continue;
      }
      readFlag(arg, cursor, options);
    }
    check(options);
    return options;
  }

  private static void readFlag(String arg, Cursor cursor, CliOptions options) throws UsageException {
    switch (arg) {
      case "-help":
      case "--help":
        options.help = true;
        return;
      case "-h":
      case "--host":
        options.host = cursor.value(arg);
        return;
      case "-p":
      case "--port":
        options.port = port(cursor.value(arg));
        return;
      case "-u":
      case "--user":
        options.user = cursor.value(arg);
        return;
      case "-pw":
      case "--password":
        options.password = cursor.value(arg);
        return;
      case "--zone":
        options.zone = zone(cursor.value(arg));
        return;
      case "--time-format":
        options.timeFormat = timeFormat(cursor.value(arg));
        return;
      case "-disableISO8601":
        options.timeFormat = TimeFormat.EPOCH;
        return;
      default:
        break;
    }
    switch (options.command) {
      case IMPORT_CSV:
        readImportFlag(arg, cursor, options);
        return;
      case EXPORT_CSV:
        readExportFlag(arg, cursor, options);
        return;
      default:
        readSqlFlag(arg, cursor, options);
    }
  }

  private static void readSqlFlag(String arg, Cursor cursor, CliOptions options) throws UsageException {
    switch (arg) {
      case "-e":
      case "--execute":
        options.execute = cursor.value(arg);
        return;
      case "-f":
      case "--file":
        options.sqlFile = Path.of(cursor.value(arg));
        return;
      case "--format":
        try {
          options.format = OutputFormat.fromName(cursor.value(arg));
        } catch (IllegalArgumentException e) {
          throw new UsageException(e.getMessage());
        }
        return;
      case "-maxPRC":
      case "--page-rows":
        options.pageRows = positive(arg, cursor.value(arg));
        return;
      default:
        throw unknown(arg);
    }
  }

  private static void readImportFlag(String arg, Cursor cursor, CliOptions options) throws UsageException {
    switch (arg) {
      case "-f":
      case "--file":
        options.importPath = Path.of(cursor.value(arg));
        return;
      case "-batch":
      case "--batch":
        options.batchRows = positive(arg, cursor.value(arg));
        return;
      case "-aligned":
      case "--aligned":
        options.aligned = true;
        return;
      default:
        throw unknown(arg);
    }
  }

  private static void readExportFlag(String arg, Cursor cursor, CliOptions options) throws UsageException {
    switch (arg) {
      case "-q":
      case "--query":
        options.exportQuery = cursor.value(arg);
        return;
      case "-s":
      case "--sql-file":
        options.exportSqlFile = Path.of(cursor.value(arg));
        return;
      case "-td":
      case "--target-dir":
        options.exportDir = Path.of(cursor.value(arg));
        return;
      case "-o":
      case "--output":
        options.exportFile = Path.of(cursor.value(arg));
        return;
      case "-datatype":
      case "--datatype":
        options.exportTypes = true;
        return;
      default:
        throw unknown(arg);
    }
  }

  private static void check(CliOptions options) throws UsageException {
    if (options.help) {
      return;
    }
    if (options.execute != null && options.sqlFile != null) {
      throw new UsageException("-e and -f cannot be combined");
    }
    if (options.command == Command.IMPORT_CSV && options.importPath == null) {
      throw new UsageException("import-csv needs -f <file or directory>");
    }
    if (options.command == Command.EXPORT_CSV) {
      if ((options.exportQuery == null) == (options.exportSqlFile == null)) {
        throw new UsageException("export-csv needs exactly one of -q <query> or -s <file.sql>");
      }
      if (options.exportFile != null && options.exportSqlFile != null) {
        throw new UsageException("-o names one file; with -s use -td <directory>");
      }
    }
  }

  private static UsageException unknown(String arg) {
    return new UsageException(arg.startsWith("-")
        ? "unknown option '" + arg + "'" : "unexpected argument '" + arg + "'");
  }

  private static int port(String text) throws UsageException {
    int port = integer("-p", text);
    if (port < 1 || port > 65535) {
      throw new UsageException("port out of range: " + text);
    }
    return port;
  }

  private static int positive(String flag, String text) throws UsageException {
    int value = integer(flag, text);
    if (value < 1) {
      throw new UsageException(flag + " needs a positive number, got '" + text + "'");
    }
    return value;
  }

  private static int integer(String flag, String text) throws UsageException {
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new UsageException(flag + " needs a number, got '" + text + "'");
    }
  }

  private static ZoneId zone(String text) throws UsageException {
    try {
      return ZoneId.of(text);
    } catch (DateTimeException e) {
      throw new UsageException("unknown time zone '" + text + "'");
    }
  }

  private static TimeFormat timeFormat(String text) throws UsageException {
    try {
      return TimeFormat.fromName(text);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** Walks the arguments; a flag's value is the next argument, whatever it looks like. */
  private static final class Cursor {
    private final String[] args;
    private int index;

    Cursor(String[] args) {
      this.args = args;
    }

    boolean hasNext() {
      return index < args.length;
    }

    String next() {
      return args[index++];
    }

    String value(String flag) throws UsageException {
      if (index >= args.length) {
        throw new UsageException(flag + " needs a value");
      }
      return args[index++];
    }
  }
}
