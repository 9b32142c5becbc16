package org.orrery.schema.store;

import org.orrery.schema.store.SchemaOp.AlterSeries;
import org.orrery.schema.store.SchemaOp.CreateDatabase;
import org.orrery.schema.store.SchemaOp.CreateSeries;
import org.orrery.schema.store.SchemaOp.DeleteSeries;
import org.orrery.schema.store.SchemaOp.DropDatabase;
import org.orrery.schema.store.SchemaOp.SetTtl;
import org.orrery.schema.tree.DatabaseNode;
import org.orrery.schema.tree.MeasurementNode;
import org.orrery.schema.tree.SchemaNode;
import org.orrery.schema.tree.SchemaTree;

/**
 * Applies a logged operation to the tree: the single place where an operation becomes a tree
 * change, used for live changes (after the engine validated and logged them) and for replay.
 */
public final class SchemaOpApplier {
  private SchemaOpApplier() {}

  /**
   * Applies {@code op} to {@code tree}.
   *
   * @return the node created or changed (null for removals)
   * @throws IllegalStateException when the tree does not admit the operation
   */
  public static SchemaNode apply(SchemaTree tree, SchemaOp op) {
    if (op instanceof CreateDatabase) {
      CreateDatabase create = (CreateDatabase) op;
      return tree.addDatabase(create.path(), create.ttlMillis(), create.partitionMillis());
    }
    if (op instanceof DropDatabase) {
      tree.removeDatabase(database(tree, op));
      return null;
    }
    if (op instanceof SetTtl) {
      DatabaseNode database = database(tree, op);
      tree.setTtl(database, ((SetTtl) op).ttlMillis());
      return database;
    }
    if (op instanceof CreateSeries) {
      CreateSeries c = (CreateSeries) op;
      return tree.addSeries(
          c.path(), c.type(), c.encoding(), c.compressor(), c.aligned(), c.alias(), c.tags(),
          c.attributes());
    }
    if (op instanceof DeleteSeries) {
      tree.removeSeries(series(tree, op));
      return null;
    }
    AlterSeries alter = (AlterSeries) op;
    MeasurementNode series = series(tree, op);
    tree.updateSeries(series, alter.alias(), alter.tags(), alter.attributes());
    return series;
  }

  private static DatabaseNode database(SchemaTree tree, SchemaOp op) {
    SchemaNode node = tree.find(op.path().nodes());
    if (!(node instanceof DatabaseNode)) {
      throw new IllegalStateException("no database " + op.path());
    }
    return (DatabaseNode) node;
  }

  private static MeasurementNode series(SchemaTree tree, SchemaOp op) {
    SchemaNode node = tree.find(op.path().nodes());
    if (!(node instanceof MeasurementNode)) {
      throw new IllegalStateException("no series " + op.path());
    }
    return (MeasurementNode) node;
  }
}
