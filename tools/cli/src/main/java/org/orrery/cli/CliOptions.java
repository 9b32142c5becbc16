package org.orrery.cli;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;
import org.orrery.cli.result.OutputFormat;
import org.orrery.cli.result.TimeFormat;

/** Everything the command line says, as parsed by {@link CliArguments}. */
public final class CliOptions {
  /** Rows per table page, as IoTDB's {@code -maxPRC} default. */
  public static final int DEFAULT_PAGE_ROWS = 1000;
  /** Rows per insert call of {@code import-csv}. */
  public static final int DEFAULT_BATCH_ROWS = 10_000;

  Command command = Command.SQL;
  boolean help;
  String host = "127.0.0.1";
  int port = 6667;
  String user = "root";
  String password;
  String execute;
  Path sqlFile;
  OutputFormat format = OutputFormat.TABLE;
  TimeFormat timeFormat = TimeFormat.ISO;
  ZoneId zone = ZoneId.systemDefault();
  int pageRows = DEFAULT_PAGE_ROWS;
  Path importPath;
  int batchRows = DEFAULT_BATCH_ROWS;
  boolean aligned;
  String exportQuery;
  Path exportSqlFile;
  Path exportDir;
  Path exportFile;
  boolean exportTypes;

  public Command command() {
    return command;
  }

  public boolean help() {
    return help;
  }

  public String host() {
    return host;
  }

  public int port() {
    return port;
  }

  public String user() {
    return user;
  }

  /** The password given with {@code -pw}, if any. */
  public Optional<String> password() {
    return Optional.ofNullable(password);
  }

  /** The statements of {@code -e}, if given. */
  public Optional<String> execute() {
    return Optional.ofNullable(execute);
  }

  /** The script of {@code -f} (SQL mode), if given. */
  public Optional<Path> sqlFile() {
    return Optional.ofNullable(sqlFile);
  }

  /** Whether the SQL command runs without the interactive shell. */
  public boolean batch() {
    return command != Command.SQL || execute != null || sqlFile != null;
  }

  public OutputFormat format() {
    return format;
  }

  public TimeFormat timeFormat() {
    return timeFormat;
  }

  public ZoneId zone() {
    return zone;
  }

  public int pageRows() {
    return pageRows;
  }

  /** The CSV file or directory of {@code import-csv -f}. */
  public Path importPath() {
    return importPath;
  }

  public int batchRows() {
    return batchRows;
  }

  public boolean aligned() {
    return aligned;
  }

  /** The query of {@code export-csv -q}, if given. */
  public Optional<String> exportQuery() {
    return Optional.ofNullable(exportQuery);
  }

  /** The query file of {@code export-csv -s}, if given. */
  public Optional<Path> exportSqlFile() {
    return Optional.ofNullable(exportSqlFile);
  }

  /** The target directory of {@code export-csv -td} (default: the working directory). */
  public Path exportDir() {
    return exportDir == null ? Path.of(".") : exportDir;
  }

  /** The single target file of {@code export-csv -o}, if given. */
  public Optional<Path> exportFile() {
    return Optional.ofNullable(exportFile);
  }

  /** Whether exported headers carry types, e.g. {@code root.sg.d1.s1(DOUBLE)}. */
  public boolean exportTypes() {
    return exportTypes;
  }
}
