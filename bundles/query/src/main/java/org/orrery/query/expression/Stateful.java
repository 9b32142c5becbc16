package org.orrery.query.expression;

/**
 * Finds scalar calls that carry state from row to row ({@code diff}): such expressions must see
 * every result row once, in ascending time, so their query cannot scan backwards.
 */
public final class Stateful {
  private Stateful() {}

  public static boolean in(Expr expr) {
    if (expr instanceof ScalarCall call) {
      if (call.function().carriesState()) {
        return true;
      }
      return call.arguments().stream().anyMatch(Stateful::in);
    }
    if (expr instanceof Arithmetic a) {
      return in(a.left()) || in(a.right());
    }
    if (expr instanceof Comparison c) {
      return in(c.left()) || in(c.right());
    }
    if (expr instanceof Logical l) {
      return in(l.left()) || in(l.right());
    }
    if (expr instanceof Not n) {
      return in(n.operand());
    }
    if (expr instanceof Negate n) {
      return in(n.operand());
    }
    if (expr instanceof IsNull n) {
      return in(n.operand());
    }
    if (expr instanceof Cast c) {
      return in(c.value());
    }
    if (expr instanceof InList i) {
      return in(i.value());
    }
    if (expr instanceof Between b) {
      return in(b.value()) || in(b.lower()) || in(b.upper());
    }
    if (expr instanceof PatternMatch p) {
      return in(p.value());
    }
    if (expr instanceof CaseWhen c) {
      return c.conditions().stream().anyMatch(Stateful::in) || c.results().stream().anyMatch(Stateful::in)
          || (c.otherwise() != null && in(c.otherwise()));
    }
    return false;
  }
}
