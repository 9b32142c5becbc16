package org.orrery.query.plan.rule;

import java.util.Optional;
import org.orrery.query.plan.logical.PlanNode;

/**
 * One rewrite of the optimizer: looks at a node (and what lies beneath it) and returns the
 * rewritten subtree, or empty when it does not apply. A rule must reach a fixed point: applied to
 * its own output it returns empty.
 */
public interface Rule {
  /** The rule's name, as tests and logs refer to it. */
  String name();

  Optional<PlanNode> apply(PlanNode node);
}
