package org.orrery.query.plan;

import java.util.List;
import java.util.function.Supplier;
import org.orrery.common.block.Block;
import org.orrery.common.type.DataType;
import org.orrery.query.context.QueryContext;
import org.orrery.query.operator.BlockListOperator;
import org.orrery.query.operator.Operator;

/**
 * Computes its rows on the first {@link #next()} (aggregations, transform functions), then hands
 * them out block by block; resources of the computation are closed with it.
 */
final class DeferredOperator implements Operator {
  private final List<DataType> types;
  private final Supplier<List<Block>> computation;
  private final QueryContext context;
  private final List<AutoCloseable> resources;
  private Operator rows;

  DeferredOperator(List<DataType> types, Supplier<List<Block>> computation, QueryContext context,
      List<AutoCloseable> resources) {
    this.types = List.copyOf(types);
    this.computation = computation;
    this.context = context;
    this.resources = List.copyOf(resources);
  }

  @Override
  public List<DataType> types() {
    return types;
  }

  @Override
  public Block next() {
    if (rows == null) {
      rows = new BlockListOperator(types, computation.get(), context);
    }
    return rows.next();
  }

  @Override
  public void close() {
    if (rows != null) {
      rows.close();
    }
    RuntimeException failure = null;
    for (AutoCloseable resource : resources) {
      try {
        resource.close();
      } catch (Exception e) {
        if (failure == null) {
          failure = e instanceof RuntimeException r ? r : new IllegalStateException(e.getMessage(), e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
