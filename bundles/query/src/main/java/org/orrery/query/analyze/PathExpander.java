package org.orrery.query.analyze;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.orrery.common.path.PartialPath;
import org.orrery.common.path.PathPattern;
import org.orrery.engine.schema.SchemaEngine;
import org.orrery.engine.schema.SeriesInfo;
import org.orrery.sql.ast.expression.BetweenExpression;
import org.orrery.sql.ast.expression.BinaryExpression;
import org.orrery.sql.ast.expression.CaseExpression;
import org.orrery.sql.ast.expression.CastExpression;
import org.orrery.sql.ast.expression.Expression;
import org.orrery.sql.ast.expression.FunctionCall;
import org.orrery.sql.ast.expression.InExpression;
import org.orrery.sql.ast.expression.IsNullExpression;
import org.orrery.sql.ast.expression.LikeExpression;
import org.orrery.sql.ast.expression.PathExpression;
import org.orrery.sql.ast.expression.RegexpExpression;
import org.orrery.sql.ast.expression.UnaryExpression;
import org.orrery.sql.ast.expression.WhenClause;

/**
 * Replaces the path patterns of an expression by the series they match: each suffix is put
 * behind each FROM prefix (or used as is when it starts with {@code root}) and resolved against
 * the schema. An expression with several patterns becomes the cartesian product of their
 * matches, in the order IoTDB uses: patterns left to right, each pattern's series in schema tree
 * order ({@link SchemaTreeOrder}).
 */
public final class PathExpander {
  private final SchemaEngine schema;
  private final List<PartialPath> prefixes;
  private final Map<PartialPath, SeriesInfo> seen = new LinkedHashMap<>();

  /** @param prefixes the FROM paths, or a single device for ALIGN BY DEVICE */
  public PathExpander(SchemaEngine schema, List<PartialPath> prefixes) {
    this.schema = schema;
    this.prefixes = prefixes;
  }

  /** Every series any expansion so far resolved, by path. */
  public Map<PartialPath, SeriesInfo> series() {
    return seen;
  }

  public Optional<SeriesInfo> info(PartialPath path) {
    return Optional.ofNullable(seen.get(path));
  }

  /** The series a single path pattern matches, in schema tree order, without duplicates. */
  public List<PartialPath> resolve(PartialPath pattern) {
    Set<PartialPath> out = new LinkedHashSet<>();
    List<PartialPath> candidates = new ArrayList<>();
    if (pattern.isFullPath()) {
      candidates.add(pattern);
    } else {
      for (PartialPath prefix : prefixes) {
        candidates.add(prefix.concat(pattern));
      }
    }
    for (PartialPath candidate : candidates) {
      List<PartialPath> matched = new ArrayList<>();
      for (SeriesInfo info : schema.series(PathPattern.of(candidate), List.of(), 0, 0)) {
        seen.putIfAbsent(info.path(), info);
        matched.add(info.path());
      }
      out.addAll(candidate.hasWildcard() ? SchemaTreeOrder.of(matched) : matched);
    }
    return new ArrayList<>(out);
  }

  /** All concrete expressions {@code expression} stands for. */
  public List<Expression> expand(Expression expression) {
    if (expression instanceof PathExpression path) {
      List<Expression> out = new ArrayList<>();
      for (PartialPath series : resolve(path.path())) {
        out.add(new PathExpression(series));
      }
      return out;
    }
    if (expression instanceof FunctionCall call) {
      List<List<Expression>> choices = new ArrayList<>();
      for (int i = 0; i < call.arguments().size(); i++) {
        Expression argument = call.arguments().get(i);
        choices.add(FunctionLiterals.isLiteralArgument(call, i) ? List.of(argument) : expand(argument));
      }
      List<Expression> out = new ArrayList<>();
      for (List<Expression> arguments : product(choices)) {
        out.add(new FunctionCall(call.name(), arguments, call.attributes()));
      }
      return out;
    }
    if (expression instanceof BinaryExpression binary) {
      return combine(List.of(binary.left(), binary.right()),
          parts -> new BinaryExpression(binary.operator(), parts.get(0), parts.get(1)));
    }
    if (expression instanceof UnaryExpression unary) {
      return combine(List.of(unary.operand()), parts -> new UnaryExpression(unary.operator(), parts.get(0)));
    }
    if (expression instanceof InExpression in) {
      return combine(List.of(in.value()), parts -> new InExpression(parts.get(0), in.candidates(), in.negated()));
    }
    if (expression instanceof BetweenExpression between) {
      return combine(List.of(between.value(), between.lower(), between.upper()),
          parts -> new BetweenExpression(parts.get(0), parts.get(1), parts.get(2), between.negated()));
    }
    if (expression instanceof LikeExpression like) {
      return combine(List.of(like.value()), parts -> new LikeExpression(parts.get(0), like.pattern(), like.negated()));
    }
    if (expression instanceof RegexpExpression regexp) {
      return combine(List.of(regexp.value()),
          parts -> new RegexpExpression(parts.get(0), regexp.pattern(), regexp.negated()));
    }
    if (expression instanceof IsNullExpression isNull) {
      return combine(List.of(isNull.value()), parts -> new IsNullExpression(parts.get(0), isNull.negated()));
    }
    if (expression instanceof CastExpression cast) {
      return combine(List.of(cast.value()), parts -> new CastExpression(parts.get(0), cast.type()));
    }
    if (expression instanceof CaseExpression caseExpression) {
      List<Expression> parts = new ArrayList<>();
      caseExpression.operand().ifPresent(parts::add);
      for (WhenClause branch : caseExpression.branches()) {
        parts.add(branch.condition());
        parts.add(branch.result());
      }
      caseExpression.otherwise().ifPresent(parts::add);
      return combine(parts, expanded -> {
        int at = 0;
        Optional<Expression> operand =
            caseExpression.operand().isPresent() ? Optional.of(expanded.get(at++)) : Optional.empty();
        List<WhenClause> branches = new ArrayList<>();
        for (int b = 0; b < caseExpression.branches().size(); b++) {
          branches.add(new WhenClause(expanded.get(at++), expanded.get(at++)));
        }
        Optional<Expression> otherwise =
            caseExpression.otherwise().isPresent() ? Optional.of(expanded.get(at)) : Optional.empty();
        return new CaseExpression(operand, branches, otherwise);
      });
    }
    return List.of(expression);
  }

  private List<Expression> combine(
      List<Expression> parts, java.util.function.Function<List<Expression>, Expression> rebuild) {
    List<List<Expression>> choices = new ArrayList<>();
    for (Expression part : parts) {
      choices.add(expand(part));
    }
    List<Expression> out = new ArrayList<>();
    for (List<Expression> chosen : product(choices)) {
      out.add(rebuild.apply(chosen));
    }
    return out;
  }

  private static List<List<Expression>> product(List<List<Expression>> choices) {
    List<List<Expression>> out = new ArrayList<>();
    out.add(new ArrayList<>());
    for (List<Expression> options : choices) {
      List<List<Expression>> next = new ArrayList<>();
      for (List<Expression> prefix : out) {
        for (Expression option : options) {
          List<Expression> longer = new ArrayList<>(prefix);
          longer.add(option);
          next.add(longer);
        }
      }
      out = next;
    }
    return out;
  }
}
