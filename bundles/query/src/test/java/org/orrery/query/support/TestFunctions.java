package org.orrery.query.support;

import java.util.function.DoubleUnaryOperator;
import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;
import org.orrery.engine.function.Accumulator;
import org.orrery.engine.function.AggregateFunction;
import org.orrery.engine.function.BoundAggregate;
import org.orrery.engine.function.BoundScalar;
import org.orrery.engine.function.ScalarFunction;
import org.orrery.engine.storage.SeriesStatistics;
import org.orrery.query.block.ColumnBuilder;
import org.orrery.query.block.Values;
import org.orrery.query.function.FunctionRegistry;

/**
 * Test doubles of a few built-in functions (the real ones live in orrery-functions): count, sum,
 * avg, max_value, min_value, first_value, last_value, and the scalars abs and sin.
 */
public final class TestFunctions {
  private TestFunctions() {}

  public static FunctionRegistry registry() {
    FunctionRegistry registry = new FunctionRegistry();
    for (Kind kind : Kind.values()) {
      registry.registerAggregate(kind.name().toLowerCase(), arguments -> {
        arguments.requireCount(1);
        if (kind != Kind.COUNT && kind != Kind.FIRST_VALUE && kind != Kind.LAST_VALUE) {
          arguments.requireNumeric(0);
        }
        return new Bound(kind, arguments.type(0));
      });
    }
    registry.registerScalar("abs", scalar(Math::abs));
    registry.registerScalar("sin", scalar(Math::sin));
    return registry;
  }

  private static ScalarFunction scalar(DoubleUnaryOperator operator) {
    return arguments -> {
      arguments.requireCount(1);
      arguments.requireNumeric(0);
      return new BoundScalar() {
        @Override
        public DataType outputType() {
          return DataType.DOUBLE;
        }

        @Override
        public Column evaluate(long[] times, Column[] args, int rows) {
          ColumnBuilder out = new ColumnBuilder(DataType.DOUBLE, rows);
          for (int i = 0; i < rows; i++) {
            if (args[0].isNull(i)) {
              out.appendNull();
            } else {
              out.appendDouble(operator.applyAsDouble(Values.asDouble(args[0], i)));
            }
          }
          return out.build();
        }
      };
    };
  }

  enum Kind { COUNT, SUM, AVG, MAX_VALUE, MIN_VALUE, FIRST_VALUE, LAST_VALUE }

  private record Bound(Kind kind, DataType input) implements BoundAggregate {
    @Override
    public DataType outputType() {
      return switch (kind) {
        case COUNT -> DataType.INT64;
        case SUM, AVG -> DataType.DOUBLE;
        default -> input;
      };
    }

    @Override
    public boolean usesStatistics() {
      return true;
    }

    @Override
    public Accumulator newAccumulator() {
      return new Acc(kind);
    }
  }

  private static final class Acc implements Accumulator {
    private final Kind kind;
    long count;
    double sum;
    Object extreme;
    Object first;
    long firstTime = Long.MAX_VALUE;
    Object last;
    long lastTime = Long.MIN_VALUE;

    Acc(Kind kind) {
      this.kind = kind;
    }

    private void point(long time, Object value) {
      count++;
      if (value instanceof Number n) {
        sum += n.doubleValue();
        boolean better = extreme == null
            || (kind == Kind.MAX_VALUE ? n.doubleValue() > ((Number) extreme).doubleValue()
                : n.doubleValue() < ((Number) extreme).doubleValue());
        if (better) {
          extreme = value;
        }
      }
      if (time < firstTime) {
        firstTime = time;
        first = value;
      }
      if (time >= lastTime) {
        lastTime = time;
        last = value;
      }
    }

    @Override
    public void add(long[] times, Column[] arguments, int from, int to) {
      for (int i = from; i < to; i++) {
        if (!arguments[0].isNull(i)) {
          point(times[i], arguments[0].get(i));
        }
      }
    }

    @Override
    public void addStatistics(SeriesStatistics s) {
      if (s.count() == 0) {
        return;
      }
      count += s.count();
      if (!Double.isNaN(s.sum())) {
        sum += s.sum();
      }
      Object candidate = kind == Kind.MAX_VALUE ? s.maxValue() : s.minValue();
      if (candidate instanceof Number n && (extreme == null
          || (kind == Kind.MAX_VALUE ? n.doubleValue() > ((Number) extreme).doubleValue()
              : n.doubleValue() < ((Number) extreme).doubleValue()))) {
        extreme = candidate;
      }
      if (s.startTime() < firstTime) {
        firstTime = s.startTime();
        first = s.firstValue();
      }
      if (s.endTime() >= lastTime) {
        lastTime = s.endTime();
        last = s.lastValue();
      }
    }

    @Override
    public void merge(Accumulator other) {
      Acc o = (Acc) other;
      count += o.count;
      sum += o.sum;
      if (o.extreme != null) {
        double d = ((Number) o.extreme).doubleValue();
        if (extreme == null || (kind == Kind.MAX_VALUE ? d > ((Number) extreme).doubleValue()
            : d < ((Number) extreme).doubleValue())) {
          extreme = o.extreme;
        }
      }
      if (o.firstTime < firstTime) {
        firstTime = o.firstTime;
        first = o.first;
      }
      if (o.lastTime >= lastTime && o.last != null) {
        lastTime = o.lastTime;
        last = o.last;
      }
    }

    @Override
    public Object result() {
      return switch (kind) {
        case COUNT -> count;
        case SUM -> count == 0 ? null : sum;
        case AVG -> count == 0 ? null : sum / count;
        case MAX_VALUE, MIN_VALUE -> extreme;
        case FIRST_VALUE -> first;
        case LAST_VALUE -> last;
      };
    }

    @Override
    public void reset() {
      count = 0;
      sum = 0;
      extreme = null;
      first = null;
      last = null;
      firstTime = Long.MAX_VALUE;
      lastTime = Long.MIN_VALUE;
    }
  }
}
