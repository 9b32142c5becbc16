package org.orrery.sql.ast.plugin;

import java.util.Objects;
import java.util.Optional;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.StatementFamily;

/**
 * {@code CREATE FUNCTION name AS 'class' [USING URI 'uri']}.
 *
 * @param uri where to fetch the jar from
 */
public record CreateFunction(
    String name,
    String className,
    Optional<String> uri) implements Statement {
  public CreateFunction {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(className, "className");
    Objects.requireNonNull(uri, "uri");
  }

  @Override
  public StatementFamily family() {
    return StatementFamily.PLUGIN;
  }
}
