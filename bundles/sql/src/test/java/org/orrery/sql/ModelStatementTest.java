package org.orrery.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.orrery.sql.Fixtures.kv;
import static org.orrery.sql.Fixtures.p;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.orrery.common.time.TimePoint;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.StatementFamily;
import org.orrery.sql.ast.TimeRange;
import org.orrery.sql.ast.expression.BooleanLiteral;
import org.orrery.sql.ast.expression.IntegerLiteral;
import org.orrery.sql.ast.expression.StringLiteral;
import org.orrery.sql.ast.model.CallInference;
import org.orrery.sql.ast.model.CreateFineTunedModel;
import org.orrery.sql.ast.model.CreateModel;
import org.orrery.sql.ast.model.DatasetItem;
import org.orrery.sql.ast.model.DropModel;
import org.orrery.sql.ast.model.LoadModel;
import org.orrery.sql.ast.model.ShowAiDevices;
import org.orrery.sql.ast.model.ShowLoadedModels;
import org.orrery.sql.ast.model.ShowModels;
import org.orrery.sql.ast.model.UnloadModel;

/** AINode statements of the AINode user guide (seed 000). */
class ModelStatementTest {

  static Stream<Arguments> statements() {
    return Stream.of(
        Arguments.of(
            "CREATE MODEL chronos2 USING URI 'file:///path/to/chronos2'",
            new CreateModel("chronos2", "file:///path/to/chronos2")),
        Arguments.of(
            "CREATE MODEL sundialv2 FROM MODEL sundial ON DATASET (PATH root.db.etth.OT([1467302400000, 1467644400000)))",
            new CreateFineTunedModel(
                "sundialv2",
                Map.of(),
                "sundial",
                List.of(
                    new DatasetItem(
                        p("root.db.etth.OT"),
                        Optional.of(TimeRange.closedOpen(TimePoint.ofEpoch(1467302400000L), TimePoint.ofEpoch(1467644400000L))))))),
        Arguments.of(
            "create model m2 with hyperparameters (train_epochs=10, learning_rate=0.001) from model sundial"
                + " on dataset (path root.db.etth.OT, path root.db.etth.**)",
            new CreateFineTunedModel(
                "m2",
                kv("train_epochs", "10", "learning_rate", "0.001"),
                "sundial",
                List.of(
                    new DatasetItem(p("root.db.etth.OT"), Optional.empty()),
                    new DatasetItem(p("root.db.etth.**"), Optional.empty())))),
        Arguments.of("SHOW MODELS", new ShowModels(Optional.empty())),
        Arguments.of("show models", new ShowModels(Optional.empty())),
        Arguments.of("SHOW MODELS sundial", new ShowModels(Optional.of("sundial"))),
        Arguments.of("DROP MODEL sundialv2", new DropModel("sundialv2")),
        Arguments.of("LOAD MODEL sundial TO DEVICES 'cpu,0,1'", new LoadModel("sundial", List.of("cpu", "0", "1"))),
        Arguments.of("LOAD MODEL timer_xl TO DEVICES cpu, 0", new LoadModel("timer_xl", List.of("cpu", "0"))),
        Arguments.of("UNLOAD MODEL sundial FROM DEVICES 'cpu,0,1'", new UnloadModel("sundial", List.of("cpu", "0", "1"))),
        Arguments.of("SHOW LOADED MODELS", new ShowLoadedModels(List.of())),
        Arguments.of("SHOW LOADED MODELS 'cpu, 0'", new ShowLoadedModels(List.of("cpu", "0"))),
        Arguments.of("SHOW LOADED MODELS cpu, 1", new ShowLoadedModels(List.of("cpu", "1"))),
        Arguments.of("SHOW AI_DEVICES", new ShowAiDevices()),
        Arguments.of("show ai_devices", new ShowAiDevices()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("statements")
  void parsesDocumentedStatement(String sql, Statement expected) {
    Statement statement = SqlParser.parseStatement(sql);
    assertEquals(expected, statement);
    assertEquals(StatementFamily.MODEL, statement.family());
  }

  @Test
  void callInferenceKeepsTheInputQueryAsText() {
    CallInference call =
        (CallInference)
            SqlParser.parseStatement(
                "call inference(sundial,\"select OT from root.db.**\", generateTime=True, outputLength=48)");
    assertEquals("sundial", call.modelId());
    assertEquals("select OT from root.db.**", call.inputSql());
    assertEquals(Map.of("generateTime", new BooleanLiteral(true), "outputLength", new IntegerLiteral(48)), call.parameters());
    assertEquals(List.of("generateTime", "outputLength"), List.copyOf(call.parameters().keySet()));
    // The input query is itself valid SQL for the analyzer to parse later.
    assertEquals(StatementFamily.QUERY, SqlParser.parseStatement(call.inputSql()).family());
  }

  @Test
  void callInferenceWithoutParameters() {
    CallInference call =
        (CallInference) SqlParser.parseStatement("CALL INFERENCE(arima, 'select s0 from root.eg.airline')");
    assertEquals(new CallInference("arima", "select s0 from root.eg.airline", Map.of()), call);
    assertEquals(
        Map.of("window", new StringLiteral("head")),
        ((CallInference) SqlParser.parseStatement("call inference(m, 'select s from root.a', window='head')")).parameters());
  }
}
