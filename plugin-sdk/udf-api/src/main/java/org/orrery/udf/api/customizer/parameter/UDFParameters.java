package org.orrery.udf.api.customizer.parameter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.orrery.udf.api.exception.UDFParameterNotValidException;
import org.orrery.udf.api.type.Type;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The arguments of one UDF call, as written in SQL: the input series (child expressions) with
 * their types, then the {@code 'key'='value'} attributes.
 *
 * <p>In {@code SELECT f(s1, s2 + 1, 'window'='10', 'mode'='fast') FROM root.sg.d1} the function
 * has two child expressions, {@code root.sg.d1.s1} and {@code root.sg.d1.s2 + 1}, and two
 * attributes. Attribute keys are case-sensitive.
 *
 * <p>The typed getters return {@code null} (or the given default) when an attribute is absent
 * and throw {@link UDFParameterNotValidException} naming the attribute and its text when it is
 * present but cannot be read as the asked type. Numbers are parsed after trimming spaces; booleans
 * accept only {@code true} and {@code false}, ignoring case.
 *
 * <p>Instances are immutable. The server builds them; plugin tests may too.
 */
@ProviderType
public final class UDFParameters {
  private final List<String> childExpressions;
  private final List<Type> dataTypes;
  private final Map<String, String> attributes;

  /**
   * @param childExpressions the text of each input: a full series path, or an expression
   * @param dataTypes the type of each input, in the same order
   * @param attributes the key-value attributes, in the order they were written
   * @throws IllegalArgumentException when the two lists differ in length
   */
  public UDFParameters(
      List<String> childExpressions, List<Type> dataTypes, Map<String, String> attributes) {
    this.childExpressions = List.copyOf(childExpressions);
    this.dataTypes = List.copyOf(dataTypes);
    if (this.childExpressions.size() != this.dataTypes.size()) {
      throw new IllegalArgumentException(
          this.childExpressions.size() + " child expressions but " + this.dataTypes.size()
              + " data types");
    }
    this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
  }

  /** A builder, mostly for plugin tests. */
  public static Builder builder() {
    return new Builder();
  }

  /** The text of each input series, in call order. */
  public List<String> getChildExpressions() {
    return childExpressions;
  }

  /** The number of input series. */
  public int getChildExpressionsSize() {
    return childExpressions.size();
  }

  /** The type of each input series, in call order. */
  public List<Type> getDataTypes() {
    return dataTypes;
  }

  /**
   * The type of the input series at {@code index}.
   *
   * @throws UDFParameterNotValidException when the call has no input at that index
   */
  public Type getDataType(int index) {
    if (index < 0 || index >= dataTypes.size()) {
      throw new UDFParameterNotValidException(
          "input series " + index + " does not exist: the function was given "
              + dataTypes.size() + " input series");
    }
    return dataTypes.get(index);
  }

  /** All attributes, unmodifiable, in the order they were written. */
  public Map<String, String> getAttributes() {
    return attributes;
  }

  /** Whether the attribute {@code key} was given. */
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

  /** The attribute as a boolean, or {@code null} when absent. */
  public Boolean getBoolean(String key) {
    return parse(key, "boolean", UDFParameters::parseBoolean);
  }

  public boolean getBooleanOrDefault(String key, boolean defaultValue) {
    Boolean value = getBoolean(key);
    return value == null ? defaultValue : value;
  }

  /** The attribute as an INT32, or {@code null} when absent. */
  public Integer getInt(String key) {
    return parse(key, "INT32 number", Integer::valueOf);
  }

  public int getIntOrDefault(String key, int defaultValue) {
    Integer value = getInt(key);
    return value == null ? defaultValue : value;
  }

  /** The attribute as an INT64, or {@code null} when absent. */
  public Long getLong(String key) {
    return parse(key, "INT64 number", Long::valueOf);
  }

  public long getLongOrDefault(String key, long defaultValue) {
    Long value = getLong(key);
    return value == null ? defaultValue : value;
  }

  /** The attribute as a FLOAT, or {@code null} when absent. */
  public Float getFloat(String key) {
    return parse(key, "FLOAT number", Float::valueOf);
  }

  public float getFloatOrDefault(String key, float defaultValue) {
    Float value = getFloat(key);
    return value == null ? defaultValue : value;
  }

  /** The attribute as a DOUBLE, or {@code null} when absent. */
  public Double getDouble(String key) {
    return parse(key, "DOUBLE number", Double::valueOf);
  }

  public double getDoubleOrDefault(String key, double defaultValue) {
    Double value = getDouble(key);
    return value == null ? defaultValue : value;
  }

  private <T> T parse(String key, String what, Function<String, T> parser) {
    String text = attributes.get(key);
    if (text == null) {
      return null;
    }
    try {
      return parser.apply(text.trim());
    } catch (IllegalArgumentException e) {
      throw new UDFParameterNotValidException(
          "attribute '" + key + "' = '" + text + "' is not a valid " + what, e);
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
    return o instanceof UDFParameters other
        && childExpressions.equals(other.childExpressions)
        && dataTypes.equals(other.dataTypes)
        && attributes.equals(other.attributes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(childExpressions, dataTypes, attributes);
  }

  @Override
  public String toString() {
    return "UDFParameters(inputs=" + childExpressions + ", types=" + dataTypes
        + ", attributes=" + attributes + ")";
  }

  /** Collects inputs and attributes in call order. */
  public static final class Builder {
    private final List<String> childExpressions = new ArrayList<>();
    private final List<Type> dataTypes = new ArrayList<>();
    private final Map<String, String> attributes = new LinkedHashMap<>();

    private Builder() {}

    /** Adds the next input series. */
    public Builder input(String childExpression, Type dataType) {
      childExpressions.add(Objects.requireNonNull(childExpression, "childExpression"));
      dataTypes.add(Objects.requireNonNull(dataType, "dataType"));
      return this;
    }

    /** Adds or replaces an attribute. */
    public Builder attribute(String key, String value) {
      attributes.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
      return this;
    }

    public UDFParameters build() {
      return new UDFParameters(childExpressions, dataTypes, attributes);
    }
  }
}
