package org.orrery.cli.shell;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.orrery.cli.CliOptions;
import org.orrery.cli.ExitCode;
import org.orrery.cli.StatementRunner;
import org.orrery.cli.result.ValueText;
import org.orrery.cli.server.LinkFactory;
import org.orrery.cli.server.ServerLink;
import org.orrery.cli.server.StatementFailure;
import org.orrery.cli.sql.StatementSplitter;

/**
 * The interactive shell on a terminal (jline 3): history in {@code ~/.orrery_cli_history},
 * statements over several lines until {@code ;}, Tab completion of keywords and paths, results as
 * tables paged every {@code -maxPRC} rows, {@code quit}/{@code exit} or Ctrl-D to leave, Ctrl-C
 * to drop the line being typed.
 */
public final class InteractiveShell {
  static final String HISTORY_FILE = ".orrery_cli_history";
  private static final String PROMPT = "Orrery> ";
  private static final String CONTINUATION_PROMPT = "     -> ";

  private final LineReader reader;
  private final StatementRunner runner;
  private final ChildPathLookup paths;
  private final PrintWriter out;

  private InteractiveShell(Terminal terminal, ServerLink link, CliOptions options) {
    this.out = terminal.writer();
    this.paths = new ChildPathLookup(link);
    this.reader = LineReaderBuilder.builder()
        .terminal(terminal)
        .appName("orrery-cli")
        .parser(new StatementLineParser())
        .completer(new SqlCompleter(paths))
        .variable(LineReader.HISTORY_FILE, Path.of(System.getProperty("user.home"), HISTORY_FILE))
        .variable(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION_PROMPT)
        // '!' is an SQL operator (!=), not a history designator
        .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
        .build();
    ValueText text = new ValueText(options.timeFormat(), options.zone());
    this.runner = new StatementRunner(link,
        options.format().printer(out, text, options.pageRows(), new TerminalPageGate(terminal)),
        out, System::nanoTime);
  }

  /** Runs the shell until the user leaves; returns the exit code. */
  public static int run(CliOptions options, LinkFactory links) {
    try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
      PrintWriter out = terminal.writer();
      String password = options.password().orElseGet(() -> askPassword(terminal));
      if (password == null) {
        return ExitCode.OK;
      }
      ServerLink link;
      try {
        link = links.open(options.host(), options.port(), options.user(), password, options.zone());
      } catch (StatementFailure failure) {
        out.println("cannot connect to " + options.host() + ":" + options.port() + " as " + options.user()
            + ": Msg: " + failure.userMessage());
        out.flush();
        return ExitCode.CONNECTION_FAILED;
      }
      try (link) {
        out.println("Connected to Orrery at " + options.host() + ":" + options.port() + " as " + options.user()
            + ". Statements end with ';'. Type 'help' for help, 'quit' to leave.");
        out.flush();
        new InteractiveShell(terminal, link, options).loop();
      }
      return ExitCode.OK;
    } catch (IOException e) {
      System.err.println("cannot open the terminal: " + e.getMessage());
      return ExitCode.FILE_ERROR;
    }
  }

  private static String askPassword(Terminal terminal) {
    LineReader passwordReader = LineReaderBuilder.builder()
        .terminal(terminal)
        .variable(LineReader.DISABLE_HISTORY, true)
        .build();
    try {
      return passwordReader.readLine("password: ", '*');
    } catch (UserInterruptException | EndOfFileException e) {
      return null;
    }
  }

  private void loop() {
    while (true) {
      String buffer;
      try {
        buffer = reader.readLine(PROMPT);
      } catch (UserInterruptException e) {
        continue;
      } catch (EndOfFileException e) {
        return;
      }
      if (StatementLineParser.isShellCommand(buffer)) {
        String command = buffer.strip().toLowerCase(Locale.ROOT).replace(";", "").strip();
        if (command.equals("help")) {
          printHelp();
          continue;
        }
        return;
      }
      for (String statement : StatementSplitter.statementsOf(buffer)) {
        runner.run(statement);
        if (mayChangeSchema(statement)) {
          paths.forget();
        }
      }
    }
  }

  private void printHelp() {
    out.println("Statements end with ';' and may span lines. Tab completes keywords and paths (type root.).");
    out.println("Long results stop every page: Enter shows more, q stops. Up/Down browse the history.");
    out.println("quit or exit (or Ctrl-D) leaves; Ctrl-C drops the statement being typed.");
    out.flush();
  }

  /** Whether a statement may create or drop paths, which invalidates cached completions. */
  private static boolean mayChangeSchema(String statement) {
    String first = StatementSplitter.isBlank(statement) ? "" : statement.strip().split("\\s+", 2)[0]
        .toUpperCase(Locale.ROOT);
    return !(first.equals("SELECT") || first.equals("SHOW") || first.equals("COUNT") || first.equals("LIST"));
  }
}
