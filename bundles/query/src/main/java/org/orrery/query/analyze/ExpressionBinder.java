package org.orrery.query.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.path.PartialPath;
import org.orrery.common.time.TimeContext;
import org.orrery.common.type.DataType;
import org.orrery.engine.function.BoundScalar;
import org.orrery.engine.function.FunctionArguments;
import org.orrery.engine.function.ScalarFunction;
import org.orrery.query.block.Values;
import org.orrery.query.expression.Arithmetic;
import org.orrery.query.expression.Between;
import org.orrery.query.expression.Cast;
import org.orrery.query.expression.CaseWhen;
import org.orrery.query.expression.Comparison;
import org.orrery.query.expression.Constant;
import org.orrery.query.expression.Expr;
import org.orrery.query.expression.InList;
import org.orrery.query.expression.IsNull;
import org.orrery.query.expression.Logical;
import org.orrery.query.expression.Negate;
import org.orrery.query.expression.Not;
import org.orrery.query.expression.PatternMatch;
import org.orrery.query.expression.ScalarCall;
import org.orrery.query.expression.TimeValue;
import org.orrery.query.function.FunctionRegistry;
import org.orrery.sql.ast.expression.BetweenExpression;
import org.orrery.sql.ast.expression.BinaryExpression;
import org.orrery.sql.ast.expression.BinaryOperator;
import org.orrery.sql.ast.expression.BooleanLiteral;
import org.orrery.sql.ast.expression.CaseExpression;
import org.orrery.sql.ast.expression.CastExpression;
import org.orrery.sql.ast.expression.DateTimeConstant;
import org.orrery.sql.ast.expression.DecimalLiteral;
import org.orrery.sql.ast.expression.DurationConstant;
import org.orrery.sql.ast.expression.Expression;
import org.orrery.sql.ast.expression.FunctionCall;
import org.orrery.sql.ast.expression.InExpression;
import org.orrery.sql.ast.expression.IntegerLiteral;
import org.orrery.sql.ast.expression.IsNullExpression;
import org.orrery.sql.ast.expression.LikeExpression;
import org.orrery.sql.ast.expression.Literal;
import org.orrery.sql.ast.expression.NowExpression;
import org.orrery.sql.ast.expression.NullLiteral;
import org.orrery.sql.ast.expression.PathExpression;
import org.orrery.sql.ast.expression.RegexpExpression;
import org.orrery.sql.ast.expression.StringLiteral;
import org.orrery.sql.ast.expression.TimeColumn;
import org.orrery.sql.ast.expression.UnaryExpression;
import org.orrery.sql.ast.expression.UnaryOperator;
import org.orrery.sql.ast.expression.WhenClause;

/**
 * Turns a concrete expression (full paths, no wildcards) into an {@link Expr}: checks operand
 * types, binds scalar functions from the registry and resolves leaves through {@link Leaves}.
 */
public final class ExpressionBinder {
  /** How paths and special calls (aggregations, already computed columns) become inputs. */
  public interface Leaves {
    /** The input holding the series at {@code path}. */
    Expr path(PartialPath path);

    /** An input standing for {@code call} (e.g. an aggregation's result), or null to bind it as a scalar function. */
    default Expr call(FunctionCall call) {
      return null;
    }
  }

  private final FunctionRegistry functions;
  private final TimeContext time;
  private final Leaves leaves;

  public ExpressionBinder(FunctionRegistry functions, TimeContext time, Leaves leaves) {
    this.functions = functions;
    this.time = time;
    this.leaves = leaves;
  }

