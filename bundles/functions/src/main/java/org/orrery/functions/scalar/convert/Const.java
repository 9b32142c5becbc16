package org.orrery.functions.scalar.convert;

import java.util.Locale;
import org.orrery.common.type.DataType;
import org.orrery.engine.function.FunctionArguments;
import org.orrery.engine.function.ScalarFunction;
import org.orrery.functions.support.Attributes;
import org.orrery.functions.support.Texts;
import org.osgi.service.component.annotations.Component;

/**
 * {@code const(x..., 'value'='1024', 'type'='INT64')}: the constant {@code value} of
 * {@code type} (INT32, INT64, FLOAT, DOUBLE, BOOLEAN or TEXT, as IoTDB allows) wherever an input
 * has a point.
 */
@Component(service = ScalarFunction.class, property = ScalarFunction.NAME_PROPERTY + "=const")
public final class Const extends ConstantSeriesFunction {

  @Override
  protected Constant constant(FunctionArguments call) {
    String value = Attributes.required(call, "value");
    String typeName = Attributes.required(call, "type");
    DataType type;
    try {
      type = DataType.fromName(typeName.trim());
    } catch (IllegalArgumentException e) {
      throw call.invalid("attribute 'type' = '" + typeName + "' is not a data type");
    }
    try {
      switch (type) {
        case INT32:
          return new Constant(type, Integer.parseInt(value.trim()));
        case INT64:
          return new Constant(type, Long.parseLong(value.trim()));
        case FLOAT:
          return new Constant(type, Float.parseFloat(value));
        case DOUBLE:
          return new Constant(type, Double.parseDouble(value));
        case BOOLEAN:
          return new Constant(type, parseBoolean(call, value));
        case TEXT:
          return new Constant(type, Texts.encode(value));
        default:
          throw call.invalid("attribute 'type' = '" + typeName
              + "' is not one of INT32, INT64, FLOAT, DOUBLE, BOOLEAN, TEXT");
      }
    } catch (NumberFormatException e) {
      throw call.invalid("attribute 'value' = '" + value + "' is not a valid " + type);
    }
  }

  private static boolean parseBoolean(FunctionArguments call, String value) {
    String lower = value.trim().toLowerCase(Locale.ROOT);
    if (lower.equals("true")) {
      return true;
    }
    if (lower.equals("false")) {
      return false;
    }
    throw call.invalid("attribute 'value' = '" + value + "' is not a valid BOOLEAN");
  }
}
