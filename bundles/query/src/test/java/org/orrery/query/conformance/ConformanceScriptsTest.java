package org.orrery.query.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.codec.api.SimpleCodecRegistry;
import org.orrery.common.block.Block;
import org.orrery.common.error.OrreryException;
import org.orrery.engine.query.ExecutionResult;
import org.orrery.engine.query.ResultColumn;
import org.orrery.engine.query.SessionContext;
import org.orrery.functions.BuiltinFunctions;
import org.orrery.query.QueryConfig;
import org.orrery.query.QueryEngineCore;
import org.orrery.query.block.Values;
import org.orrery.query.function.FunctionRegistry;
import org.orrery.query.function.UdtfFactory;
import org.orrery.schema.FileSchemaEngine;
import org.orrery.schema.SchemaConfig;
import org.orrery.storage.LsmStorageEngine;
import org.orrery.storage.StorageConfig;
import org.orrery.udf.api.UDTF;

/**
 * Runs the conformance scripts of the integration tests ({@code itests/src/test/resources/sql},
 * written from Apache IoTDB 1.3's documentation) against an in-process engine over the real
 * schema, storage and built-in functions, so a disagreement shows up in this module's build and
 * not only through the distribution. The script format is the one of the itests' SqlScript:
 * statement paragraphs, {@code > query} followed by the expected TSV table, {@code ! code sql}.
 * Every failing step of a script is reported, not just the first.
 */
class ConformanceScriptsTest {
  private static final Path SCRIPTS = Path.of("../../itests/src/test/resources/sql");

  @TempDir
  Path dir;

  private FileSchemaEngine schema;
  private LsmStorageEngine storage;

  /**
   * One engine runs the scripts in name order, as the integration test's single server does, so
   * scripts see what earlier ones left (each uses its own database or removes its series).
   */
  @TestFactory
  Stream<DynamicTest> scriptsGiveTheDocumentedResults() throws IOException {
    if (!Files.isDirectory(SCRIPTS)) {
      return Stream.empty();
    }
    List<Path> scripts;
    try (Stream<Path> files = Files.list(SCRIPTS)) {
      scripts = files.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
    }
    schema = new FileSchemaEngine(SchemaConfig.defaults(), dir.resolve("schema"));
    storage = new LsmStorageEngine(StorageConfig.defaults().withCompaction(false, 60_000, 1000),
        dir.resolve("data"), SimpleCodecRegistry.fromServiceLoader(getClass().getClassLoader()));
    QueryEngineCore engine = new QueryEngineCore(QueryConfig.DEFAULT, schema, storage, null, builtins());
    return scripts.stream().map(script -> DynamicTest.dynamicTest(script.getFileName().toString(), () -> {
      List<String> failures = new ScriptRun(engine, script).run();
      assertTrue(failures.isEmpty(), failures.size() + " failing steps in " + script.getFileName()
          + ":\n" + String.join("\n", failures));
    }));
  }

  @AfterEach
  void close() throws Exception {
    if (storage != null) {
      storage.close();
      schema.close();
    }
  }

  private static FunctionRegistry builtins() {
    FunctionRegistry functions = new FunctionRegistry();
    BuiltinFunctions.scalars().forEach(functions::registerScalar);
    BuiltinFunctions.aggregates().forEach(functions::registerAggregate);
    for (Map.Entry<String, Supplier<UDTF>> t : BuiltinFunctions.transforms().entrySet()) {
      functions.registerTransform(t.getKey(), UdtfFactory.of(t.getValue()));
    }
    return functions;
  }

  /** One pass over a script, collecting a description of each step that disagrees. */
  private static final class ScriptRun {
    private final QueryEngineCore engine;
    private final Path script;
    private final SessionContext session = new SessionContext("root", ZoneOffset.UTC, 0);
    private final List<String> failures = new ArrayList<>();

    ScriptRun(QueryEngineCore engine, Path script) {
      this.engine = engine;
      this.script = script;
    }

    List<String> run() throws IOException {
      List<String> lines = Files.readAllLines(script, StandardCharsets.UTF_8);
      int i = 0;
      while (i < lines.size()) {
        if (lines.get(i).isBlank() || lines.get(i).startsWith("#")) {
          i++;
          continue;
        }
        int start = i + 1;
        List<String> paragraph = new ArrayList<>();
        while (i < lines.size() && !lines.get(i).isBlank()) {
          if (!lines.get(i).startsWith("#")) {
            paragraph.add(lines.get(i));
          }
          i++;
        }
        step(start, paragraph);
      }
      return failures;
    }

    private void step(int line, List<String> paragraph) {
      String first = paragraph.get(0);
      String where = script.getFileName() + ":" + line + " ";
      if (first.startsWith("> ")) {
        String sql = first.substring(2).trim();
        List<String> expected = paragraph.subList(1, paragraph.size());
        try {
          List<String> actual = table(sql);
          if (!actual.equals(expected)) {
            failures.add(where + sql + "\n expected:\n  " + String.join("\n  ", expected)
                + "\n actual:\n  " + String.join("\n  ", actual));
          }
        } catch (OrreryException e) {
          failures.add(where + sql + "\n failed: " + e.userMessage());
        }
      } else if (first.startsWith("! ")) {
        String rest = first.substring(2).trim();
        int space = rest.indexOf(' ');
        int code = Integer.parseInt(rest.substring(0, space));
        String sql = rest.substring(space + 1).trim();
        try {
          table(sql);
          failures.add(where + sql + "\n expected error " + code + " but it succeeded");
        } catch (OrreryException e) {
          if (e.code().code() != code) {
            failures.add(where + sql + "\n expected error " + code + " but got " + e.userMessage());
          }
        }
      } else {
        for (String sql : String.join("\n", paragraph).split(";\\s*(\\n|$)")) {
          if (sql.isBlank()) {
            continue;
          }
          try (ExecutionResult ignored = engine.execute(session, sql.trim())) {
            // success is all that is asked
          } catch (OrreryException e) {
            failures.add(where + "statement failed: " + sql.trim() + "\n  " + e.userMessage());
          }
        }
      }
    }

    private List<String> table(String sql) {
      List<String> lines = new ArrayList<>();
      try (ExecutionResult result = engine.execute(session, sql)) {
        if (!result.hasRows()) {
          return List.of("MESSAGE " + result.message());
        }
        List<String> header = new ArrayList<>();
        if (result.hasTimeColumn()) {
          header.add("Time");
        }
        for (ResultColumn column : result.columns()) {
          header.add(column.name());
        }
        lines.add(String.join("\t", header));
        Optional<Block> page;
        while ((page = result.nextPage(1000)).isPresent()) {
          Block block = page.get();
          for (int r = 0; r < block.rowCount(); r++) {
            List<String> cells = new ArrayList<>();
            if (result.hasTimeColumn()) {
              cells.add(Long.toString(block.time(r)));
            }
            for (int c = 0; c < block.columnCount(); c++) {
              String text = Values.text(block.column(c), r);
              cells.add(text == null ? "null" : text);
            }
            lines.add(String.join("\t", cells));
          }
        }
      }
      return lines;
    }
  }
}
