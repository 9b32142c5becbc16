package org.orrery.udf.api.customizer.parameter;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.orrery.udf.api.exception.UDFParameterNotValidException;
import org.orrery.udf.api.type.Type;

class UDFParameterValidatorTest {

  private final UDFParameterValidator validator =
      new UDFParameterValidator(
          UDFParameters.builder()
              .input("root.sg.d.s1", Type.TEXT)
              .input("root.sg.d.s2", Type.DOUBLE)
              .attribute("window", "10")
              .build());

  private static String failure(Executable check) {
    return assertThrows(UDFParameterNotValidException.class, check).getMessage();
  }

  @Test
  void passingChecksChain() {
    assertDoesNotThrow(() ->
        validator.validateInputSeriesNumber(2)
            .validateInputSeriesNumber(1, 3)
            .validateInputSeriesDataType(1, Type.INT32, Type.DOUBLE)
            .validateRequiredAttribute("window")
            .validate((Integer w) -> w > 0, "window must be positive",
                validator.getParameters().getInt("window")));
  }

  @Test
  void inputCountFailuresSayWhatWasExpected() {
    assertEquals("the function takes 1 input series, but 2 were given",
        failure(() -> validator.validateInputSeriesNumber(1)));
    assertEquals("the function takes 3 to 4 input series, but 2 were given",
        failure(() -> validator.validateInputSeriesNumber(3, 4)));
    assertThrows(IllegalArgumentException.class, () -> validator.validateInputSeriesNumber(4, 3));
  }

  @Test
  void typeFailuresNameTheSeriesAndTheAcceptedTypes() {
    assertEquals(
        "input series 0 (root.sg.d.s1) has type TEXT, but the function accepts INT32, DOUBLE",
        failure(() -> validator.validateInputSeriesDataType(0, Type.INT32, Type.DOUBLE)));
    assertEquals("the function needs input series 2, but 2 were given",
        failure(() -> validator.validateInputSeriesDataType(2, Type.TEXT)));
  }

  @Test
  void missingAttributeAndCustomRule() {
    assertEquals("attribute 'threshold' is required but was not given",
        failure(() -> validator.validateRequiredAttribute("threshold")));
    assertEquals("window must exceed 20 (got 10)",
        failure(() -> validator.validate((Integer w) -> w > 20, "window must exceed 20",
            validator.getParameters().getInt("window"))));
  }
}
