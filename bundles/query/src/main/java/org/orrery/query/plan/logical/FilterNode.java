package org.orrery.query.plan.logical;

import java.util.List;
import org.orrery.common.type.DataType;
import org.orrery.sql.ast.expression.Expression;

/**
 * Keeps the rows for which a condition holds. The condition names series by full path; before
 * optimisation it is the whole WHERE clause, time predicates included.
 */
public record FilterNode(PlanNode child, Expression predicate) implements PlanNode {
  @Override
  public List<PlanNode> children() {
    return List.of(child);
  }

  @Override
  public PlanNode withChildren(List<PlanNode> children) {
    PlanNode.expectChildren(this, children, 1);
    return new FilterNode(children.get(0), predicate);
  }

  @Override
  public List<DataType> types() {
    return child.types();
  }

  @Override
  public String describe() {
    return "Filter " + predicate.toSql();
  }
}
