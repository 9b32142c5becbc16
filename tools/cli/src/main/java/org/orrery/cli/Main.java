package org.orrery.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;
import org.orrery.cli.csv.Progress;
import org.orrery.cli.csv.ProgressBar;
import org.orrery.cli.result.PageGate;
import org.orrery.cli.result.ValueText;
import org.orrery.cli.server.ClientServerLink;
import org.orrery.cli.server.LinkFactory;
import org.orrery.cli.server.ServerLink;
import org.orrery.cli.server.StatementFailure;
import org.orrery.cli.shell.InteractiveShell;
import org.orrery.cli.sql.StatementSplitter;

/**
 * {@code orrery-cli}: runs the interactive shell, the statements of {@code -e} or {@code -f}, or a
 * CSV subcommand. In batch runs standard output carries only results (no banner) and errors go to
 * standard error with a non-zero exit code (see {@link ExitCode}).
 */
public final class Main {
  /** Environment variable read for the password of batch runs without {@code -pw}. */
  static final String PASSWORD_VARIABLE = "ORRERY_PASSWORD";
  private static final String DEFAULT_PASSWORD = "root";

  private final LinkFactory links;
  private final UnaryOperator<String> environment;
  private final PrintWriter out;
  private final PrintWriter err;
  private final LongSupplier nanoClock;
  private final InputStream stdin;
  private final boolean console;

  /**
   * @param stdin statements are read from it when no {@code -e}/{@code -f} is given and there is no
   *     console (e.g. {@code orrery-cli < script.sql})
   * @param console whether a user sits at a terminal: the shell and progress bars need one
   */
  Main(LinkFactory links, UnaryOperator<String> environment, PrintWriter out, PrintWriter err,
       LongSupplier nanoClock, InputStream stdin, boolean console) {
    this.links = links;
    this.environment = environment;
    this.out = out;
    this.err = err;
    this.nanoClock = nanoClock;
    this.stdin = stdin;
    this.console = console;
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    Main main = new Main(ClientServerLink.factory(), System::getenv, out, err, System::nanoTime,
        System.in, System.console() != null);
    int code = main.run(args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs one invocation; returns the process exit code. */
  int run(String... args) {
    CliOptions options;
    try {
      options = CliArguments.parse(args);
    } catch (UsageException e) {
      err.println("error: " + e.getMessage());
      err.print(Usage.TEXT);
      err.flush();
      return ExitCode.USAGE;
    }
    if (options.help()) {
      out.print(Usage.TEXT);
      out.flush();
      return ExitCode.OK;
    }
    if (!options.batch() && console) {
      return InteractiveShell.run(options, links);
    }
    List<String> statements = null;
    if (options.command() == Command.SQL) {
      try {
        statements = statements(options);
      } catch (IOException e) {
        err.println("cannot read " + options.sqlFile().map(Path::toString).orElse("standard input")
            + ": " + e.getMessage());
        err.flush();
        return ExitCode.FILE_ERROR;
      }
    }
    ServerLink link;
    try {
      link = links.open(options.host(), options.port(), options.user(), password(options), options.zone());
    } catch (StatementFailure failure) {
      // the client already names the address when the network fails; a refusal gets the login
      err.println(failure.getMessage().startsWith("cannot connect")
          ? failure.getMessage()
          : "cannot connect to " + options.host() + ":" + options.port() + " as " + options.user()
              + ": Msg: " + failure.userMessage());
      err.flush();
      return ExitCode.CONNECTION_FAILED;
    }
    try (link) {
      switch (options.command()) {
        case IMPORT_CSV:
          return new CsvCommands(options, link, out, err, progress()).importCsv();
        case EXPORT_CSV:
          return new CsvCommands(options, link, out, err, progress()).exportCsv();
        default:
          return runStatements(options, link, statements);
      }
    }
  }

  private int runStatements(CliOptions options, ServerLink link, List<String> statements) {
    ValueText text = new ValueText(options.timeFormat(), options.zone());
    StatementRunner runner = new StatementRunner(
        link, options.format().printer(out, text, options.pageRows(), PageGate.ALWAYS), err, nanoClock);
    for (String statement : statements) {
      if (!runner.run(statement)) {
        out.flush();
        return ExitCode.STATEMENT_FAILED;
      }
    }
    out.flush();
    return ExitCode.OK;
  }

  private List<String> statements(CliOptions options) throws IOException {
    String script;
    if (options.execute().isPresent()) {
      script = options.execute().get();
    } else if (options.sqlFile().isPresent()) {
      script = Files.readString(options.sqlFile().get(), StandardCharsets.UTF_8);
    } else {
      script = new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
    }
    return StatementSplitter.statementsOf(script);
  }

  /** {@code -pw}, else the environment variable, else the default root password. */
  private String password(CliOptions options) {
    if (options.password().isPresent()) {
      return options.password().get();
    }
    String fromEnvironment = environment.apply(PASSWORD_VARIABLE);
    return fromEnvironment != null ? fromEnvironment : DEFAULT_PASSWORD;
  }

  private Function<String, Progress> progress() {
    if (!console) {
      return label -> Progress.NONE;
    }
    return label -> new ProgressBar(err, label, nanoClock);
  }
}
