package org.orrery.query.plan.logical;

import java.util.List;
import org.orrery.common.type.DataType;
import org.orrery.sql.ast.query.ConstantFill;
import org.orrery.sql.ast.query.FillSpec;
import org.orrery.sql.ast.query.LinearFill;
import org.orrery.sql.ast.query.PreviousFill;

/** FILL: replaces missing values of the input rows (previous value, linear, or a constant). */
public record FillNode(PlanNode child, FillSpec fill) implements PlanNode {
  @Override
  public List<PlanNode> children() {
    return List.of(child);
  }

  @Override
  public PlanNode withChildren(List<PlanNode> children) {
    PlanNode.expectChildren(this, children, 1);
    return new FillNode(children.get(0), fill);
  }

  @Override
  public List<DataType> types() {
    return child.types();
  }

  @Override
  public String describe() {
    if (fill instanceof PreviousFill previous) {
      return "Fill PREVIOUS" + previous.threshold().map(d -> " threshold: " + d).orElse("");
    }
    if (fill instanceof LinearFill) {
      return "Fill LINEAR";
    }
    return "Fill constant: " + ((ConstantFill) fill).value().toSql();
  }
}
