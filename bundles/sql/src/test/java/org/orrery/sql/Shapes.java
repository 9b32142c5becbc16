package org.orrery.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.orrery.sql.ast.TimeRange;
import org.orrery.sql.ast.expression.BetweenExpression;
import org.orrery.sql.ast.expression.BinaryExpression;
import org.orrery.sql.ast.expression.BooleanLiteral;
import org.orrery.sql.ast.expression.CaseExpression;
import org.orrery.sql.ast.expression.CastExpression;
import org.orrery.sql.ast.expression.DateTimeConstant;
import org.orrery.sql.ast.expression.DecimalLiteral;
import org.orrery.sql.ast.expression.DurationConstant;
import org.orrery.sql.ast.expression.Expression;
import org.orrery.sql.ast.expression.ExpressionVisitor;
import org.orrery.sql.ast.expression.FunctionCall;
import org.orrery.sql.ast.expression.InExpression;
import org.orrery.sql.ast.expression.IntegerLiteral;
import org.orrery.sql.ast.expression.IsNullExpression;
import org.orrery.sql.ast.expression.LikeExpression;
import org.orrery.sql.ast.expression.NowExpression;
import org.orrery.sql.ast.expression.NullLiteral;
import org.orrery.sql.ast.expression.PathExpression;
import org.orrery.sql.ast.expression.RegexpExpression;
import org.orrery.sql.ast.expression.StringLiteral;
import org.orrery.sql.ast.expression.TimeColumn;
import org.orrery.sql.ast.expression.UnaryExpression;
import org.orrery.sql.ast.expression.WhenClause;
import org.orrery.sql.ast.query.ConditionWindow;
import org.orrery.sql.ast.query.ConstantFill;
import org.orrery.sql.ast.query.CountWindow;
import org.orrery.sql.ast.query.FillSpec;
import org.orrery.sql.ast.query.GroupByClause;
import org.orrery.sql.ast.query.IntoItem;
import org.orrery.sql.ast.query.LinearFill;
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

/**
 * Test-only compact rendering of statement structure, written independently of the production
 * SQL rendering: expressions become prefix S-expressions such as {@code (> s1 5)} and queries list
 * only the clauses that are present. Expected strings in tests are written by hand from the SQL.
 */
final class Shapes implements ExpressionVisitor<String> {
  private static final Shapes INSTANCE = new Shapes();

  static String of(Expression expression) {
    return expression.accept(INSTANCE);
  }

  static String of(QueryStatement query) {
    List<String> parts = new ArrayList<>();
    parts.add((query.lastQuery() ? "last " : "") + "select=" + list(query.selectItems(), Shapes::item));
    query.into().ifPresent(into -> parts.add("into=" + list(into.items(), Shapes::into)));
    parts.add("from=" + query.from());
    query.where().ifPresent(where -> parts.add("where=" + of(where)));
    query.groupBy().ifPresent(groupBy -> parts.add("groupBy=" + groupBy(groupBy)));
    query.having().ifPresent(having -> parts.add("having=" + of(having)));
    if (!query.orderBy().isEmpty()) {
      parts.add("orderBy=" + list(query.orderBy(), Shapes::order));
    }
    query.fill().ifPresent(fill -> parts.add("fill=" + fill(fill)));
    String options = options(query.options());
    if (!options.isEmpty()) {
      parts.add(options);
    }
    return String.join(" ", parts);
  }

  private static <T> String list(List<T> items, java.util.function.Function<T, String> render) {
    return items.stream().map(render).collect(Collectors.joining(", ", "[", "]"));
  }

  private static String item(SelectItem item) {
    return of(item.expression()) + item.alias().map(a -> " as " + a).orElse("");
  }

  private static String into(IntoItem item) {
    return (item.aligned() ? "aligned " : "")
        + String.join(".", item.deviceNodes())
        + "(" + String.join(",", item.measurements()) + ")";
  }

  static String range(TimeRange range) {
    return (range.startInclusive() ? "[" : "(") + range.start() + ", " + range.end()
        + (range.endInclusive() ? "]" : ")");
  }

  private static String groupBy(GroupByClause clause) {
    List<String> parts = new ArrayList<>();
    clause.window().ifPresent(window -> parts.add(window(window)));
    if (clause.byLevel()) {
      parts.add("level" + clause.levels());
    }
    if (clause.byTags()) {
      parts.add("tags" + clause.tagKeys());
    }
    return String.join(" ", parts);
  }

  private static String window(WindowGrouping window) {
    if (window instanceof TimeWindow) {
      TimeWindow time = (TimeWindow) window;
      return "time(" + time.range().map(Shapes::range).map(r -> r + ", ").orElse("")
          + time.interval() + time.step().map(s -> ", " + s).orElse("") + ")";
    }
    if (window instanceof VariationWindow) {
      VariationWindow variation = (VariationWindow) window;
      return "variation(" + of(variation.control()) + ", " + variation.delta() + ", "
          + variation.ignoreNull() + ")";
    }
    if (window instanceof ConditionWindow) {
      ConditionWindow condition = (ConditionWindow) window;
      return "condition(" + of(condition.predicate()) + ", keep" + condition.keep().operator().symbol()
          + condition.keep().threshold() + ", " + condition.ignoreNull() + ")";
    }
    if (window instanceof SessionWindow) {
      return "session(" + ((SessionWindow) window).gap() + ")";
    }
    CountWindow count = (CountWindow) window;
    return "count(" + of(count.control()) + ", " + count.size() + ", " + count.ignoreNull() + ")";
  }

