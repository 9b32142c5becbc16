package org.orrery.query.operator;

import java.util.List;
import org.orrery.common.block.Block;
import org.orrery.common.type.DataType;

/**
 * Passes rows through and, when closed, also closes operators it owns that may never have been
 * pulled (e.g. devices of ALIGN BY DEVICE after a LIMIT was reached).
 */
public final class OwningOperator implements Operator {
  private final Operator inner;
  private final List<Operator> owned;

  public OwningOperator(Operator inner, List<Operator> owned) {
    this.inner = inner;
    this.owned = List.copyOf(owned);
  }

  @Override
  public List<DataType> types() {
    return inner.types();
  }

  @Override
  public Block next() {
    return inner.next();
  }

  @Override
  public void close() {
    inner.close();
    for (Operator operator : owned) {
      operator.close();
    }
  }
}
