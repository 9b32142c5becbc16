package org.orrery.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.orrery.udf.api.UDTF;

/** The catalogue holds every function issue 5 names, once, under its lower-case name. */
class BuiltinFunctionsTest {
  private static final List<String> AGGREGATES = List.of("count", "sum", "avg", "extreme",
      "max_value", "min_value", "first_value", "last_value", "max_time", "min_time", "count_if",
      "time_duration", "mode", "stddev", "stddev_pop", "stddev_samp", "variance", "var_pop",
      "var_samp", "max_by", "min_by");
  private static final List<String> SCALARS = List.of("sin", "cos", "tan", "asin", "acos", "atan",
      "sinh", "cosh", "tanh", "degrees", "radians", "abs", "sign", "ceil", "floor", "round", "exp",
      "ln", "log10", "sqrt", "string_contains", "string_matches", "length", "locate", "startswith",
      "endswith", "concat", "substring", "upper", "lower", "trim", "replace", "strcmp", "cast",
      "const", "e", "pi", "in_range", "on_off", "diff");
  private static final List<String> TRANSFORMS = List.of("top_k", "bottom_k", "time_difference",
      "derivative", "non_negative_derivative", "difference", "non_negative_difference",
      "zero_duration", "non_zero_duration", "zero_count", "non_zero_count", "m4",
      "equal_size_bucket_random_sample", "equal_size_bucket_agg_sample",
      "equal_size_bucket_m4_sample", "equal_size_bucket_outlier_sample", "change_points");

  @Test
  void everyNamedFunctionIsThere() {
    assertEquals(Set.copyOf(AGGREGATES), BuiltinFunctions.aggregates().keySet());
    assertEquals(Set.copyOf(SCALARS), BuiltinFunctions.scalars().keySet());
    assertEquals(Set.copyOf(TRANSFORMS), BuiltinFunctions.transforms().keySet());
  }

  @Test
  void namesAreLowerCaseAndUniqueAcrossKinds() {
    Set<String> all = new HashSet<>();
    for (Set<String> names : List.of(BuiltinFunctions.aggregates().keySet(),
        BuiltinFunctions.scalars().keySet(), BuiltinFunctions.transforms().keySet())) {
      for (String name : names) {
        assertEquals(name.toLowerCase(Locale.ROOT), name);
        assertTrue(all.add(name), "duplicate " + name);
      }
    }
  }

  @Test
  void transformsAreFreshInstances() {
    for (String name : TRANSFORMS) {
      UDTF first = BuiltinFunctions.transforms().get(name).get();
      UDTF second = BuiltinFunctions.transforms().get(name).get();
      assertNotSame(first, second, name);
    }
  }
}