  public Expr bind(Expression expression) {
    if (expression instanceof Literal literal) {
      return constant(literal);
    }
    if (expression instanceof TimeColumn) {
      return new TimeValue();
    }
    if (expression instanceof NowExpression) {
      return new Constant(DataType.INT64, time.now());
    }
    if (expression instanceof PathExpression path) {
      return leaves.path(path.path());
    }
    if (expression instanceof FunctionCall call) {
      Expr leaf = leaves.call(call);
      return leaf != null ? leaf : scalar(call);
    }
    if (expression instanceof BinaryExpression binary) {
      return binary(binary);
    }
    if (expression instanceof UnaryExpression unary) {
      Expr operand = bind(unary.operand());
      if (unary.operator() == UnaryOperator.NOT) {
        requireBoolean(operand, unary.operand());
        return new Not(operand);
      }
      requireNumeric(operand, unary.operand());
      return unary.operator() == UnaryOperator.NEGATE ? new Negate(operand) : operand;
    }
    if (expression instanceof InExpression in) {
      Expr value = bind(in.value());
      List<Constant> candidates = new ArrayList<>();
      for (Literal candidate : in.candidates()) {
        Constant constant = coerce(constant(candidate), value.type(), in.value());
        if (constant.value() != null) {
          requireComparable(value, constant, expression);
        }
        candidates.add(constant);
      }
      return new InList(value, candidates, in.negated());
    }
    if (expression instanceof BetweenExpression between) {
      Expr value = bind(between.value());
      Expr lower = coerceExpr(bind(between.lower()), value.type(), between.value());
      Expr upper = coerceExpr(bind(between.upper()), value.type(), between.value());
      requireComparable(value, lower, expression);
      requireComparable(value, upper, expression);
      return new Between(value, lower, upper, between.negated());
    }
    if (expression instanceof LikeExpression like) {
      Expr value = bind(like.value());
      requireText(value, like.value());
      return new PatternMatch(value, PatternMatch.likePattern(like.pattern()), true, like.negated());
    }
    if (expression instanceof RegexpExpression regexp) {
      Expr value = bind(regexp.value());
      requireText(value, regexp.value());
      try {
        return new PatternMatch(
            value, java.util.regex.Pattern.compile(regexp.pattern()), false, regexp.negated());
      } catch (java.util.regex.PatternSyntaxException e) {
        throw semantic("invalid regular expression '" + regexp.pattern() + "': " + e.getDescription());
      }
    }
    if (expression instanceof IsNullExpression isNull) {
      return new IsNull(bind(isNull.value()), isNull.negated());
    }
    if (expression instanceof CastExpression cast) {
      return new Cast(bind(cast.value()), cast.type());
    }
    return caseWhen((CaseExpression) expression);
  }

  private Expr binary(BinaryExpression binary) {
    OptionalLong folded = foldTime(binary);
    if (folded.isPresent()) {
      return new Constant(DataType.INT64, folded.getAsLong());
    }
    BinaryOperator op = binary.operator();
    Expr left = bind(binary.left());
    Expr right = bind(binary.right());
    if (op.isArithmetic()) {
      requireNumeric(left, binary.left());
      requireNumeric(right, binary.right());
      return new Arithmetic(op, left, right);
    }
    if (op.isLogical()) {
      requireBoolean(left, binary.left());
      requireBoolean(right, binary.right());
      return new Logical(op == BinaryOperator.AND, left, right);
    }
    left = coerceExpr(left, right.type(), binary.right());
    right = coerceExpr(right, left.type(), binary.left());
    requireComparable(left, right, binary);
    return new Comparison(op, left, right);
  }

  /** A time expression such as {@code now() - 1d} that must be folded before binding. */
  private OptionalLong foldTime(BinaryExpression binary) {
    if (binary.left() instanceof DurationConstant || binary.right() instanceof DurationConstant) {
      OptionalLong value = TimeConstants.fold(binary, time);
      if (value.isEmpty()) {
        throw semantic("a duration can only be added to or subtracted from a time: '"
            + binary.toSql() + "'");
      }
      return value;
    }
    return OptionalLong.empty();
  }

  private Expr scalar(FunctionCall call) {
    ScalarFunction function = functions.scalar(call.name()).orElse(null);
    if (function == null) {
      String kind = functions.kindOf(call.name()).map(k -> switch (k) {
        case AGGREGATE -> "aggregation";
        case TRANSFORM -> "transform function";
        case SCALAR -> "scalar function";
      }).orElse(null);
      if (kind == null) {
        throw semantic("unknown function '" + call.name() + "'");
      }
      throw semantic(kind + " '" + call.name() + "' cannot be used inside this expression");
    }
    FunctionLiterals.Split split = FunctionLiterals.split(call);
    List<Expr> arguments = new ArrayList<>();
    List<DataType> types = new ArrayList<>();
    for (Expression argument : split.arguments()) {
      Expr bound = bind(argument);
      arguments.add(bound);
      types.add(bound.type());
    }
    BoundScalar bound = function.bind(new FunctionArguments(
        call.name().toLowerCase(java.util.Locale.ROOT), types, split.attributes()));
    return new ScalarCall(bound, arguments);
  }

