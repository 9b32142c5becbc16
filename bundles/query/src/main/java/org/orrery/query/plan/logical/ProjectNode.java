package org.orrery.query.plan.logical;

import java.util.ArrayList;
import java.util.List;
import org.orrery.common.type.DataType;
import org.orrery.sql.ast.expression.Expression;

/**
 * Computes one column per expression from the input rows, row by row; times pass through.
 *
 * @param expressions the expressions over full series paths
 * @param types their result types
 * @param stateful whether an expression carries state from row to row ({@code diff}): then it
 *     must see every input row once, in ascending time, so neither direction nor limits may be
 *     pushed beneath it
 */
public record ProjectNode(PlanNode child, List<Expression> expressions, List<DataType> types, boolean stateful)
    implements PlanNode {
  public ProjectNode {
    expressions = List.copyOf(expressions);
    types = List.copyOf(types);
  }

  @Override
  public List<PlanNode> children() {
    return List.of(child);
  }

  @Override
  public PlanNode withChildren(List<PlanNode> children) {
    PlanNode.expectChildren(this, children, 1);
    return new ProjectNode(children.get(0), expressions, types, stateful);
  }

  @Override
  public String describe() {
    List<String> texts = new ArrayList<>();
    for (Expression expression : expressions) {
      texts.add(expression.toSql());
    }
    return "Project " + texts + (stateful ? " stateful" : "");
  }
}
