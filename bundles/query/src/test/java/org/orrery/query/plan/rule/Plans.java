package org.orrery.query.plan.rule;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.orrery.common.path.PartialPath;
import org.orrery.common.time.TimeContext;
import org.orrery.common.time.TimestampPrecision;
import org.orrery.common.type.DataType;
import org.orrery.engine.schema.SeriesInfo;
import org.orrery.query.analyze.TimeIntervals;
import org.orrery.query.plan.logical.AggregationSpec;
import org.orrery.query.plan.logical.PlanNode;
import org.orrery.query.plan.logical.SeriesScanNode;
import org.orrery.sql.SqlParser;
import org.orrery.sql.ast.expression.Expression;
import org.orrery.sql.ast.query.QueryStatement;

/** Builders of small plan trees for the rule tests. */
final class Plans {
  static final TimeContext TIME = new TimeContext(ZoneOffset.UTC, TimestampPrecision.MILLISECONDS,
      Clock.fixed(Instant.ofEpochMilli(1_000_000), ZoneOffset.UTC));

  private Plans() {}

  static SeriesInfo series(String path, DataType type) {
    return new SeriesInfo(PartialPath.parse(path), null, PartialPath.parse("root.sg"), type, "PLAIN", "LZ4",
        Map.of(), Map.of(), false);
  }

  static SeriesScanNode scan(String path) {
    return SeriesScanNode.of(List.of(series(path, DataType.INT32)));
  }

  /** A WHERE condition as the parser reads it. */
  static Expression condition(String sql) {
    QueryStatement query = (QueryStatement) SqlParser.parseStatement("select s1 from root.sg.d1 where " + sql);
    return query.where().orElseThrow();
  }

  static Expression expression(String sql) {
    QueryStatement query = (QueryStatement) SqlParser.parseStatement("select " + sql + " from root.sg.d1");
    return query.selectItems().get(0).expression();
  }

  /** An aggregation whose facts the rules read are given. */
  record Spec(boolean statisticsCapable, Optional<TimeIntervals> windowRange) implements AggregationSpec {
    @Override
    public List<DataType> types() {
      return List.of(DataType.INT64);
    }

    @Override
    public String describe() {
      return "[count(root.sg.d1.s1)]";
    }
  }

  /** The scans of a plan, depth first. */
  static List<SeriesScanNode> scans(PlanNode node) {
    List<SeriesScanNode> out = new ArrayList<>();
    if (node instanceof SeriesScanNode scan) {
      out.add(scan);
    }
    for (PlanNode child : node.children()) {
      out.addAll(scans(child));
    }
    return out;
  }
}
