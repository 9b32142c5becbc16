package org.orrery.query.statement;

import java.util.ArrayList;
import java.util.List;
import org.orrery.common.block.Column;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.type.DataType;
import org.orrery.engine.query.InsertOutcome;
import org.orrery.engine.query.InsertTablet;
import org.orrery.engine.schema.SeriesInfo;
import org.orrery.engine.schema.WriteSchema;
import org.orrery.engine.storage.WriteBatch;

/**
 * The write path of tablets: schema check (and auto-creation) per device, conversion of each
 * accepted column to its series' type, then one storage write for all devices. Rejected columns
 * are reported; the others are written.
 */
public final class TabletWriter {
  private final Engines engines;

  public TabletWriter(Engines engines) {
    this.engines = engines;
  }

  public InsertOutcome write(List<InsertTablet> tablets) {
    List<WriteBatch> batches = new ArrayList<>();
    List<OrreryException> rejected = new ArrayList<>();
    long values = 0;
    for (InsertTablet tablet : tablets) {
      List<DataType> types = new ArrayList<>();
      for (Column column : tablet.columns()) {
        types.add(column.type());
      }
      WriteSchema schema = engines.schema().prepareWrite(
          tablet.device(), tablet.measurements(), types, tablet.aligned());
      List<String> measurements = new ArrayList<>();
      List<Column> columns = new ArrayList<>();
      List<String> encodings = new ArrayList<>();
      List<String> compressions = new ArrayList<>();
      for (int c = 0; c < tablet.measurements().size(); c++) {
        SeriesInfo series = schema.series().get(c);
        if (series == null) {
          rejected.add(schema.errors().get(c));
          continue;
        }
        Column column = tablet.columns().get(c);
        if (!ColumnConversion.possible(column.type(), series.type())) {
          rejected.add(new OrreryException(ErrorCode.TYPE_MISMATCH,
              "cannot write " + column.type() + " values to " + series.path() + " of type " + series.type()));
          continue;
        }
        Column converted = ColumnConversion.convert(column, tablet.rowCount(), series.type());
        measurements.add(series.measurement());
        columns.add(converted);
        encodings.add(series.encoding());
        compressions.add(series.compression());
        values += valueCount(converted, tablet.rowCount());
      }
      if (!measurements.isEmpty() && tablet.rowCount() > 0) {
        batches.add(new WriteBatch(schema.database().path(), tablet.device(), schema.aligned(),
            measurements, tablet.times(), columns, tablet.rowCount(), encodings, compressions));
      }
    }
    if (!batches.isEmpty()) {
      engines.storage().write(batches);
    }
    return new InsertOutcome(values, rejected);
  }

  /**
   * The non-null values among the first {@code rows} of a column. A numeric or boolean column
   * without null flags holds {@code rows} values, so only columns that can hold a null (null
   * flags, or binary values that are null references) are counted row by row: the common insert
   * of full numeric columns costs nothing per value here.
   */
  static long valueCount(Column column, int rows) {
    if (column.nulls() == null && !column.type().isBinary()) {
      return rows;
    }
    long values = 0;
    for (int r = 0; r < rows; r++) {
      if (!column.isNull(r)) {
        values++;
      }
    }
    return values;
  }
}
