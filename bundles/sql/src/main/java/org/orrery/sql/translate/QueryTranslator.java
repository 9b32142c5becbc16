package org.orrery.sql.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.orrery.common.time.TimeDuration;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.expression.BinaryOperator;
import org.orrery.sql.ast.expression.BooleanLiteral;
import org.orrery.sql.ast.expression.Expression;
import org.orrery.sql.ast.expression.PathExpression;
import org.orrery.sql.ast.expression.StringLiteral;
import org.orrery.sql.ast.expression.TimeColumn;
import org.orrery.sql.ast.query.ExplainStatement;
import org.orrery.sql.ast.query.AlignBy;
import org.orrery.sql.ast.query.ConditionWindow;
import org.orrery.sql.ast.query.ConstantFill;
import org.orrery.sql.ast.query.CountWindow;
import org.orrery.sql.ast.query.FillSpec;
import org.orrery.sql.ast.query.GroupByClause;
import org.orrery.sql.ast.query.IntoClause;
import org.orrery.sql.ast.query.IntoItem;
import org.orrery.sql.ast.query.KeepCondition;
import org.orrery.sql.ast.query.LinearFill;
import org.orrery.sql.ast.query.NullOrdering;
import org.orrery.sql.ast.query.OrderItem;
import org.orrery.sql.ast.query.PreviousFill;
import org.orrery.sql.ast.query.QueryStatement;
import org.orrery.sql.ast.query.ResultSetOptions;
import org.orrery.sql.ast.query.SelectItem;
import org.orrery.sql.ast.query.SessionWindow;
import org.orrery.sql.ast.query.SortKey;
import org.orrery.sql.ast.query.TimeWindow;
import org.orrery.sql.ast.query.VariationWindow;
import org.orrery.sql.ast.query.WindowGrouping;
import org.orrery.sql.parser.OrrerySqlLexer;
import org.orrery.sql.parser.OrrerySqlParser.AlignByClauseContext;
import org.orrery.sql.parser.OrrerySqlParser.FillClauseContext;
import org.orrery.sql.parser.OrrerySqlParser.FillMethodContext;
import org.orrery.sql.parser.OrrerySqlParser.FlagOptionContext;
import org.orrery.sql.parser.OrrerySqlParser.GroupByClauseContext;
import org.orrery.sql.parser.OrrerySqlParser.GroupByConditionContext;
import org.orrery.sql.parser.OrrerySqlParser.GroupByCountContext;
import org.orrery.sql.parser.OrrerySqlParser.GroupByItemContext;
import org.orrery.sql.parser.OrrerySqlParser.GroupByLevelContext;
import org.orrery.sql.parser.OrrerySqlParser.GroupBySessionContext;
import org.orrery.sql.parser.OrrerySqlParser.GroupByTagsContext;
import org.orrery.sql.parser.OrrerySqlParser.GroupByTimeContext;
import org.orrery.sql.parser.OrrerySqlParser.GroupByVariationContext;
import org.orrery.sql.parser.OrrerySqlParser.IdentifierContext;
import org.orrery.sql.parser.OrrerySqlParser.IntoClauseContext;
import org.orrery.sql.parser.OrrerySqlParser.IntoItemContext;
import org.orrery.sql.parser.OrrerySqlParser.IntoNodeContext;
import org.orrery.sql.parser.OrrerySqlParser.IntoNodePartContext;
import org.orrery.sql.parser.OrrerySqlParser.KeepConditionContext;
import org.orrery.sql.parser.OrrerySqlParser.OrderByClauseContext;
import org.orrery.sql.parser.OrrerySqlParser.PaginationItemContext;
import org.orrery.sql.parser.OrrerySqlParser.QueryStatementContext;
import org.orrery.sql.parser.OrrerySqlParser.QueryTailContext;
import org.orrery.sql.parser.OrrerySqlParser.SelectItemContext;
import org.orrery.sql.parser.OrrerySqlParser.SelectStatementContext;
import org.orrery.sql.parser.OrrerySqlParser.SortItemContext;
import org.orrery.sql.parser.OrrerySqlParserBaseVisitor;

/** Translates SELECT statements (the query family), clause by clause. */
final class QueryTranslator extends OrrerySqlParserBaseVisitor<Statement> {
  private final ExpressionTranslator expressions;

