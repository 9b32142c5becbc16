package org.orrery.sql.ast.write;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.orrery.common.path.PartialPath;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.StatementFamily;
import org.orrery.sql.ast.expression.Expression;

/**
 * {@code DELETE FROM pattern, ... [WHERE time ...]}.
 */
public record DeleteData(
    List<PartialPath> patterns,
    Optional<Expression> where) implements Statement {
  public DeleteData {
    patterns = List.copyOf(patterns);
    Objects.requireNonNull(where, "where");
  }

  @Override
  public StatementFamily family() {
    return StatementFamily.WRITE;
  }
}
