package org.orrery.sql.ast.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code UPSERT [ALIAS=a] [TAGS(...)] [ATTRIBUTES(...)]}: adds or replaces the alias, tags and
 * attributes.
 */
public record UpsertAliasTagsAttributes(
    Optional<String> alias,
    Map<String, String> tags,
    Map<String, String> attributes) implements AlterAction {
  public UpsertAliasTagsAttributes {
    Objects.requireNonNull(alias, "alias");
    tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
  }
}
