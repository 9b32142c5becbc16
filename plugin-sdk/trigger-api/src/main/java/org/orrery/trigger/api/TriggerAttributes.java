package org.orrery.trigger.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The attributes of a trigger, from the {@code WITH ("key" = "value", ...)} clause of
 * {@code CREATE TRIGGER}. Keys are case-sensitive.
 *
 * <p>The typed getters return {@code null} (or the given default) when an attribute is absent and
 * throw {@link IllegalArgumentException} naming the attribute and its text when it cannot be read
 * as the asked type; the {@code getRequired...} getters also throw when it is absent. The server
 * shows these messages to the user who created the trigger. Numbers are parsed after trimming
 * spaces; booleans accept only {@code true} and {@code false}, ignoring case.
 *
 * <p>Instances are immutable.
 */
@ProviderType
public final class TriggerAttributes {
  private final Map<String, String> attributes;

  /** Attributes holding a copy of {@code attributes}, keeping their order. */
  public TriggerAttributes(Map<String, String> attributes) {
    Objects.requireNonNull(attributes, "attributes");
    this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
  }

  /** All attributes, unmodifiable, in the order they were written. */
  public Map<String, String> getAttributes() {
    return attributes;
  }

  public boolean hasAttribute(String key) {
    return attributes.containsKey(key);
  }

  /** The attribute's text, or {@code null} when absent. */
  public String getString(String key) {
    return attributes.get(key);
  }

  public String getStringOrDefault(String key, String defaultValue) {
    return attributes.getOrDefault(key, defaultValue);
  }

  /**
   * The attribute's text.
   *
   * @throws IllegalArgumentException when the attribute is absent
   */
  public String getRequiredString(String key) {
    String value = attributes.get(key);
    if (value == null) {
      throw new IllegalArgumentException(
          "trigger attribute '" + key + "' is required but was not given");
    }
    return value;
  }

  /** The attribute as a boolean, or {@code null} when absent. */
  public Boolean getBoolean(String key) {
    return parse(key, "boolean", TriggerAttributes::parseBoolean);
  }

  public boolean getBooleanOrDefault(String key, boolean defaultValue) {
    Boolean value = getBoolean(key);
    return value == null ? defaultValue : value;
  }

  /** The attribute as an int, or {@code null} when absent. */
  public Integer getInt(String key) {
    return parse(key, "INT32 number", Integer::valueOf);
  }

  public int getIntOrDefault(String key, int defaultValue) {
    Integer value = getInt(key);
    return value == null ? defaultValue : value;
  }

  /** The attribute as a long, or {@code null} when absent. */
  public Long getLong(String key) {
    return parse(key, "INT64 number", Long::valueOf);
  }

  public long getLongOrDefault(String key, long defaultValue) {
    Long value = getLong(key);
    return value == null ? defaultValue : value;
  }

  /** The attribute as a float, or {@code null} when absent. */
  public Float getFloat(String key) {
    return parse(key, "FLOAT number", Float::valueOf);
  }

  public float getFloatOrDefault(String key, float defaultValue) {
    Float value = getFloat(key);
    return value == null ? defaultValue : value;
  }

  /** The attribute as a double, or {@code null} when absent. */
  public Double getDouble(String key) {
    return parse(key, "DOUBLE number", Double::valueOf);
  }

  public double getDoubleOrDefault(String key, double defaultValue) {
    Double value = getDouble(key);
    return value == null ? defaultValue : value;
  }

  /**
   * The attribute as a double.
   *
   * @throws IllegalArgumentException when the attribute is absent or not a number
   */
  public double getRequiredDouble(String key) {
    getRequiredString(key);
    return getDouble(key);
  }

  /**
   * The attribute as a long.
   *
   * @throws IllegalArgumentException when the attribute is absent or not an INT64 number
   */
  public long getRequiredLong(String key) {
    getRequiredString(key);
    return getLong(key);
  }

  private <T> T parse(String key, String what, Function<String, T> parser) {
    String text = attributes.get(key);
    if (text == null) {
      return null;
    }
    try {
      return parser.apply(text.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "trigger attribute '" + key + "' = '" + text + "' is not a valid " + what, e);
    }
  }

  private static Boolean parseBoolean(String text) {
    if (text.equalsIgnoreCase("true")) {
      return Boolean.TRUE;
    }
    if (text.equalsIgnoreCase("false")) {
      return Boolean.FALSE;
    }
    throw new IllegalArgumentException("not true or false");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TriggerAttributes other && attributes.equals(other.attributes);
  }

  @Override
  public int hashCode() {
    return attributes.hashCode();
  }

  @Override
  public String toString() {
    return "TriggerAttributes" + attributes;
  }
}
