package org.orrery.udf.api.customizer.config;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.orrery.udf.api.customizer.parameter.UDFParameters;
import org.orrery.udf.api.customizer.strategy.RowByRowAccessStrategy;
import org.orrery.udf.api.customizer.strategy.StateWindowAccessStrategy;
import org.orrery.udf.api.exception.UDFParameterNotValidException;
import org.orrery.udf.api.type.Type;

class ConfigurationsTest {

  private final UDFParameters twoInputs =
      UDFParameters.builder().input("s1", Type.DOUBLE).input("s2", Type.DOUBLE).build();

  @Test
  void udtfConfigurationIsFluentAndComplete() {
    UDTFConfigurations configurations = new UDTFConfigurations();
    RowByRowAccessStrategy strategy = new RowByRowAccessStrategy();
    assertSame(configurations,
        configurations.setAccessStrategy(strategy).setOutputDataType(Type.INT64));
    assertSame(strategy, configurations.getAccessStrategy());
    assertEquals(Type.INT64, configurations.getOutputDataType());
    assertDoesNotThrow(() -> configurations.check(twoInputs));
  }

  @Test
  void udtfCheckReportsWhatBeforeStartForgot() {
    UDTFConfigurations configurations = new UDTFConfigurations().setOutputDataType(Type.INT32);
    assertEquals("the UDTF did not set an access strategy in beforeStart",
        assertThrows(UDFParameterNotValidException.class, () -> configurations.check(twoInputs))
            .getMessage());
    UDTFConfigurations noType =
        new UDTFConfigurations().setAccessStrategy(new RowByRowAccessStrategy());
    assertEquals("the UDTF did not set an output data type in beforeStart",
        assertThrows(UDFParameterNotValidException.class, () -> noType.check(twoInputs))
            .getMessage());
  }

  @Test
  void udtfCheckAsksTheStrategyAboutTheInputs() {
    UDTFConfigurations configurations =
        new UDTFConfigurations()
            .setAccessStrategy(new StateWindowAccessStrategy())
            .setOutputDataType(Type.INT32);
    assertThrows(UDFParameterNotValidException.class, () -> configurations.check(twoInputs));
  }

  @Test
  void udafCheckNeedsAnOutputType() {
    UDAFConfigurations configurations = new UDAFConfigurations();
    assertEquals("the UDAF did not set an output data type in beforeStart",
        assertThrows(UDFParameterNotValidException.class, configurations::check).getMessage());
    configurations.setOutputDataType(Type.DOUBLE);
    assertDoesNotThrow(configurations::check);
    assertEquals(Type.DOUBLE, configurations.getOutputDataType());
  }
}
