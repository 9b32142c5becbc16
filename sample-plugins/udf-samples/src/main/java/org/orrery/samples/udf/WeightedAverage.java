package org.orrery.samples.udf;

import org.orrery.udf.api.InvertibleUDAF;
import org.orrery.udf.api.State;
import org.orrery.udf.api.UDAF;
import org.orrery.udf.api.UDFName;
import org.orrery.udf.api.collector.ResultValue;
import org.orrery.udf.api.column.Column;
import org.orrery.udf.api.column.ColumnBatch;
import org.orrery.udf.api.customizer.config.UDAFConfigurations;
import org.orrery.udf.api.customizer.parameter.UDFParameterValidator;
import org.orrery.udf.api.customizer.parameter.UDFParameters;
import org.orrery.udf.api.exception.UDFException;
import org.orrery.udf.api.type.Type;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * {@code weighted_avg(value, weight)}: the weighted mean {@code sum(value * weight) / sum(weight)}
 * of each group, as a DOUBLE, over the rows where both inputs are non-null. A group without such
 * rows, or whose weights sum to 0, gives null. A negative weight fails the query.
 *
 * <p>Example: values 10, 20, 40 with weights 1, 1, 2 give (10 + 20 + 80) / 4 = 27.5.
 *
 * <p>Sums can be subtracted, so the function is an {@link InvertibleUDAF}: the server may slide
 * windows by removing old rows instead of recomputing. It registers as a {@link UDAF} service.
 */
@Component(
    service = UDAF.class,
    scope = ServiceScope.PROTOTYPE,
    property = UDFName.SERVICE_PROPERTY + "=weighted_avg")
public class WeightedAverage implements InvertibleUDAF {

  @Override
  public void validate(UDFParameterValidator validator) {
    validator
        .validateInputSeriesNumber(2)
        .validateInputSeriesDataType(0, NumericInput.TYPES)
        .validateInputSeriesDataType(1, NumericInput.TYPES);
  }

  @Override
  public void beforeStart(UDFParameters parameters, UDAFConfigurations configurations) {
    configurations.setOutputDataType(Type.DOUBLE);
  }

  @Override
  public State createState() {
    return new WeightedAverageState();
  }

  @Override
  public void addInput(State state, ColumnBatch input) {
    WeightedAverageState sums = (WeightedAverageState) state;
    Column values = input.getColumn(0);
    Column weights = input.getColumn(1);
    for (int i = 0; i < input.getPositionCount(); i++) {
      if (!input.isSelected(i) || values.isNull(i) || weights.isNull(i)) {
        continue;
      }
      double weight = NumericInput.value(weights, i);
      if (weight < 0) {
        throw new UDFException(
            "weighted_avg: weight " + weight + " at time " + input.getTime(i) + " is negative");
      }
      sums.weightedSum += NumericInput.value(values, i) * weight;
      sums.weightSum += weight;
      sums.rows++;
    }
  }

  @Override
  public void combineState(State state, State rhs) {
    WeightedAverageState sums = (WeightedAverageState) state;
    WeightedAverageState other = (WeightedAverageState) rhs;
    sums.weightedSum += other.weightedSum;
    sums.weightSum += other.weightSum;
    sums.rows += other.rows;
  }

  @Override
  public void removeState(State state, State removed) {
    WeightedAverageState sums = (WeightedAverageState) state;
    WeightedAverageState other = (WeightedAverageState) removed;
    sums.weightedSum -= other.weightedSum;
    sums.weightSum -= other.weightSum;
    sums.rows -= other.rows;
  }

  @Override
  public void outputFinal(State state, ResultValue resultValue) {
    WeightedAverageState sums = (WeightedAverageState) state;
    if (sums.rows == 0 || sums.weightSum == 0) {
      resultValue.setNull();
    } else {
      resultValue.setDouble(sums.weightedSum / sums.weightSum);
    }
  }
}
