package org.orrery.sql.translate;

import java.util.Map;
import java.util.Optional;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.misc.Interval;
import org.orrery.common.time.TimeDuration;
import org.orrery.common.time.TimePoint;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.plugin.CreateContinuousQuery;
import org.orrery.sql.ast.plugin.CreateFunction;
import org.orrery.sql.ast.plugin.CreateTrigger;
import org.orrery.sql.ast.plugin.DropContinuousQuery;
import org.orrery.sql.ast.plugin.DropFunction;
import org.orrery.sql.ast.plugin.DropTrigger;
import org.orrery.sql.ast.plugin.ShowContinuousQueries;
import org.orrery.sql.ast.plugin.ShowFunctions;
import org.orrery.sql.ast.plugin.ShowTriggers;
import org.orrery.sql.ast.plugin.TimeoutPolicy;
import org.orrery.sql.ast.plugin.TriggerEvent;
import org.orrery.sql.ast.plugin.TriggerKind;
import org.orrery.sql.ast.query.QueryStatement;
import org.orrery.sql.parser.OrrerySqlParser.CreateContinuousQueryContext;
import org.orrery.sql.parser.OrrerySqlParser.CreateFunctionContext;
import org.orrery.sql.parser.OrrerySqlParser.CreateTriggerContext;
import org.orrery.sql.parser.OrrerySqlParser.DropContinuousQueryContext;
import org.orrery.sql.parser.OrrerySqlParser.DropFunctionContext;
import org.orrery.sql.parser.OrrerySqlParser.DropTriggerContext;
import org.orrery.sql.parser.OrrerySqlParser.ResampleClauseContext;
import org.orrery.sql.parser.OrrerySqlParser.SelectStatementContext;
import org.orrery.sql.parser.OrrerySqlParser.ShowContinuousQueriesContext;
import org.orrery.sql.parser.OrrerySqlParser.ShowFunctionsContext;
import org.orrery.sql.parser.OrrerySqlParser.ShowTriggersContext;
import org.orrery.sql.parser.OrrerySqlParser.UriClauseContext;
import org.orrery.sql.parser.OrrerySqlParserBaseVisitor;

/** Translates the plugin family: functions, triggers and continuous queries. */
final class PluginTranslator extends OrrerySqlParserBaseVisitor<Statement> {
  private final CharStream source;
  private final QueryTranslator queries;

  PluginTranslator(CharStream source, QueryTranslator queries) {
    this.source = source;
    this.queries = queries;
  }

  private static Optional<String> uri(UriClauseContext context) {
    return Optional.ofNullable(context).map(u -> Names.string(u.STRING().getSymbol()));
  }

  @Override
  public Statement visitCreateFunction(CreateFunctionContext context) {
    return new CreateFunction(
        Names.identifier(context.identifier()),
        Names.string(context.STRING().getSymbol()),
        uri(context.uriClause()));
  }

  @Override
  public Statement visitDropFunction(DropFunctionContext context) {
    return new DropFunction(Names.identifier(context.identifier()));
  }

  @Override
  public Statement visitShowFunctions(ShowFunctionsContext context) {
    return new ShowFunctions();
  }

  @Override
  public Statement visitCreateTrigger(CreateTriggerContext context) {
    Optional<TriggerKind> kind = Optional.empty();
    if (context.STATELESS() != null) {
      kind = Optional.of(TriggerKind.STATELESS);
    } else if (context.STATEFUL() != null) {
      kind = Optional.of(TriggerKind.STATEFUL);
    }
    Map<String, String> attributes = Names.keyValues(context.keyValue());
    return new CreateTrigger(
        Names.identifier(context.identifier()),
        kind,
        context.BEFORE() != null ? TriggerEvent.BEFORE_INSERT : TriggerEvent.AFTER_INSERT,
        Paths.pattern(context.path()),
        Names.string(context.STRING().getSymbol()),
        uri(context.uriClause()),
        attributes);
  }

  @Override
  public Statement visitDropTrigger(DropTriggerContext context) {
    return new DropTrigger(Names.identifier(context.identifier()));
  }

  @Override
  public Statement visitShowTriggers(ShowTriggersContext context) {
    return new ShowTriggers();
  }

  /**
   * The query must write somewhere (INTO) and must not restrict time itself: each run gets its
   * time range from the RESAMPLE clause.
   */
  @Override
  public Statement visitCreateContinuousQuery(CreateContinuousQueryContext context) {
    SelectStatementContext select = context.selectStatement();
    QueryStatement query = queries.select(select);
    if (query.into().isEmpty()) {
      throw Errors.at(select, "a continuous query needs an INTO clause");
    }
    ResampleClauseContext resample = context.resampleClause();
    Optional<TimeDuration> every = Optional.empty();
    Optional<TimeDuration> rangeStart = Optional.empty();
    Optional<TimeDuration> rangeEnd = Optional.empty();
    Optional<TimePoint> boundary = Optional.empty();
    if (resample != null) {
      every = Optional.ofNullable(resample.every).map(t -> Times.positiveDuration(t, "EVERY"));
      rangeStart =
          Optional.ofNullable(resample.rangeStart).map(t -> Times.positiveDuration(t, "RANGE"));
      rangeEnd = Optional.ofNullable(resample.rangeEnd).map(Times::duration);
      boundary = Optional.ofNullable(resample.timeValue()).map(Times::timeValue);
    }
    Optional<TimeoutPolicy> policy =
        Optional.ofNullable(context.timeoutPolicyClause())
            .map(p -> p.DISCARD() != null ? TimeoutPolicy.DISCARD : TimeoutPolicy.BLOCKED);
    String text =
        source.getText(Interval.of(select.start.getStartIndex(), select.stop.getStopIndex()));
    return new CreateContinuousQuery(
        Names.identifier(context.identifier()),
        every,
        boundary,
        rangeStart,
        rangeEnd,
        policy,
        query,
        text);
  }

  @Override
  public Statement visitDropContinuousQuery(DropContinuousQueryContext context) {
    return new DropContinuousQuery(Names.identifier(context.identifier()));
  }

  @Override
  public Statement visitShowContinuousQueries(ShowContinuousQueriesContext context) {
    return new ShowContinuousQueries();
  }
}
