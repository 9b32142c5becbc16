package org.orrery.query.expression;

import java.util.List;
import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;
import org.orrery.query.block.ColumnBuilder;

/**
 * {@code CASE WHEN c1 THEN r1 ... ELSE e END}: per row the result of the first condition that is
 * true, else the ELSE result, else null. Results have been cast to one common type by the binder.
 */
public record CaseWhen(List<Expr> conditions, List<Expr> results, Expr otherwise, DataType type)
    implements Expr {

  @Override
  public Column evaluate(Block input) {
    int rows = input.rowCount();
    Column[] when = new Column[conditions.size()];
    Column[] then = new Column[results.size()];
    for (int k = 0; k < when.length; k++) {
      when[k] = conditions.get(k).evaluate(input);
      then[k] = results.get(k).evaluate(input);
    }
    Column other = otherwise == null ? null : otherwise.evaluate(input);
    ColumnBuilder out = new ColumnBuilder(type, rows);
    for (int i = 0; i < rows; i++) {
      Column chosen = other;
      for (int k = 0; k < when.length; k++) {
        if (!when[k].isNull(i) && when[k].booleans()[i]) {
          chosen = then[k];
          break;
        }
      }
      if (chosen == null) {
        out.appendNull();
      } else {
        out.appendFrom(chosen, i);
      }
    }
    return out.build();
  }
}