  QueryTranslator(ExpressionTranslator expressions) {
    this.expressions = expressions;
  }

  @Override
  public Statement visitQueryStatement(QueryStatementContext context) {
    if (context.explainStatement() != null) {
      return new ExplainStatement(select(context.explainStatement().selectStatement()));
    }
    return select(context.selectStatement());
  }

  QueryStatement select(SelectStatementContext context) {
    boolean last = context.LAST() != null;
    List<SelectItem> items = new ArrayList<>();
    for (SelectItemContext item : context.selectItem()) {
      items.add(selectItem(item));
    }
    Optional<IntoClause> into = Optional.ofNullable(context.intoClause()).map(this::into);
    Optional<Expression> where =
        Optional.ofNullable(context.whereClause()).map(w -> expressions.translate(w.expression()));
    Optional<GroupByClause> groupBy =
        Optional.ofNullable(context.groupByClause()).map(this::groupBy);
    Optional<Expression> having =
        Optional.ofNullable(context.havingClause()).map(h -> expressions.translate(h.expression()));
    Tail tail = new Tail(last);
    tail.read(context.queryTail());
    return new QueryStatement(
        last,
        items,
        into,
        Paths.patterns(context.fromClause().path()),
        where,
        groupBy,
        having,
        tail.orderBy,
        tail.fill,
        tail.options());
  }

  private SelectItem selectItem(SelectItemContext context) {
    Optional<String> alias = Optional.empty();
    if (context.identifier() != null) {
      alias = Optional.of(Names.identifier(context.identifier()));
    } else if (context.STRING() != null) {
      alias = Optional.of(Names.string(context.STRING().getSymbol()));
    }
    return new SelectItem(expressions.translate(context.expression()), alias);
  }

  // ------------------------------------------------------------------------------------- INTO

  private IntoClause into(IntoClauseContext context) {
    List<IntoItem> items = new ArrayList<>();
    for (IntoItemContext item : context.intoItem()) {
      List<String> device = new ArrayList<>();
      List<IntoNodeContext> nodes = item.intoPath().intoNode();
      IntoNodeContext first = nodes.get(0);
      if (first.ROOT() == null && first.DOUBLE_COLON() == null) {
        throw Errors.at(item.intoPath(), "an INTO target device must start with root or :: but"
            + " starts with '" + first.getText() + "'");
      }
      for (int i = 0; i < nodes.size(); i++) {
        if (i > 0 && nodes.get(i).ROOT() != null) {
          throw Errors.at(
              nodes.get(i), "'root' may only be the first node of " + item.intoPath().getText());
        }
        device.add(intoNode(nodes.get(i)));
      }
      List<String> measurements = new ArrayList<>();
      for (IntoNodeContext node : item.intoNode()) {
        if (node.ROOT() != null) {
          throw Errors.at(node, "'root' cannot be a measurement name");
        }
        measurements.add(intoNode(node));
      }
      items.add(new IntoItem(item.ALIGNED() != null, device, measurements));
    }
    return new IntoClause(items);
  }

  private static String intoNode(IntoNodeContext node) {
    if (node.DOUBLE_COLON() != null) {
      return IntoItem.SUFFIX_PLACEHOLDER;
    }
    if (node.ROOT() != null) {
      return "root";
    }
    StringBuilder text = new StringBuilder();
    for (IntoNodePartContext part : node.intoNodePart()) {
      if (part.PLACEHOLDER() != null) {
        String digits = part.getText().substring(2, part.getText().length() - 1);
        if (Literals.integer(digits, part.start) < 1) {
          throw Errors.at(part, "placeholder " + part.getText() + " must count levels from 1");
        }
        text.append(part.getText());
      } else if (part.identifier() != null) {
        text.append(Names.identifier(part.identifier()));
      } else {
        text.append(part.getText());
      }
    }
    return text.toString();
  }

  // ---------------------------------------------------------------------------------- GROUP BY

