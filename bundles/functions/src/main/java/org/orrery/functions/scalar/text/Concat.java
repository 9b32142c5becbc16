package org.orrery.functions.scalar.text;

import java.util.Map;
import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;
import org.orrery.engine.function.BoundScalar;
import org.orrery.engine.function.FunctionArguments;
import org.orrery.engine.function.ScalarFunction;
import org.orrery.functions.support.ArgumentChecks;
import org.orrery.functions.support.Attributes;
import org.orrery.functions.support.NullFlags;
import org.orrery.functions.support.Texts;
import org.osgi.service.component.annotations.Component;

/**
 * {@code concat(x1, x2, ..., 'target1'='IoT', 'target2'='DB'[, 'series_behind'='true'])}: the
 * texts of the series (skipping null ones) followed by the {@code target...} attributes in the
 * order they were written, or the targets first with {@code series_behind}. TEXT.
 *
 * <p>A row where every series is null is null: it is not a point of any input.
 */
@Component(service = ScalarFunction.class, property = ScalarFunction.NAME_PROPERTY + "=concat")
public final class Concat implements ScalarFunction {
  private static final String TARGET_PREFIX = "target";
  private static final String SERIES_BEHIND = "series_behind";

  @Override
  public BoundScalar bind(FunctionArguments call) {
    ArgumentChecks.requireAtLeast(call, 1);
    for (int i = 0; i < call.count(); i++) {
      ArgumentChecks.requireText(call, i);
    }
    StringBuilder targets = new StringBuilder();
    for (Map.Entry<String, String> attribute : call.attributes().entrySet()) {
      if (attribute.getKey().startsWith(TARGET_PREFIX)) {
        targets.append(attribute.getValue());
      } else if (!attribute.getKey().equals(SERIES_BEHIND)) {
        throw call.invalid("attribute '" + attribute.getKey()
            + "' is unknown: concat takes 'target...' attributes and 'series_behind'");
      }
    }
    boolean seriesBehind = Attributes.optionalBoolean(call, SERIES_BEHIND, false);
    String constant = targets.toString();
    return new BoundScalar() {
      @Override
      public DataType outputType() {
        return DataType.TEXT;
      }

      @Override
      public Column evaluate(long[] times, Column[] arguments, int rows) {
        boolean[] nulls = NullFlags.allNull(arguments, rows);
        byte[][] out = new byte[rows][];
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < rows; i++) {
          if (nulls != null && nulls[i]) {
            continue;
          }
          text.setLength(0);
          if (seriesBehind) {
            text.append(constant);
          }
          for (Column argument : arguments) {
            if (!argument.isNull(i)) {
              text.append(Texts.at(argument, i));
            }
          }
          if (!seriesBehind) {
            text.append(constant);
          }
          out[i] = Texts.encode(text.toString());
        }
        return new Column(DataType.TEXT, out, nulls, rows);
      }
    };
  }
}