  private Expr caseWhen(CaseExpression expression) {
    List<Expr> conditions = new ArrayList<>();
    List<Expr> results = new ArrayList<>();
    Expr operand = expression.operand().map(this::bind).orElse(null);
    for (WhenClause branch : expression.branches()) {
      Expr condition = bind(branch.condition());
      if (operand != null) {
        condition = new Comparison(BinaryOperator.EQUAL, operand, coerceExpr(condition, operand.type(), branch.condition()));
      } else {
        requireBoolean(condition, branch.condition());
      }
      conditions.add(condition);
      results.add(bind(branch.result()));
    }
    Expr otherwise = expression.otherwise().map(this::bind).orElse(null);
    DataType type = commonType(results, otherwise);
    List<Expr> cast = new ArrayList<>();
    for (Expr result : results) {
      cast.add(result.type() == type ? result : new Cast(result, type));
    }
    Expr other = otherwise == null || otherwise.type() == type ? otherwise : new Cast(otherwise, type);
    return new CaseWhen(conditions, cast, other, type);
  }

  private static DataType commonType(List<Expr> results, Expr otherwise) {
    List<Expr> all = new ArrayList<>(results);
    if (otherwise != null) {
      all.add(otherwise);
    }
    DataType type = null;
    for (Expr result : all) {
      if (result instanceof Constant constant && constant.value() == null) {
        continue;
      }
      if (type == null) {
        type = result.type();
      } else if (type != result.type()) {
        if (type.isNumeric() && result.type().isNumeric()) {
          type = DataType.DOUBLE;
        } else {
          type = DataType.TEXT;
        }
      }
    }
    return type == null ? DataType.TEXT : type;
  }

  /** The constant of a literal; NULL is typed by its context later. */
  private Constant constant(Literal literal) {
    if (literal instanceof IntegerLiteral integer) {
      return new Constant(DataType.INT64, integer.value());
    }
    if (literal instanceof DecimalLiteral decimal) {
      return new Constant(DataType.DOUBLE, decimal.doubleValue());
    }
    if (literal instanceof StringLiteral string) {
      return new Constant(DataType.TEXT, Values.utf8(string.value()));
    }
    if (literal instanceof BooleanLiteral bool) {
      return new Constant(DataType.BOOLEAN, bool.value());
    }
    if (literal instanceof DateTimeConstant dateTime) {
      return new Constant(DataType.INT64, dateTime.value().toTimestamp(time.zone(), time.precision()));
    }
    if (literal instanceof NullLiteral) {
      return new Constant(DataType.TEXT, null);
    }
    throw semantic("a duration ('" + literal.toSql() + "') can only be added to a time");
  }

  /**
   * Adapts a constant to the type of what it is compared with: a NULL takes that type, and a
   * text constant compared with a BOOLEAN reads as one.
   */
  private Constant coerce(Constant constant, DataType target, Expression context) {
    if (constant.value() == null) {
      return new Constant(target, null);
    }
    if (target == DataType.BOOLEAN && constant.type().isBinary()) {
      String text = Values.text(constant.value());
      if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
        return new Constant(DataType.BOOLEAN, Boolean.parseBoolean(text));
      }
    }
    return constant;
  }

  private Expr coerceExpr(Expr expr, DataType target, Expression context) {
    return expr instanceof Constant constant ? coerce(constant, target, context) : expr;
  }

  private static void requireComparable(Expr left, Expr right, Expression where) {
    if (!comparable(left.type(), right.type())) {
      throw semantic("cannot compare " + left.type() + " with " + right.type() + " in '"
          + where.toSql() + "'");
    }
  }

  private static boolean comparable(DataType a, DataType b) {
    boolean numberA = a.isNumeric() || a == DataType.TIMESTAMP || a == DataType.DATE;
    boolean numberB = b.isNumeric() || b == DataType.TIMESTAMP || b == DataType.DATE;
    return (numberA && numberB) || (a.isBinary() && b.isBinary()) || a == b;
  }

  private static void requireNumeric(Expr expr, Expression source) {
    if (!expr.type().isNumeric()) {
      throw semantic("'" + source.toSql() + "' is " + expr.type() + ", but arithmetic needs a number");
    }
  }

  private static void requireBoolean(Expr expr, Expression source) {
    if (expr.type() != DataType.BOOLEAN) {
      throw semantic("'" + source.toSql() + "' is " + expr.type() + ", but a condition must be BOOLEAN");
    }
  }

  private static void requireText(Expr expr, Expression source) {
    if (!expr.type().isBinary()) {
      throw semantic("'" + source.toSql() + "' is " + expr.type() + ", but LIKE and REGEXP need text");
    }
  }

  static OrreryException semantic(String message) {
    return new OrreryException(ErrorCode.SEMANTIC_ERROR, message);
  }
}