  private GroupByClause groupBy(GroupByClauseContext context) {
    WindowGrouping window = null;
    List<Integer> levels = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    for (GroupByItemContext item : context.groupByItem()) {
      if (item instanceof GroupByLevelContext) {
        if (!levels.isEmpty()) {
          throw Errors.at(item, "GROUP BY LEVEL is given twice");
        }
        for (TerminalNode level : ((GroupByLevelContext) item).INTEGER()) {
          levels.add(Literals.smallInteger(level, "level"));
        }
      } else if (item instanceof GroupByTagsContext) {
        if (!tags.isEmpty()) {
          throw Errors.at(item, "GROUP BY TAGS is given twice");
        }
        for (IdentifierContext key : ((GroupByTagsContext) item).identifier()) {
          tags.add(Names.identifier(key));
        }
      } else {
        if (window != null) {
          throw Errors.at(item, "GROUP BY can segment by only one of a time window, VARIATION,"
              + " CONDITION, SESSION or COUNT");
        }
        window = window(item);
      }
    }
    return new GroupByClause(Optional.ofNullable(window), levels, tags);
  }

  private WindowGrouping window(GroupByItemContext item) {
    if (item instanceof GroupByTimeContext) {
      GroupByTimeContext time = (GroupByTimeContext) item;
      return new TimeWindow(
          Optional.ofNullable(time.timeRange()).map(Times::range),
          Times.positiveDuration(time.interval, "the GROUP BY interval"),
          Optional.ofNullable(time.step).map(s -> Times.positiveDuration(s, "the sliding step")));
    }
    if (item instanceof GroupByVariationContext) {
      GroupByVariationContext variation = (GroupByVariationContext) item;
      double delta =
          variation.signedNumber() == null
              ? 0
              : Double.parseDouble(variation.signedNumber().getText());
      return new VariationWindow(
          expressions.translate(variation.expression()), delta, ignoreNull(variation.flagOption()));
    }
    if (item instanceof GroupByConditionContext) {
      GroupByConditionContext condition = (GroupByConditionContext) item;
      return new ConditionWindow(
          expressions.translate(condition.expression()),
          keep(condition.keepCondition()),
          ignoreNull(condition.flagOption()));
    }
    if (item instanceof GroupBySessionContext) {
      GroupBySessionContext session = (GroupBySessionContext) item;
      return new SessionWindow(
          Times.positiveDuration(session.DURATION().getSymbol(), "the session gap"));
    }
    GroupByCountContext count = (GroupByCountContext) item;
    long size = Literals.integer(count.INTEGER());
    if (size <= 0) {
      throw Errors.at(count.INTEGER(), "GROUP BY COUNT needs a size above 0");
    }
    return new CountWindow(
        expressions.translate(count.expression()), size, ignoreNull(count.flagOption()));
  }

  /** {@code ignoreNull=true|false} (IoTDB's examples also spell it ignoringNull); default true. */
  private static boolean ignoreNull(FlagOptionContext option) {
    if (option == null) {
      return true;
    }
    String name = Names.identifier(option.identifier());
    if (!name.equalsIgnoreCase("ignoreNull") && !name.equalsIgnoreCase("ignoringNull")) {
      throw Errors.at(option.identifier(), "unknown option '" + name + "' (expected ignoreNull)");
    }
    return Literals.bool(option.booleanLiteral());
  }

  private static KeepCondition keep(KeepConditionContext context) {
    long threshold = Literals.integer(context.INTEGER());
    if (context.identifier() == null) {
      return new KeepCondition(BinaryOperator.GREATER_OR_EQUAL, threshold);
    }
    String name = Names.identifier(context.identifier());
    if (!name.equalsIgnoreCase("keep")) {
      throw Errors.at(context.identifier(), "expected KEEP but got '" + name + "'");
    }
    return new KeepCondition(
        ExpressionTranslator.comparison(context.comparisonOperator()), threshold);
  }

  // ------------------------------------------------ ORDER BY, FILL, LIMIT, SLIMIT, ALIGN BY

  /** Collects the clauses after HAVING, which may come in any order but each only once. */
  private final class Tail {
    private final boolean lastQuery;
    List<OrderItem> orderBy = List.of();
    Optional<FillSpec> fill = Optional.empty();
    private final OptionalLong[] pages = {
      OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty()
    };
    private AlignBy alignBy;
    private boolean ordered;

    Tail(boolean lastQuery) {
      this.lastQuery = lastQuery;
    }

