package org.orrery.sql.ast.write;

import java.util.List;
import java.util.Objects;
import org.orrery.common.path.PartialPath;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.StatementFamily;

/**
 * {@code INSERT INTO root.sg.d(time, s1, s2) [ALIGNED] VALUES (1, 2.0, 'x'), ...}. Without a time
 * column every row is written at the server's current time.
 *
 * @param measurements in column order, without the time column
 */
public record InsertStatement(
    PartialPath device,
    boolean aligned,
    List<String> measurements,
    List<InsertRow> rows) implements Statement {
  public InsertStatement {
    Objects.requireNonNull(device, "device");
    measurements = List.copyOf(measurements);
    rows = List.copyOf(rows);
  }

  @Override
  public StatementFamily family() {
    return StatementFamily.WRITE;
  }

  /** True when the statement names the time column, so every row carries its time. */
  public boolean hasTimeColumn() {
    return rows.get(0).time().isPresent();
  }
}
