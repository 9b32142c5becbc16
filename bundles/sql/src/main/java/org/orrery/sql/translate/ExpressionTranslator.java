package org.orrery.sql.translate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.orrery.common.path.IllegalPathException;
import org.orrery.common.path.PartialPath;
import org.orrery.sql.ast.expression.BetweenExpression;
import org.orrery.sql.ast.expression.BinaryExpression;
import org.orrery.sql.ast.expression.BinaryOperator;
import org.orrery.sql.ast.expression.CaseExpression;
import org.orrery.sql.ast.expression.CastExpression;
import org.orrery.sql.ast.expression.DecimalLiteral;
import org.orrery.sql.ast.expression.Expression;
import org.orrery.sql.ast.expression.FunctionCall;
import org.orrery.sql.ast.expression.InExpression;
import org.orrery.sql.ast.expression.IntegerLiteral;
import org.orrery.sql.ast.expression.IsNullExpression;
import org.orrery.sql.ast.expression.LikeExpression;
import org.orrery.sql.ast.expression.Literal;
import org.orrery.sql.ast.expression.NowExpression;
import org.orrery.sql.ast.expression.PathExpression;
import org.orrery.sql.ast.expression.RegexpExpression;
import org.orrery.sql.ast.expression.TimeColumn;
import org.orrery.sql.ast.expression.UnaryExpression;
import org.orrery.sql.ast.expression.UnaryOperator;
import org.orrery.sql.ast.expression.WhenClause;
import org.orrery.sql.parser.OrrerySqlLexer;
import org.orrery.sql.parser.OrrerySqlParser.AdditiveContext;
import org.orrery.sql.parser.OrrerySqlParser.AndExpressionContext;
import org.orrery.sql.parser.OrrerySqlParser.AttributeArgumentContext;
import org.orrery.sql.parser.OrrerySqlParser.BetweenSuffixContext;
import org.orrery.sql.parser.OrrerySqlParser.CaseBranchContext;
import org.orrery.sql.parser.OrrerySqlParser.CaseExpressionContext;
import org.orrery.sql.parser.OrrerySqlParser.CastContext;
import org.orrery.sql.parser.OrrerySqlParser.ComparisonOperatorContext;
import org.orrery.sql.parser.OrrerySqlParser.ComparisonSuffixContext;
import org.orrery.sql.parser.OrrerySqlParser.ConstantContext;
import org.orrery.sql.parser.OrrerySqlParser.ExpressionContext;
import org.orrery.sql.parser.OrrerySqlParser.ExpressionNodeContext;
import org.orrery.sql.parser.OrrerySqlParser.FunctionArgumentContext;
import org.orrery.sql.parser.OrrerySqlParser.FunctionCallContext;
import org.orrery.sql.parser.OrrerySqlParser.InSuffixContext;
import org.orrery.sql.parser.OrrerySqlParser.IsNullSuffixContext;
import org.orrery.sql.parser.OrrerySqlParser.LiteralContext;
import org.orrery.sql.parser.OrrerySqlParser.LiteralValueContext;
import org.orrery.sql.parser.OrrerySqlParser.MultiplicativeContext;
import org.orrery.sql.parser.OrrerySqlParser.NotExpressionContext;
import org.orrery.sql.parser.OrrerySqlParser.OrExpressionContext;
import org.orrery.sql.parser.OrrerySqlParser.ParenthesizedContext;
import org.orrery.sql.parser.OrrerySqlParser.PathReferenceContext;
import org.orrery.sql.parser.OrrerySqlParser.PatternSuffixContext;
import org.orrery.sql.parser.OrrerySqlParser.PredicateContext;
import org.orrery.sql.parser.OrrerySqlParser.PredicateSuffixContext;
import org.orrery.sql.parser.OrrerySqlParser.SubstringCallContext;
import org.orrery.sql.parser.OrrerySqlParser.TimeColumnContext;
import org.orrery.sql.parser.OrrerySqlParser.UnaryContext;
import org.orrery.sql.parser.OrrerySqlParser.ValueArgumentContext;
import org.orrery.sql.parser.OrrerySqlParserBaseVisitor;

/**
 * Builds expression trees. Operator chains such as {@code a + b - c} arrive as flat lists from
 * the layered grammar and are folded left to right, which makes the operators left-associative.
 */
final class ExpressionTranslator extends OrrerySqlParserBaseVisitor<Expression> {

  Expression translate(ExpressionContext context) {
    return visit(context);
  }

  @Override
  public Expression visitExpression(ExpressionContext context) {
    return visit(context.orExpression());
  }