    void read(QueryTailContext context) {
      if (!context.disableAlignClause().isEmpty()) {
        throw Errors.at(context.disableAlignClause(0),
            "DISABLE ALIGN is not supported by the IoTDB 1.3 dialect; use ALIGN BY DEVICE or"
                + " the default alignment by time");
      }
      for (OrderByClauseContext order : context.orderByClause()) {
        if (ordered) {
          throw Errors.at(order, "ORDER BY is given twice");
        }
        ordered = true;
        orderBy = orderItems(order);
      }
      for (FillClauseContext fillClause : context.fillClause()) {
        if (fill.isPresent()) {
          throw Errors.at(fillClause, "FILL is given twice");
        }
        fill = Optional.of(fill(fillClause));
      }
      for (PaginationItemContext item : context.paginationItem()) {
        int slot = slot(item.start.getType());
        if (pages[slot].isPresent()) {
          throw Errors.at(item, item.start.getText().toUpperCase(Locale.ROOT) + " is given twice");
        }
        pages[slot] = OptionalLong.of(Literals.integer(item.INTEGER()));
      }
      for (AlignByClauseContext align : context.alignByClause()) {
        if (alignBy != null) {
          throw Errors.at(align, "ALIGN BY is given twice");
        }
        alignBy = align.DEVICE() != null ? AlignBy.DEVICE : AlignBy.TIME;
      }
    }

    private int slot(int tokenType) {
      switch (tokenType) {
        case OrrerySqlLexer.LIMIT:
          return 0;
        case OrrerySqlLexer.OFFSET:
          return 1;
        case OrrerySqlLexer.SLIMIT:
          return 2;
        default:
          return 3;
      }
    }

    ResultSetOptions options() {
      return new ResultSetOptions(
          pages[0], pages[1], pages[2], pages[3], alignBy == null ? AlignBy.TIME : alignBy);
    }

    private List<OrderItem> orderItems(OrderByClauseContext context) {
      List<OrderItem> items = new ArrayList<>();
      for (SortItemContext item : context.sortItem()) {
        Expression expression = expressions.translate(item.expression());
        SortKey key = sortKey(expression);
        Optional<NullOrdering> nulls = Optional.empty();
        if (item.NULLS() != null) {
          nulls = Optional.of(item.FIRST() != null ? NullOrdering.FIRST : NullOrdering.LAST);
        }
        items.add(
            new OrderItem(
                key,
                key == SortKey.EXPRESSION ? Optional.of(expression) : Optional.empty(),
                item.DESC() != null,
                nulls));
      }
      return items;
    }

    /**
     * TIME and DEVICE (and for SELECT LAST also TIMESERIES, VALUE and DATATYPE) name result
     * columns; anything else is an expression over the series.
     */
    private SortKey sortKey(Expression expression) {
      if (expression instanceof TimeColumn) {
        return SortKey.TIME;
      }
      if (expression instanceof PathExpression
          && ((PathExpression) expression).path().length() == 1) {
        String name = ((PathExpression) expression).path().firstNode().toUpperCase(Locale.ROOT);
        if (name.equals("DEVICE")) {
          return SortKey.DEVICE;
        }
        if (name.equals("TIMESERIES")) {
          return SortKey.TIMESERIES;
        }
        if (lastQuery && name.equals("VALUE")) {
          return SortKey.VALUE;
        }
        if (lastQuery && name.equals("DATATYPE")) {
          return SortKey.DATATYPE;
        }
      }
      return SortKey.EXPRESSION;
    }

    private FillSpec fill(FillClauseContext context) {
      FillMethodContext method = context.fillMethod();
      Optional<TimeDuration> threshold = Optional.empty();
      if (context.DURATION() != null) {
        if (method.PREVIOUS() == null) {
          throw Errors.at(context.DURATION(),
              "only FILL(PREVIOUS, ...) takes a time threshold, not FILL("
                  + method.getText() + ", ...)");
        }
        threshold =
            Optional.of(
                Times.positiveDuration(context.DURATION().getSymbol(), "the fill threshold"));
      }
      if (method.PREVIOUS() != null) {
        return new PreviousFill(threshold);
      }
      if (method.LINEAR() != null) {
        return new LinearFill();
      }
      if (method.signedNumber() != null) {
        return new ConstantFill(Literals.signedNumber(method.signedNumber()));
      }
      if (method.STRING() != null) {
        return new ConstantFill(new StringLiteral(Names.string(method.STRING().getSymbol())));
      }
      return new ConstantFill(new BooleanLiteral(Literals.bool(method.booleanLiteral())));
    }
  }
}
