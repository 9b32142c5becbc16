package org.orrery.functions.scalar.convert;

import java.util.function.Function;
import org.orrery.common.block.Column;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.type.DataType;
import org.orrery.engine.function.BoundScalar;
import org.orrery.engine.function.FunctionArguments;
import org.orrery.engine.function.ScalarFunction;
import org.orrery.functions.support.Attributes;
import org.osgi.service.component.annotations.Component;

/**
 * {@code cast(x AS type)}: x converted to {@code type} by {@link CastRules}; the analyzer passes
 * the target as the attribute {@code type}. A value that cannot be converted (out of range,
 * unparsable text) fails the query with ILLEGAL_ARGUMENT naming the value, as IoTDB fails it.
 */
@Component(service = ScalarFunction.class, property = ScalarFunction.NAME_PROPERTY + "=cast")
public final class Cast implements ScalarFunction {
  /** The attribute holding the target type's name. */
  public static final String TYPE = "type";

  @Override
  public BoundScalar bind(FunctionArguments call) {
    call.requireCount(1);
    String typeName = Attributes.required(call, TYPE);
    DataType target;
    try {
      target = DataType.fromName(typeName.trim());
    } catch (IllegalArgumentException e) {
      throw call.invalid("attribute 'type' = '" + typeName + "' is not a data type");
    }
    DataType source = call.type(0);
    Function<Object, Object> converter = CastRules.converter(source, target);
    if (converter == null) {
      throw call.invalid("cannot cast " + source + " to " + target);
    }
    return new BoundScalar() {
      @Override
      public DataType outputType() {
        return target;
      }

      @Override
      public Column evaluate(long[] times, Column[] arguments, int rows) {
        Column input = arguments[0];
        if (source == target) {
          return input;
        }
        Object values = Column.newArray(target, rows);
        boolean[] nulls = null;
        for (int i = 0; i < rows; i++) {
          if (input.isNull(i)) {
            if (nulls == null) {
              nulls = new boolean[rows];
            }
            nulls[i] = true;
            continue;
          }
          try {
            store(target, values, i, converter.apply(input.get(i)));
          } catch (CastRules.ConversionException e) {
            throw new OrreryException(ErrorCode.ILLEGAL_ARGUMENT,
                "function " + call.functionName() + ": " + e.getMessage());
          }
        }
        return new Column(target, values, nulls, rows);
      }
    };
  }

  private static void store(DataType type, Object array, int row, Object value) {
    switch (type) {
      case BOOLEAN:
        ((boolean[]) array)[row] = (Boolean) value;
        break;
      case INT32:
      case DATE:
        ((int[]) array)[row] = (Integer) value;
        break;
      case INT64:
      case TIMESTAMP:
        ((long[]) array)[row] = (Long) value;
        break;
      case FLOAT:
        ((float[]) array)[row] = (Float) value;
        break;
      case DOUBLE:
        ((double[]) array)[row] = (Double) value;
        break;
      default:
        ((byte[][]) array)[row] = (byte[]) value;
        break;
    }
  }
}