  private static String order(OrderItem item) {
    String key = item.key() == SortKey.EXPRESSION ? of(item.expression().get()) : item.key().name();
    return key + (item.descending() ? " desc" : " asc")
        + item.nulls().map(n -> " nulls " + n.name().toLowerCase()).orElse("");
  }

  private static String fill(FillSpec fill) {
    if (fill instanceof PreviousFill) {
      return "previous" + ((PreviousFill) fill).threshold().map(t -> "(" + t + ")").orElse("");
    }
    if (fill instanceof LinearFill) {
      return "linear";
    }
    return "const(" + of(((ConstantFill) fill).value()) + ")";
  }

  private static String options(ResultSetOptions options) {
    List<String> parts = new ArrayList<>();
    options.rowLimit().ifPresent(v -> parts.add("limit=" + v));
    options.rowOffset().ifPresent(v -> parts.add("offset=" + v));
    options.seriesLimit().ifPresent(v -> parts.add("slimit=" + v));
    options.seriesOffset().ifPresent(v -> parts.add("soffset=" + v));
    if (options.alignBy() != org.orrery.sql.ast.query.AlignBy.TIME) {
      parts.add("alignBy=" + options.alignBy());
    }
    return String.join(" ", parts);
  }

  @Override
  public String visitInteger(IntegerLiteral literal) {
    return Long.toString(literal.value());
  }

  @Override
  public String visitDecimal(DecimalLiteral literal) {
    return literal.text();
  }

  @Override
  public String visitString(StringLiteral literal) {
    return "'" + literal.value() + "'";
  }

  @Override
  public String visitBoolean(BooleanLiteral literal) {
    return Boolean.toString(literal.value());
  }

  @Override
  public String visitNull(NullLiteral literal) {
    return "null";
  }

  @Override
  public String visitDateTime(DateTimeConstant literal) {
    return "dt:" + literal.value().text();
  }

  @Override
  public String visitDuration(DurationConstant literal) {
    return "dur:" + literal.value();
  }

  @Override
  public String visitNow(NowExpression now) {
    return "now()";
  }

  @Override
  public String visitTimeColumn(TimeColumn time) {
    return "time";
  }

  @Override
  public String visitPath(PathExpression path) {
    return path.path().toString();
  }

  @Override
  public String visitFunctionCall(FunctionCall call) {
    List<String> arguments = new ArrayList<>();
    call.arguments().forEach(a -> arguments.add(a.accept(this)));
    for (Map.Entry<String, String> attribute : call.attributes().entrySet()) {
      arguments.add(attribute.getKey() + "=" + attribute.getValue());
    }
    return call.name() + "(" + String.join(", ", arguments) + ")";
  }

  @Override
  public String visitBinary(BinaryExpression binary) {
    return "(" + binary.operator().symbol().toLowerCase() + " " + binary.left().accept(this) + " "
        + binary.right().accept(this) + ")";
  }

  @Override
  public String visitUnary(UnaryExpression unary) {
    String op;
    switch (unary.operator()) {
      case NEGATE:
        op = "neg";
        break;
      case PLUS:
        op = "pos";
        break;
      default:
        op = "not";
    }
    return "(" + op + " " + unary.operand().accept(this) + ")";
  }

  @Override
  public String visitIn(InExpression in) {
    return "(" + (in.negated() ? "not-in " : "in ") + in.value().accept(this) + " "
        + in.candidates().stream().map(c -> c.accept(this)).collect(Collectors.joining(", ", "[", "]"))
        + ")";
  }

  @Override
  public String visitBetween(BetweenExpression between) {
    return "(" + (between.negated() ? "not-between " : "between ") + between.value().accept(this)
        + " " + between.lower().accept(this) + " " + between.upper().accept(this) + ")";
  }

  @Override
  public String visitLike(LikeExpression like) {
    return "(" + (like.negated() ? "not-like " : "like ") + like.value().accept(this) + " '"
        + like.pattern() + "')";
  }

  @Override
  public String visitRegexp(RegexpExpression regexp) {
    return "(" + (regexp.negated() ? "not-regexp " : "regexp ") + regexp.value().accept(this)
        + " '" + regexp.pattern() + "')";
  }

  @Override
  public String visitIsNull(IsNullExpression isNull) {
    return "(" + (isNull.negated() ? "is-not-null " : "is-null ") + isNull.value().accept(this) + ")";
  }

  @Override
  public String visitCast(CastExpression cast) {
    return "(cast " + cast.value().accept(this) + " " + cast.type() + ")";
  }

  @Override
  public String visitCase(CaseExpression caseExpression) {
    StringBuilder text = new StringBuilder("(case");
    caseExpression.operand().ifPresent(o -> text.append(' ').append(o.accept(this)));
    for (WhenClause branch : caseExpression.branches()) {
      text.append(" (when ").append(branch.condition().accept(this)).append(' ')
          .append(branch.result().accept(this)).append(')');
    }
    caseExpression.otherwise().ifPresent(o -> text.append(" (else ").append(o.accept(this)).append(')'));
    return text.append(')').toString();
  }
}
