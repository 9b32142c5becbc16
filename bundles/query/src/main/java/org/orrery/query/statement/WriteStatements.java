package org.orrery.query.statement;

import java.util.ArrayList;
import java.util.List;
import org.orrery.common.block.Column;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.path.PartialPath;
import org.orrery.common.path.PathPattern;
import org.orrery.common.time.TimeContext;
import org.orrery.common.type.DataType;
import org.orrery.engine.schema.SchemaEngine.LiteralKind;
import org.orrery.engine.schema.SeriesInfo;
import org.orrery.engine.schema.WriteSchema;
import org.orrery.engine.storage.TimeInterval;
import org.orrery.engine.storage.WriteBatch;
import org.orrery.query.analyze.TimeFilter;
import org.orrery.query.analyze.TimeIntervals;
import org.orrery.query.block.ColumnBuilder;
import org.orrery.query.result.MessageResult;
import org.orrery.sql.ast.expression.Literal;
import org.orrery.sql.ast.expression.BinaryExpression;
import org.orrery.sql.ast.expression.BinaryOperator;
import org.orrery.sql.ast.expression.Expression;
import org.orrery.sql.ast.expression.UnaryExpression;
import org.orrery.sql.ast.expression.UnaryOperator;
import org.orrery.sql.ast.write.DeleteData;
import org.orrery.sql.ast.write.InsertRow;
import org.orrery.sql.ast.write.InsertStatement;

/**
 * {@code INSERT INTO ... VALUES} and {@code DELETE FROM ... WHERE time ...}. An insert types its
 * columns through the schema (auto-creating what is missing), converts each value to its
 * series' type, writes the accepted columns and then reports the rejected ones in its error.
 */
public final class WriteStatements {
  private final Engines engines;
  private final SchemaStatements schemaStatements;

  public WriteStatements(Engines engines, SchemaStatements schemaStatements) {
    this.engines = engines;
    this.schemaStatements = schemaStatements;
  }

  public MessageResult insert(InsertStatement statement, TimeContext time) {
    int columns = statement.measurements().size();
    int rows = statement.rows().size();
    for (InsertRow row : statement.rows()) {
      if (row.values().size() != columns) {
        throw new OrreryException(ErrorCode.SEMANTIC_ERROR, "a row of the insert into " + statement.device()
            + " has " + row.values().size() + " values for " + columns + " measurements");
      }
    }
    long[] times = new long[rows];
    for (int r = 0; r < rows; r++) {
      InsertRow row = statement.rows().get(r);
      times[r] = row.time().map(t -> t.resolve(time)).orElseGet(time::now);
    }
    List<String> measurements = new ArrayList<>();
    List<Integer> sourceColumns = new ArrayList<>();
    List<DataType> inferred = new ArrayList<>();
    for (int c = 0; c < columns; c++) {
      LiteralKind kind = null;
      for (InsertRow row : statement.rows()) {
        kind = LiteralValues.kind(row.values().get(c));
        if (kind != null) {
          break;
        }
      }
      if (kind == null) {
        continue; // a column of nulls writes nothing and creates nothing
      }
      measurements.add(statement.measurements().get(c));
      sourceColumns.add(c);
      inferred.add(typeFor(statement, c, kind, time));
    }
    if (measurements.isEmpty()) {
      return MessageResult.OK;
    }
    WriteSchema schema = engines.schema().prepareWrite(
        statement.device(), measurements, inferred, statement.aligned());
    List<OrreryException> rejected = new ArrayList<>();
    List<String> written = new ArrayList<>();
    List<Column> built = new ArrayList<>();
    List<String> encodings = new ArrayList<>();
    List<String> compressions = new ArrayList<>();
    for (int i = 0; i < measurements.size(); i++) {
      SeriesInfo series = schema.series().get(i);
      if (series == null) {
        rejected.add(schema.errors().get(i));
        continue;
      }
      ColumnBuilder builder = new ColumnBuilder(series.type(), rows);
      try {
        for (InsertRow row : statement.rows()) {
          Literal value = row.values().get(sourceColumns.get(i));
          LiteralValues.append(value, series.type(), time, builder, series.path().toString());
        }
      } catch (OrreryException e) {
        rejected.add(e);
        continue;
      }
      written.add(series.measurement());
      built.add(builder.build());
      encodings.add(series.encoding());
      compressions.add(series.compression());
    }
    if (!written.isEmpty()) {
      engines.storage().write(new WriteBatch(schema.database().path(), statement.device(),
          schema.aligned(), written, times, built, rows, encodings, compressions));
    }
    if (!rejected.isEmpty()) {
      throw rejection(rejected);
    }
    return MessageResult.OK;
  }

