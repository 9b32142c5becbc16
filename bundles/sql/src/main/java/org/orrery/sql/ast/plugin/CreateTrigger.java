package org.orrery.sql.ast.plugin;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.orrery.common.path.PartialPath;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.StatementFamily;

/**
 * {@code CREATE [STATELESS|STATEFUL] TRIGGER name BEFORE|AFTER INSERT ON pattern AS 'class' [USING
 * URI 'uri'] [WITH ('k'='v', ...)]}.
 *
 * @param kind empty when the statement does not say
 */
public record CreateTrigger(
    String name,
    Optional<TriggerKind> kind,
    TriggerEvent event,
    PartialPath pattern,
    String className,
    Optional<String> uri,
    Map<String, String> attributes) implements Statement {
  public CreateTrigger {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(className, "className");
    Objects.requireNonNull(uri, "uri");
    attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
  }

  @Override
  public StatementFamily family() {
    return StatementFamily.PLUGIN;
  }
}
