package org.orrery.sql.ast.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.orrery.common.path.PartialPath;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.StatementFamily;

/**
 * {@code CREATE DATABASE root.ln [WITH k=v, ...]}, also written {@code SET STORAGE GROUP TO
 * root.ln}.
 *
 * @param properties settings given with WITH
 */
public record CreateDatabase(
    PartialPath database,
    Map<DatabaseProperty, Long> properties) implements Statement {
  public CreateDatabase {
    Objects.requireNonNull(database, "database");
    properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
  }

  @Override
  public StatementFamily family() {
    return StatementFamily.SCHEMA;
  }
}