  /**
   * The type to announce for a column: an existing series' own type when every value converts to
   * it (an integer literal fits an INT32 series even though auto-creation would type it DOUBLE),
   * else the type auto-creation gives the literals.
   */
  private DataType typeFor(InsertStatement statement, int column, LiteralKind kind, TimeContext time) {
    PartialPath path = statement.device().append(statement.measurements().get(column));
    SeriesInfo existing = engines.schema().seriesAt(path).orElse(null);
    if (existing != null) {
      ColumnBuilder probe = new ColumnBuilder(existing.type(), statement.rows().size());
      try {
        for (InsertRow row : statement.rows()) {
          LiteralValues.append(row.values().get(column), existing.type(), time, probe, path.toString());
        }
        return existing.type();
      } catch (OrreryException e) {
        // the values do not fit: let the schema check report the conflict
      }
    }
    return engines.schema().inferType(kind);
  }

  /** One error naming every rejected column; its code is the first rejection's. */
  static OrreryException rejection(List<OrreryException> rejected) {
    StringBuilder message = new StringBuilder();
    for (OrreryException e : rejected) {
      if (message.length() > 0) {
        message.append("; ");
      }
      message.append(e.getMessage());
    }
    return new OrreryException(rejected.get(0).code(), message.toString());
  }

  /**
   * IoTDB's DELETE takes one time condition or two joined by AND ("Delete Data": intervals joined
   * by OR are refused), so OR and NOT are rejected rather than read as a union of intervals.
   */
  private static void requireAndedTimeConditions(Expression where) {
    org.orrery.query.analyze.ExpressionWalk.visit(where, e -> {
      boolean or = e instanceof BinaryExpression binary && binary.operator() == BinaryOperator.OR;
      boolean not = e instanceof UnaryExpression unary && unary.operator() == UnaryOperator.NOT;
      if (or || not) {
        throw new OrreryException(ErrorCode.SEMANTIC_ERROR, "DELETE accepts time conditions joined by AND"
            + " only, like time > 1 and time <= 9, not '" + where.toSql() + "'");
      }
    });
  }

  public MessageResult delete(DeleteData statement, TimeContext time) {
    statement.where().ifPresent(WriteStatements::requireAndedTimeConditions);
    TimeFilter filter = TimeFilter.of(statement.where(), time);
    if (filter.valueFilter().isPresent()) {
      throw new OrreryException(ErrorCode.SEMANTIC_ERROR,
          "DELETE only accepts time conditions, not '" + filter.valueFilter().get().toSql() + "'");
    }
    List<SeriesInfo> series = new ArrayList<>();
    java.util.Set<PartialPath> seen = new java.util.HashSet<>();
    for (PartialPath pattern : statement.patterns()) {
      // a path deletes from itself and everything under it: DELETE FROM root.ln.wf02.wt02 empties
      // the device's series (IoTDB 1.3 "Delete Data": "the prefix path with broader meaning")
      List<PathPattern> matching = new ArrayList<>();
      matching.add(PathPattern.of(pattern));
      if (!pattern.lastNode().equals("**")) {
        matching.add(PathPattern.of(pattern.append("**")));
      }
      for (PathPattern each : matching) {
        for (SeriesInfo info : engines.schema().series(each, List.of(), 0, 0)) {
          if (seen.add(info.path())) {
            series.add(info);
          }
        }
      }
    }
    TimeIntervals intervals = filter.time();
    for (TimeInterval interval : intervals.intervals()) {
      schemaStatements.deleteData(series, interval);
    }
    return MessageResult.OK;
  }
}
