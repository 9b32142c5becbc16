package org.orrery.query.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.path.PartialPath;
import org.orrery.common.time.TimeContext;
import org.orrery.common.type.DataType;
import org.orrery.engine.query.ResultColumn;
import org.orrery.query.aggregate.AccumulatorGrid;
import org.orrery.query.analyze.ColumnNames;
import org.orrery.query.analyze.ExpressionBinder;
import org.orrery.query.analyze.OutputColumn;
import org.orrery.query.expression.Expr;
import org.orrery.query.expression.InputColumn;
import org.orrery.query.function.FunctionRegistry;
import org.orrery.query.function.FunctionRegistry.FunctionKind;
import org.orrery.sql.ast.expression.Expression;
import org.orrery.sql.ast.expression.FunctionCall;
import org.orrery.sql.ast.expression.PathExpression;

/**
 * GROUP BY LEVEL: aggregations of series whose paths agree on the given levels are merged; the
 * other levels print as {@code *}, e.g. {@code count(root.*.d1.s1)}. A select item may be an
 * expression over such aggregations ({@code count(s1) + 1}, {@code sum(s1) / count(s1)}): each
 * aggregation in it stands for its merged group, and expansions that collapse to the same text
 * are one column. HAVING is evaluated over the merged groups the same way.
 */
final class LevelGrouping implements AggregateGrouping {
  private final SlotCollector slots;
  private final FunctionRegistry functions;
  private final List<Integer> levels;
  private final ColumnNames collapsedNames;
  /** Collapsed aggregation text (e.g. {@code count(root.*.d1.s1)}) to its group's index. */
  private final Map<String, Integer> groupIndex = new LinkedHashMap<>();
  private final List<Set<Integer>> groups = new ArrayList<>();
  private final List<DataType> groupTypes = new ArrayList<>();
  private final ExpressionBinder binder;
  private final List<ResultColumn> columns = new ArrayList<>();
  private final List<Expr> outputs = new ArrayList<>();

  LevelGrouping(List<OutputColumn> expanded, List<Integer> levels, SlotCollector slots, FunctionRegistry functions,
      TimeContext time) {
    this.slots = slots;
    this.functions = functions;
    this.levels = List.copyOf(levels);
    this.collapsedNames = new ColumnNames(path -> collapse(path).toString());
    this.binder = new ExpressionBinder(functions, time, new ExpressionBinder.Leaves() {
      @Override
      public Expr path(PartialPath path) {
        throw new OrreryException(ErrorCode.SEMANTIC_ERROR,
            "raw series " + path + " cannot be selected together with aggregations");
      }

      @Override
      public Expr call(FunctionCall call) {
        return functions.kindOf(call.name()).orElse(null) == FunctionKind.AGGREGATE ? group(call) : null;
      }
    });
    Map<String, Expr> byHeader = new LinkedHashMap<>();
    for (OutputColumn column : expanded) {
      // the header is the collapsed text, which also tells the merged columns apart
      String header = collapsedNames.of(column.expression());
      Expr bound = binder.bind(column.expression());
      if (byHeader.putIfAbsent(header, bound) == null) {
        columns.add(new ResultColumn(header, bound.type()));
        outputs.add(bound);
      }
    }
  }

  /**
   * HAVING under GROUP BY LEVEL: every expansion of the condition must collapse to the same
   * expression, which is then evaluated over the merged groups.
   */
  Expr bindHaving(Expression having, List<Expression> expansions) {
    if (expansions.isEmpty()) {
      throw new OrreryException(ErrorCode.SEMANTIC_ERROR,
          "HAVING '" + having.toSql() + "' names no series of the query");
    }
    Set<String> collapsed = new LinkedHashSet<>();
    for (Expression expansion : expansions) {
      collapsed.add(collapsedNames.of(expansion));
    }
    if (collapsed.size() != 1) {
      throw new OrreryException(ErrorCode.SEMANTIC_ERROR, "HAVING '" + having.toSql()
          + "' must stand for one condition under GROUP BY LEVEL, but stands for " + collapsed);
    }
    for (int i = 1; i < expansions.size(); i++) {
      binder.bind(expansions.get(i));
    }
    return binder.bind(expansions.get(0));
  }

  @Override
  public List<ResultColumn> columns() {
    return columns;
  }

  @Override
  public Block output(AccumulatorGrid grid, Expr having) {
    List<List<Integer>> members = new ArrayList<>();
    for (Set<Integer> group : groups) {
      members.add(new ArrayList<>(group));
    }
    Block merged = grid.mergedResults(members);
    List<Column> values = new ArrayList<>();
    for (Expr output : outputs) {
      values.add(output.evaluate(merged));
    }
    return AggregateGrouping.keep(new Block(merged.times(), values, merged.rowCount()), merged, having);
  }

  /** The merged group of an aggregation call of one series, registered on first sight. */
  private Expr group(FunctionCall call) {
    if (call.arguments().size() != 1 || !(call.arguments().get(0) instanceof PathExpression)) {
      throw new OrreryException(ErrorCode.SEMANTIC_ERROR,
          "GROUP BY LEVEL needs each aggregation to read one series, not '" + call.toSql() + "'");
    }
    int slot = slots.slot(call);
    String key = collapsedNames.of(call);
    Integer at = groupIndex.get(key);
    if (at == null) {
      at = groups.size();
      groupIndex.put(key, at);
      groups.add(new LinkedHashSet<>());
      groupTypes.add(slots.slots().get(slot).bound().outputType());
    }
    groups.get(at).add(slot);
    return new InputColumn(at, groupTypes.get(at));
  }

  /**
   * The columns of the select items, each item's expansions ordered by the text of their merged
   * group: IoTDB lists the groups of one aggregation sorted ({@code count(root.ln.*.*.status)}
   * before {@code count(root.sgcc.*.*.status)}, {@code root.*.wf01.*.*} before
   * {@code root.*.wf02.*.*}), whatever order the wildcards matched the series in.
   */
  static List<OutputColumn> inGroupOrder(List<List<OutputColumn>> items, List<Integer> levels) {
    ColumnNames collapsed = new ColumnNames(path -> collapse(path, levels).toString());
    List<OutputColumn> out = new ArrayList<>();
    for (List<OutputColumn> item : items) {
      List<OutputColumn> sorted = new ArrayList<>(item);
      sorted.sort(java.util.Comparator.comparing(c -> collapsed.of(c.expression())));
      out.addAll(sorted);
    }
    return out;
  }

  /** The path with every level other than root, the kept levels and the measurement as {@code *}. */
  private PartialPath collapse(PartialPath path) {
    return collapse(path, levels);
  }

  private static PartialPath collapse(PartialPath path, List<Integer> levels) {
    List<String> nodes = new ArrayList<>();
    for (int i = 0; i < path.length(); i++) {
      boolean keep = i == 0 || i == path.length() - 1 || levels.contains(i);
      nodes.add(keep ? path.node(i) : "*");
    }
    return PartialPath.of(nodes);
  }

  /**
   * With HAVING, IoTDB accepts only suffix paths of one node (a measurement or {@code *}) in
   * SELECT and HAVING, so that both collapse alike.
   */
  static void checkHavingPaths(List<Expression> expressions) {
    for (Expression expression : expressions) {
      for (PartialPath path : org.orrery.query.analyze.ExpressionWalk.paths(expression)) {
        if (path.length() != 1) {
          throw new OrreryException(ErrorCode.SEMANTIC_ERROR, "when HAVING is used with GROUP BY LEVEL, the"
              + " suffix paths can only be a measurement or a one-level wildcard, not '" + path + "'");
        }
      }
    }
  }
}
