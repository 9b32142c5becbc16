package org.orrery.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.orrery.cli.csv.CsvExporter;
import org.orrery.cli.csv.CsvImporter;
import org.orrery.cli.csv.CsvValues;
import org.orrery.cli.csv.Progress;
import org.orrery.cli.result.ValueText;
import org.orrery.cli.server.ServerLink;
import org.orrery.cli.server.StatementFailure;
import org.orrery.cli.sql.StatementSplitter;

/** The {@code import-csv} and {@code export-csv} subcommands; summaries go to standard output. */
final class CsvCommands {
  private final CliOptions options;
  private final ServerLink link;
  private final PrintWriter out;
  private final PrintWriter err;
  /** Makes the progress display for a file (a bar on a terminal, nothing otherwise). */
  private final Function<String, Progress> progress;

  CsvCommands(CliOptions options, ServerLink link, PrintWriter out, PrintWriter err, Function<String, Progress> progress) {
    this.options = options;
    this.link = link;
    this.out = out;
    this.err = err;
    this.progress = progress;
  }

  int importCsv() {
    List<Path> files;
    try {
      files = csvFiles(options.importPath());
    } catch (IOException e) {
      err.println("cannot read " + options.importPath() + ": " + e.getMessage());
      return ExitCode.FILE_ERROR;
    }
    CsvImporter importer = new CsvImporter(
        link, new CsvValues(options.zone()), options.batchRows(), options.aligned(), err);
    boolean clean = true;
    for (Path file : files) {
      try {
        CsvImporter.Summary summary = importer.importFile(file, progress.apply("import " + file.getFileName()));
        out.println("imported " + summary.rows() + " rows from " + file
            + (summary.clean() ? "" : " (" + summary.failedLines() + " bad lines, " + summary.failedCells()
                + " bad values, " + summary.rejectedBatches() + " rejected batches)"));
        clean &= summary.clean();
      } catch (IOException e) {
        err.println(file + ": " + e.getMessage());
        out.flush();
        err.flush();
        return ExitCode.FILE_ERROR;
      }
    }
    out.flush();
    err.flush();
    return clean ? ExitCode.OK : ExitCode.STATEMENT_FAILED;
  }

  int exportCsv() {
    List<String> queries;
    try {
      queries = options.exportQuery().isPresent()
          ? List.of(options.exportQuery().get())
          : StatementSplitter.statementsOf(Files.readString(options.exportSqlFile().get()));
    } catch (IOException e) {
      err.println("cannot read " + options.exportSqlFile().get() + ": " + e.getMessage());
      return ExitCode.FILE_ERROR;
    }
    CsvExporter exporter = new CsvExporter(
        link, new ValueText(options.timeFormat(), options.zone()), options.exportTypes());
    for (int i = 0; i < queries.size(); i++) {
      Path target = options.exportFile().orElse(options.exportDir().resolve("dump" + i + ".csv"));
      try {
        long rows = exporter.export(queries.get(i), target, progress.apply("export " + target.getFileName()));
        out.println("exported " + rows + " rows to " + target);
      } catch (StatementFailure failure) {
        err.println("Msg: " + failure.userMessage());
        return finish(ExitCode.STATEMENT_FAILED);
      } catch (IOException e) {
        err.println("cannot write " + target + ": " + e.getMessage());
        return finish(ExitCode.FILE_ERROR);
      }
    }
    return finish(ExitCode.OK);
  }

  private int finish(int code) {
    out.flush();
    err.flush();
    return code;
  }

  /** The file itself, or the {@code .csv} files of a directory in name order. */
  static List<Path> csvFiles(Path path) throws IOException {
    if (!Files.isDirectory(path)) {
      if (!Files.isReadable(path)) {
        throw new IOException("no such readable file");
      }
      return List.of(path);
    }
    List<Path> files = new ArrayList<>();
    try (Stream<Path> entries = Files.list(path)) {
      entries.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv"))
          .filter(Files::isRegularFile).sorted().forEach(files::add);
    }
    if (files.isEmpty()) {
      throw new IOException("directory has no .csv files");
    }
    return files;
  }
}
