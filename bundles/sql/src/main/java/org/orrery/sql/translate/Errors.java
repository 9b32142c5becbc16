package org.orrery.sql.translate;

import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.orrery.sql.SqlSyntaxException;

/** Errors found while translating a parse tree, positioned at the token they are about. */
final class Errors {
  private Errors() {}

  static SqlSyntaxException at(Token token, String problem) {
    return new SqlSyntaxException(
        token.getLine(), token.getCharPositionInLine(), token.getText(), problem, List.of());
  }

  static SqlSyntaxException at(ParserRuleContext context, String problem) {
    return new SqlSyntaxException(
        context.start.getLine(),
        context.start.getCharPositionInLine(),
        context.getText(),
        problem,
        List.of());
  }

  static SqlSyntaxException at(TerminalNode node, String problem) {
    return at(node.getSymbol(), problem);
  }
}
