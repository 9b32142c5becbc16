package org.orrery.sql.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.orrery.common.path.PartialPath;
import org.orrery.common.time.TimePoint;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.expression.BooleanLiteral;
import org.orrery.sql.ast.expression.DateTimeConstant;
import org.orrery.sql.ast.expression.Literal;
import org.orrery.sql.ast.expression.NullLiteral;
import org.orrery.sql.ast.expression.StringLiteral;
import org.orrery.sql.ast.write.DeleteData;
import org.orrery.sql.ast.write.InsertRow;
import org.orrery.sql.ast.write.InsertStatement;
import org.orrery.sql.parser.OrrerySqlParser.DeleteDataContext;
import org.orrery.sql.parser.OrrerySqlParser.InsertColumnContext;
import org.orrery.sql.parser.OrrerySqlParser.InsertRowContext;
import org.orrery.sql.parser.OrrerySqlParser.InsertStatementContext;
import org.orrery.sql.parser.OrrerySqlParser.InsertValueContext;
import org.orrery.sql.parser.OrrerySqlParserBaseVisitor;

/** Translates the write family: INSERT and DELETE. */
final class WriteTranslator extends OrrerySqlParserBaseVisitor<Statement> {
  private final ExpressionTranslator expressions;

  WriteTranslator(ExpressionTranslator expressions) {
    this.expressions = expressions;
  }

  @Override
  public Statement visitInsertStatement(InsertStatementContext context) {
    PartialPath device = Paths.concrete(context.path(), "a device");
    boolean timeColumn = false;
    List<String> measurements = new ArrayList<>();
    List<InsertColumnContext> columns = context.insertColumn();
    for (int i = 0; i < columns.size(); i++) {
      InsertColumnContext column = columns.get(i);
      if (column.pathNode() == null) {
        if (i != 0) {
          throw Errors.at(column, "the time column must be the first column");
        }
        timeColumn = true;
        continue;
      }
      String name = Paths.measurement(column.pathNode());
      if (measurements.contains(name)) {
        throw Errors.at(column, "measurement '" + name + "' is given twice");
      }
      measurements.add(name);
    }
    if (measurements.isEmpty()) {
      throw Errors.at(context.insertColumn(0), "INSERT needs at least one measurement");
    }
    List<InsertRowContext> rowContexts = context.insertRow();
    if (!timeColumn && rowContexts.size() > 1) {
      throw Errors.at(rowContexts.get(1),
          "timestamps must be given when inserting several rows; add a time column");
    }
    List<InsertRow> rows = new ArrayList<>();
    for (int r = 0; r < rowContexts.size(); r++) {
      rows.add(row(rowContexts.get(r), r + 1, timeColumn, columns.size()));
    }
    return new InsertStatement(device, context.ALIGNED() != null, measurements, rows);
  }

  private static InsertRow row(
      InsertRowContext context, int number, boolean timeColumn, int width) {
    List<InsertValueContext> values = context.insertValue();
    if (values.size() != width) {
      throw Errors.at(context, "row " + number + " has " + values.size() + " values but "
          + width + " columns are named");
    }
    Optional<TimePoint> time = Optional.empty();
    int first = 0;
    if (timeColumn) {
      time = Optional.of(time(values.get(0)));
      first = 1;
    }
    List<Literal> row = new ArrayList<>();
    for (int i = first; i < values.size(); i++) {
      row.add(value(values.get(i)));
    }
    return new InsertRow(time, row);
  }

  /** The time column: an integer timestamp, a datetime or now(), possibly with offsets. */
  private static TimePoint time(InsertValueContext value) {
    if (value.timeExpression() != null) {
      return Times.timeExpression(value.timeExpression());
    }
    if (value.signedNumber() != null && value.signedNumber().INTEGER() != null) {
      String sign = value.signedNumber().MINUS() != null ? "-" : "";
      return TimePoint.ofEpoch(
          Literals.integer(sign + value.signedNumber().INTEGER().getText(), value.start));
    }
    throw Errors.at(value, "a time must be an integer timestamp, a datetime or now(), not "
        + value.getText());
  }

  private static Literal value(InsertValueContext value) {
    if (value.signedNumber() != null) {
      return Literals.signedNumber(value.signedNumber());
    }
    if (value.STRING() != null) {
      return new StringLiteral(Names.string(value.STRING().getSymbol()));
    }
    if (value.booleanLiteral() != null) {
      return new BooleanLiteral(Literals.bool(value.booleanLiteral()));
    }
    if (value.NULL() != null) {
      return new NullLiteral();
    }
    if (value.timeExpression().DATETIME() != null && value.timeExpression().getChildCount() == 1) {
      return new DateTimeConstant(Times.dateTime(value.timeExpression().DATETIME().getSymbol()));
    }
    throw Errors.at(value, "now() and time arithmetic are only allowed in the time column, not in "
        + value.getText());
  }

  @Override
  public Statement visitDeleteData(DeleteDataContext context) {
    return new DeleteData(
        Paths.patterns(context.path()),
        Optional.ofNullable(context.whereClause()).map(w -> expressions.translate(w.expression())));
  }
}