  @Override
  public Expression visitOrExpression(OrExpressionContext context) {
    return foldSameOperator(context.andExpression(), BinaryOperator.OR);
  }

  @Override
  public Expression visitAndExpression(AndExpressionContext context) {
    return foldSameOperator(context.notExpression(), BinaryOperator.AND);
  }

  private Expression foldSameOperator(
      List<? extends ParserRuleContext> operands, BinaryOperator op) {
    Expression result = visit(operands.get(0));
    for (int i = 1; i < operands.size(); i++) {
      result = new BinaryExpression(op, result, visit(operands.get(i)));
    }
    return result;
  }

  @Override
  public Expression visitNotExpression(NotExpressionContext context) {
    if (context.NOT() != null) {
      return new UnaryExpression(UnaryOperator.NOT, visit(context.notExpression()));
    }
    return visit(context.predicate());
  }

  @Override
  public Expression visitPredicate(PredicateContext context) {
    Expression result = visit(context.additive());
    for (PredicateSuffixContext suffix : context.predicateSuffix()) {
      result = applySuffix(result, suffix);
    }
    return result;
  }

  private Expression applySuffix(Expression value, PredicateSuffixContext suffix) {
    if (suffix instanceof ComparisonSuffixContext) {
      ComparisonSuffixContext comparison = (ComparisonSuffixContext) suffix;
      return new BinaryExpression(
          comparison(comparison.comparisonOperator()), value, visit(comparison.additive()));
    }
    if (suffix instanceof PatternSuffixContext) {
      PatternSuffixContext pattern = (PatternSuffixContext) suffix;
      String text = Names.string(pattern.STRING().getSymbol());
      boolean negated = pattern.NOT() != null;
      return pattern.LIKE() != null
          ? new LikeExpression(value, text, negated)
          : new RegexpExpression(value, text, negated);
    }
    if (suffix instanceof BetweenSuffixContext) {
      BetweenSuffixContext between = (BetweenSuffixContext) suffix;
      return new BetweenExpression(
          value, visit(between.lower), visit(between.upper), between.NOT() != null);
    }
    if (suffix instanceof IsNullSuffixContext) {
      return new IsNullExpression(value, ((IsNullSuffixContext) suffix).NOT() != null);
    }
    InSuffixContext in = (InSuffixContext) suffix;
    List<Literal> candidates = new ArrayList<>();
    for (ConstantContext constant : in.constant()) {
      candidates.add(Literals.constant(constant));
    }
    return new InExpression(value, candidates, in.NOT() != null);
  }

  static BinaryOperator comparison(ComparisonOperatorContext context) {
    switch (context.start.getType()) {
      case OrrerySqlLexer.EQ:
      case OrrerySqlLexer.DOUBLE_EQ:
        return BinaryOperator.EQUAL;
      case OrrerySqlLexer.NEQ:
        return BinaryOperator.NOT_EQUAL;
      case OrrerySqlLexer.LT:
        return BinaryOperator.LESS_THAN;
      case OrrerySqlLexer.LTE:
        return BinaryOperator.LESS_OR_EQUAL;
      case OrrerySqlLexer.GT:
        return BinaryOperator.GREATER_THAN;
      default:
        return BinaryOperator.GREATER_OR_EQUAL;
    }
  }

  @Override
  public Expression visitAdditive(AdditiveContext context) {
    return foldMixed(context);
  }

  @Override
  public Expression visitMultiplicative(MultiplicativeContext context) {
    return foldMixed(context);
  }

  /** Folds {@code operand (op operand)*} where the children alternate operand and operator. */
  private Expression foldMixed(ParserRuleContext context) {
    Expression result = visit(context.getChild(0));
    for (int i = 1; i + 1 < context.getChildCount(); i += 2) {
      Token op = ((TerminalNode) context.getChild(i)).getSymbol();
      result = new BinaryExpression(arithmetic(op), result, visit(context.getChild(i + 1)));
    }
    return result;
  }

  private static BinaryOperator arithmetic(Token op) {
    switch (op.getType()) {
      case OrrerySqlLexer.PLUS:
        return BinaryOperator.ADD;
      case OrrerySqlLexer.MINUS:
        return BinaryOperator.SUBTRACT;
      case OrrerySqlLexer.STAR:
        return BinaryOperator.MULTIPLY;
      case OrrerySqlLexer.SLASH:
        return BinaryOperator.DIVIDE;
      default:
        return BinaryOperator.MODULO;
    }
  }

