package org.orrery.query.plan.rule;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.time.TimeContext;
import org.orrery.query.plan.logical.PlanNode;

/**
 * Applies an ordered list of rules to a plan until none changes it: each pass walks the tree
 * from the root down and lets the first rule that applies at a node rewrite it. Rules only push
 * work down or remove it, so a fixed point comes after a few passes; the bound guards against a
 * rule that does not settle.
 */
public final class Optimizer {
  static final int MAX_PASSES = 64;

  private final List<Rule> rules;
  private final Set<String> fired = new LinkedHashSet<>();

  public Optimizer(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The rules of the query engine, in the order they are tried. */
  public static Optimizer standard(TimeContext time) {
    return new Optimizer(List.of(new PushTimePredicates(time), new PushWindowRange(), new PruneEmpty(),
        new PushTimeOrder(), new PushLimit(), new UseStatistics()));
  }

  public PlanNode optimize(PlanNode plan) {
    PlanNode current = plan;
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      PlanNode next = rewrite(current);
      if (next == current) {
        return current;
      }
      current = next;
    }
    throw new OrreryException(ErrorCode.INTERNAL_ERROR,
        "the optimizer did not settle after " + MAX_PASSES + " passes; rules fired: " + fired);
  }

  /** The names of the rules that changed the plan so far, in the order they first did. */
  public Set<String> fired() {
    return fired;
  }

  /** One pass; returns the same instance when no rule applied anywhere. */
  private PlanNode rewrite(PlanNode node) {
    for (Rule rule : rules) {
      Optional<PlanNode> rewritten = rule.apply(node);
      if (rewritten.isPresent()) {
        fired.add(rule.name());
        return rewritten.get();
      }
    }
    List<PlanNode> children = new ArrayList<>();
    boolean changed = false;
    for (PlanNode child : node.children()) {
      PlanNode next = rewrite(child);
      changed |= next != child;
      children.add(next);
    }
    return changed ? node.withChildren(children) : node;
  }
}
