package org.orrery.udf.api;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.orrery.udf.api.column.Column;
import org.orrery.udf.api.customizer.config.UDTFConfigurations;
import org.orrery.udf.api.customizer.parameter.UDFParameters;
import org.orrery.udf.api.customizer.strategy.RowByRowAccessStrategy;
import org.orrery.udf.api.testing.InputTable;
import org.orrery.udf.api.testing.RecordingPointCollector;
import org.orrery.udf.api.type.Type;

class UDTFTest {

  /** A UDTF that implements only the row-by-row transform. */
  static final class RowOnly implements UDTF {
    @Override
    public void beforeStart(UDFParameters parameters, UDTFConfigurations configurations) {
      configurations.setAccessStrategy(new RowByRowAccessStrategy()).setOutputDataType(Type.INT32);
    }
  }

  @Test
  void unimplementedTransformsNameTheClassAndTheMissingMethod() {
    InputTable table = new InputTable(new long[] {1}, Column.ofInts(Type.INT32, new int[] {1}, null));
    RecordingPointCollector collector = new RecordingPointCollector(Type.INT32);
    UDTF udtf = new RowOnly();
    UnsupportedOperationException e =
        assertThrows(UnsupportedOperationException.class,
            () -> udtf.transform(table.window(0, 1), collector));
    assertTrue(e.getMessage().contains(RowOnly.class.getName()), e.getMessage());
    assertTrue(e.getMessage().contains("transform(RowWindow, PointCollector)"), e.getMessage());
    assertThrows(UnsupportedOperationException.class, () -> udtf.transform(table.row(0), collector));
    assertDoesNotThrow(() -> udtf.terminate(collector));
    assertDoesNotThrow(udtf::beforeDestroy);
  }
}