  @Override
  public Expression visitUnary(UnaryContext context) {
    if (context.primary() != null) {
      return visit(context.primary());
    }
    Token op = context.start;
    if (op.getType() == OrrerySqlLexer.BANG) {
      return new UnaryExpression(UnaryOperator.NOT, visit(context.unary()));
    }
    boolean negate = op.getType() == OrrerySqlLexer.MINUS;
    Optional<Expression> folded = signedNumber(context.unary(), negate);
    if (folded.isPresent()) {
      return folded.get();
    }
    return new UnaryExpression(
        negate ? UnaryOperator.NEGATE : UnaryOperator.PLUS, visit(context.unary()));
  }

  /**
   * A sign directly before a number is part of the number, so {@code -9223372036854775808} (whose
   * digits alone overflow) and {@code -1} in {@code IN (-1, 2)} are plain constants.
   */
  private Optional<Expression> signedNumber(UnaryContext operand, boolean negate) {
    if (!(operand.primary() instanceof LiteralValueContext)) {
      return Optional.empty();
    }
    LiteralContext literal = ((LiteralValueContext) operand.primary()).literal();
    String sign = negate ? "-" : "";
    if (literal.INTEGER() != null) {
      return Optional.of(
          new IntegerLiteral(Literals.integer(sign + literal.INTEGER().getText(), literal.start)));
    }
    if (literal.DECIMAL() != null) {
      return Optional.of(new DecimalLiteral(sign + literal.DECIMAL().getText()));
    }
    return Optional.empty();
  }

  @Override
  public Expression visitParenthesized(ParenthesizedContext context) {
    return visit(context.expression());
  }

  @Override
  public Expression visitCast(CastContext context) {
    return new CastExpression(visit(context.expression()), Literals.dataType(context.dataType()));
  }

  @Override
  public Expression visitCaseExpression(CaseExpressionContext context) {
    List<WhenClause> branches = new ArrayList<>();
    for (CaseBranchContext branch : context.caseBranch()) {
      branches.add(new WhenClause(visit(branch.condition), visit(branch.result)));
    }
    return new CaseExpression(
        Optional.ofNullable(context.operand).map(this::visit),
        branches,
        Optional.ofNullable(context.otherwise).map(this::visit));
  }

  @Override
  public Expression visitSubstringCall(SubstringCallContext context) {
    String name = context.SUBSTRING().getText();
    List<Expression> arguments = new ArrayList<>();
    arguments.add(visit(context.value));
    arguments.add(visit(context.offset));
    if (context.length != null) {
      arguments.add(visit(context.length));
    }
    return new FunctionCall(name, arguments, Map.of());
  }

  @Override
  public Expression visitFunctionCall(FunctionCallContext context) {
    String name = Names.identifier(context.identifier());
    List<Expression> arguments = new ArrayList<>();
    Map<String, String> attributes = new LinkedHashMap<>();
    for (FunctionArgumentContext argument : context.functionArgument()) {
      if (argument instanceof ValueArgumentContext) {
        arguments.add(visit(((ValueArgumentContext) argument).expression()));
      } else {
        AttributeArgumentContext attribute = (AttributeArgumentContext) argument;
        String key = Names.string(attribute.STRING().getSymbol());
        if (attributes.put(key, Literals.constantText(attribute.constant())) != null) {
          throw Errors.at(attribute, "duplicate attribute '" + key + "' in " + name + "(...)");
        }
      }
    }
    if (name.equalsIgnoreCase("now") && arguments.isEmpty() && attributes.isEmpty()) {
      return new NowExpression();
    }
    return new FunctionCall(name, arguments, attributes);
  }

  @Override
  public Expression visitLiteralValue(LiteralValueContext context) {
    return Literals.literal(context.literal());
  }

  @Override
  public Expression visitTimeColumn(TimeColumnContext context) {
    return new TimeColumn();
  }

  @Override
  public Expression visitPathReference(PathReferenceContext context) {
    List<String> nodes = new ArrayList<>();
    if (context.ROOT() != null) {
      nodes.add(PartialPath.ROOT);
    }
    for (ExpressionNodeContext node : context.expressionNode()) {
      if (node.identifier() == null) {
        nodes.add(node.getText());
        continue;
      }
      String name = Names.identifier(node.identifier());
      if (Names.isQuoted(node.identifier()) && name.indexOf('*') >= 0) {
        throw Errors.at(node, "quoted node name `" + name + "` contains '*', which is reserved"
            + " for wildcards");
      }
      nodes.add(name);
    }
    try {
      return new PathExpression(PartialPath.of(nodes));
    } catch (IllegalPathException e) {
      throw Errors.at(context, e.getMessage());
    }
  }

  @Override
  protected Expression aggregateResult(Expression aggregate, Expression nextResult) {
    return nextResult != null ? nextResult : aggregate;
  }
}
