package org.orrery.functions;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.orrery.engine.function.AggregateFunction;
import org.orrery.engine.function.ScalarFunction;
import org.orrery.functions.aggregate.Avg;
import org.orrery.functions.aggregate.Count;
import org.orrery.functions.aggregate.CountIf;
import org.orrery.functions.aggregate.Extreme;
import org.orrery.functions.aggregate.FirstValue;
import org.orrery.functions.aggregate.LastValue;
import org.orrery.functions.aggregate.MaxBy;
import org.orrery.functions.aggregate.MaxTime;
import org.orrery.functions.aggregate.MaxValue;
import org.orrery.functions.aggregate.MinBy;
import org.orrery.functions.aggregate.MinTime;
import org.orrery.functions.aggregate.MinValue;
import org.orrery.functions.aggregate.Mode;
import org.orrery.functions.aggregate.Stddev;
import org.orrery.functions.aggregate.StddevPop;
import org.orrery.functions.aggregate.StddevSamp;
import org.orrery.functions.aggregate.Sum;
import org.orrery.functions.aggregate.TimeDuration;
import org.orrery.functions.aggregate.VarPop;
import org.orrery.functions.aggregate.VarSamp;
import org.orrery.functions.aggregate.Variance;
import org.orrery.functions.scalar.condition.InRange;
import org.orrery.functions.scalar.condition.OnOff;
import org.orrery.functions.scalar.convert.Cast;
import org.orrery.functions.scalar.convert.Const;
import org.orrery.functions.scalar.convert.E;
import org.orrery.functions.scalar.convert.Pi;
import org.orrery.functions.scalar.math.Abs;
import org.orrery.functions.scalar.math.Acos;
import org.orrery.functions.scalar.math.Asin;
import org.orrery.functions.scalar.math.Atan;
import org.orrery.functions.scalar.math.Ceil;
import org.orrery.functions.scalar.math.Cos;
import org.orrery.functions.scalar.math.Cosh;
import org.orrery.functions.scalar.math.Degrees;
import org.orrery.functions.scalar.math.Exp;
import org.orrery.functions.scalar.math.Floor;
import org.orrery.functions.scalar.math.Ln;
import org.orrery.functions.scalar.math.Log10;
import org.orrery.functions.scalar.math.Radians;
import org.orrery.functions.scalar.math.Round;
import org.orrery.functions.scalar.math.Sign;
import org.orrery.functions.scalar.math.Sin;
import org.orrery.functions.scalar.math.Sinh;
import org.orrery.functions.scalar.math.Sqrt;
import org.orrery.functions.scalar.math.Tan;
import org.orrery.functions.scalar.math.Tanh;
import org.orrery.functions.scalar.text.Concat;
import org.orrery.functions.scalar.text.EndsWith;
import org.orrery.functions.scalar.text.Length;
import org.orrery.functions.scalar.text.Locate;
import org.orrery.functions.scalar.text.Lower;
import org.orrery.functions.scalar.text.Replace;
import org.orrery.functions.scalar.text.StartsWith;
import org.orrery.functions.scalar.text.StrCmp;
import org.orrery.functions.scalar.text.StringContains;
import org.orrery.functions.scalar.text.StringMatches;
import org.orrery.functions.scalar.text.Substring;
import org.orrery.functions.scalar.text.Trim;
import org.orrery.functions.scalar.text.Upper;
import org.orrery.functions.scalar.trend.Diff;
import org.orrery.functions.transform.BottomK;
import org.orrery.functions.transform.ChangePoints;
import org.orrery.functions.transform.Derivative;
import org.orrery.functions.transform.Difference;
import org.orrery.functions.transform.EqualSizeBucketAggSample;
import org.orrery.functions.transform.EqualSizeBucketM4Sample;
import org.orrery.functions.transform.EqualSizeBucketOutlierSample;
import org.orrery.functions.transform.EqualSizeBucketRandomSample;
import org.orrery.functions.transform.M4;
import org.orrery.functions.transform.NonNegativeDerivative;
import org.orrery.functions.transform.NonNegativeDifference;
import org.orrery.functions.transform.NonZeroCount;
import org.orrery.functions.transform.NonZeroDuration;
import org.orrery.functions.transform.TimeDifference;
import org.orrery.functions.transform.TopK;
import org.orrery.functions.transform.ZeroCount;
import org.orrery.functions.transform.ZeroDuration;
import org.orrery.udf.api.UDTF;

/**
 * Every built-in function by its lower-case SQL name, as the bundle registers them as services:
 * scalar functions and aggregations are stateless and shared; transforms (UDTFs) keep per-query
 * state, so the catalogue hands out a supplier of fresh instances, as the server's prototype-scope
 * services do.
 */
public final class BuiltinFunctions {
  private static final Map<String, ScalarFunction> SCALARS = new TreeMap<>();
  private static final Map<String, AggregateFunction> AGGREGATES = new TreeMap<>();
  private static final Map<String, Supplier<UDTF>> TRANSFORMS = new TreeMap<>();

  static {
    scalar("abs", new Abs());
    scalar("acos", new Acos());
    scalar("asin", new Asin());
    scalar("atan", new Atan());
    scalar("cast", new Cast());
    scalar("ceil", new Ceil());
    scalar("concat", new Concat());
    scalar("const", new Const());
    scalar("cos", new Cos());
    scalar("cosh", new Cosh());
    scalar("degrees", new Degrees());
    scalar("diff", new Diff());
    scalar("e", new E());
    scalar("endswith", new EndsWith());
    scalar("exp", new Exp());
    scalar("floor", new Floor());
    scalar("in_range", new InRange());
    scalar("length", new Length());
    scalar("ln", new Ln());
    scalar("locate", new Locate());
    scalar("log10", new Log10());
    scalar("lower", new Lower());
    scalar("on_off", new OnOff());
    scalar("pi", new Pi());
    scalar("radians", new Radians());
    scalar("replace", new Replace());
    scalar("round", new Round());
    scalar("sign", new Sign());
    scalar("sin", new Sin());
    scalar("sinh", new Sinh());
    scalar("sqrt", new Sqrt());
    scalar("startswith", new StartsWith());
    scalar("strcmp", new StrCmp());
    scalar("string_contains", new StringContains());
    scalar("string_matches", new StringMatches());
    scalar("substring", new Substring());
    scalar("tan", new Tan());
    scalar("tanh", new Tanh());
    scalar("trim", new Trim());
    scalar("upper", new Upper());

    aggregate("avg", new Avg());
    aggregate("count", new Count());
    aggregate("count_if", new CountIf());
    aggregate("extreme", new Extreme());
    aggregate("first_value", new FirstValue());
    aggregate("last_value", new LastValue());
    aggregate("max_by", new MaxBy());
    aggregate("max_time", new MaxTime());
    aggregate("max_value", new MaxValue());
    aggregate("min_by", new MinBy());
    aggregate("min_time", new MinTime());
    aggregate("min_value", new MinValue());
    aggregate("mode", new Mode());
    aggregate("stddev", new Stddev());
    aggregate("stddev_pop", new StddevPop());
    aggregate("stddev_samp", new StddevSamp());
    aggregate("sum", new Sum());
    aggregate("time_duration", new TimeDuration());
    aggregate("var_pop", new VarPop());
    aggregate("var_samp", new VarSamp());
    aggregate("variance", new Variance());

    transform("bottom_k", BottomK::new);
    transform("change_points", ChangePoints::new);
    transform("derivative", Derivative::new);
    transform("difference", Difference::new);
    transform("equal_size_bucket_agg_sample", EqualSizeBucketAggSample::new);
    transform("equal_size_bucket_m4_sample", EqualSizeBucketM4Sample::new);
    transform("equal_size_bucket_outlier_sample", EqualSizeBucketOutlierSample::new);
    transform("equal_size_bucket_random_sample", EqualSizeBucketRandomSample::new);
    transform("m4", M4::new);
    transform("non_negative_derivative", NonNegativeDerivative::new);
    transform("non_negative_difference", NonNegativeDifference::new);
    transform("non_zero_count", NonZeroCount::new);
    transform("non_zero_duration", NonZeroDuration::new);
    transform("time_difference", TimeDifference::new);
    transform("top_k", TopK::new);
    transform("zero_count", ZeroCount::new);
    transform("zero_duration", ZeroDuration::new);
  }

  private BuiltinFunctions() {}

  private static void scalar(String name, ScalarFunction function) {
    SCALARS.put(name, function);
  }

  private static void aggregate(String name, AggregateFunction function) {
    AGGREGATES.put(name, function);
  }

  private static void transform(String name, Supplier<UDTF> factory) {
    TRANSFORMS.put(name, factory);
  }

  /** The row-mapping functions ({@code sin}, {@code cast}, {@code diff}...) by name. */
  public static Map<String, ScalarFunction> scalars() {
    return Collections.unmodifiableMap(SCALARS);
  }

  /** The aggregations ({@code count}, {@code max_by}...) by name. */
  public static Map<String, AggregateFunction> aggregates() {
    return Collections.unmodifiableMap(AGGREGATES);
  }

  /** The transforms ({@code top_k}, {@code m4}...) by name, each a factory of new instances. */
  public static Map<String, Supplier<UDTF>> transforms() {
    return Collections.unmodifiableMap(TRANSFORMS);
  }
}
