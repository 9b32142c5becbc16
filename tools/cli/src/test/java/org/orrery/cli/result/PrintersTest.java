package org.orrery.cli.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orrery.cli.FakeRows;
import org.orrery.common.type.DataType;

class PrintersTest {
  private final StringWriter buffer = new StringWriter();
  private final PrintWriter out = new PrintWriter(buffer);
  private final ValueText epoch = new ValueText(TimeFormat.EPOCH, ZoneOffset.UTC);

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Two timed rows, the second with no s1 value; text arrives as UTF-8 bytes like Column#get. */
  private static FakeRows twoRows() {
    return new FakeRows(true, List.of("root.sg.d1.s1", "root.sg.d1.s2"), List.of(DataType.DOUBLE, DataType.TEXT))
        .row(1000, 1.5, utf8("ab"))
        .row(2000, null, utf8("x"));
  }

  @Test
  void tableHasIotdbBordersRightAlignedCellsAndFooter() {
    TablePrinter printer = new TablePrinter(out, epoch, 1000, PageGate.ALWAYS);
    long rows = printer.printRows(twoRows());
    printer.printFooter(rows, 250_000_000L);
    assertEquals(String.join("\n",
        "+----+-------------+-------------+",
        "|Time|root.sg.d1.s1|root.sg.d1.s2|",
        "+----+-------------+-------------+",
        "|1000|          1.5|           ab|",
        "|2000|         null|            x|",
        "+----+-------------+-------------+",
        "Total line number = 2",
        "It costs 0.250s",
        ""), buffer.toString().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void tablePagesAskTheGateAndCancelWhenTheUserStops() {
    FakeRows rows = new FakeRows(false, List.of("v"), List.of(DataType.INT32)).row(0, 1).row(0, 22).row(0, 3);
    List<Long> asked = new java.util.ArrayList<>();
    TablePrinter printer = new TablePrinter(out, epoch, 2, printed -> {
      asked.add(printed);
      return false;
    });
    assertEquals(2, printer.printRows(rows));
    assertEquals(List.of(2L), asked);
    assertTrue(rows.cancelled);
    assertEquals(String.join("\n", "+--+", "| v|", "+--+", "| 1|", "|22|", "+--+", ""),
        buffer.toString().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void tableDoesNotAskTheGateWhenTheLastPageIsExactlyFull() {
    FakeRows rows = new FakeRows(false, List.of("v"), List.of(DataType.INT32)).row(0, 1).row(0, 2);
    TablePrinter printer = new TablePrinter(out, epoch, 2, printed -> {
      throw new AssertionError("no further page exists");
    });
    assertEquals(2, printer.printRows(rows));
  }

  @Test
  void tableEscapesLineBreaksInText() {
    FakeRows rows = new FakeRows(false, List.of("t"), List.of(DataType.TEXT)).row(0, (Object) utf8("a\nb"));
    new TablePrinter(out, epoch, 10, PageGate.ALWAYS).printRows(rows);
    assertTrue(buffer.toString().contains("|a\\nb|"), buffer.toString());
  }

  @Test
  void csvQuotesWhatNeedsQuotingAndLeavesNoValueEmpty() {
    FakeRows rows = twoRows().row(3000, 2.0, utf8("a,\"b")).row(4000, 3.0, utf8(""));
    assertEquals(4, new CsvPrinter(out, epoch).printRows(rows));
    assertEquals(String.join("\n",
        "Time,root.sg.d1.s1,root.sg.d1.s2",
        "1000,1.5,ab",
        "2000,,x",
        "3000,2.0,\"a,\"\"b\"",
        "4000,3.0,\"\"",
        ""), buffer.toString().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void tsvWritesNullAndEscapesTabsAndLineBreaks() {
    FakeRows rows = twoRows().row(3000, 2.0, utf8("a\tb\nc\\d"));
    new TsvPrinter(out, epoch).printRows(rows);
    assertEquals(String.join("\n",
        "Time\troot.sg.d1.s1\troot.sg.d1.s2",
        "1000\t1.5\tab",
        "2000\tnull\tx",
        "3000\t2.0\ta\\tb\\nc\\\\d",
        ""), buffer.toString().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void jsonHasColumnsTypesAndOneRowPerLine() {
    FakeRows rows = new FakeRows(true, List.of("b", "f", "t"), List.of(DataType.BOOLEAN, DataType.FLOAT, DataType.TEXT))
        .row(5, true, Float.NaN, utf8("q\"\\"))
        .row(6, null, 1.25f, null);
    new JsonPrinter(out, epoch).printRows(rows);
    assertEquals(String.join("\n",
        "{\"columns\":[\"Time\",\"b\",\"f\",\"t\"],\"types\":[\"TIMESTAMP\",\"BOOLEAN\",\"FLOAT\",\"TEXT\"],\"rows\":[",
        "[5,true,\"NaN\",\"q\\\"\\\\\"]",
        ",[6,null,1.25,null]",
        "]}",
        ""), buffer.toString().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void jsonMessageAndIsoTimes() {
    ValueText iso = new ValueText(TimeFormat.ISO, ZoneId.of("+08:00"));
    JsonPrinter printer = new JsonPrinter(out, iso);
    printer.printMessage("OK");
    printer.printRows(new FakeRows(true, List.of(), List.of()).row(0));
    assertEquals(String.join("\n",
        "{\"message\":\"OK\"}",
        "{\"columns\":[\"Time\"],\"types\":[\"TIMESTAMP\"],\"rows\":[",
        "[\"1970-01-01T08:00:00.000+08:00\"]",
        "]}",
        ""), buffer.toString().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void valueTextRendersEveryType() {
    ValueText iso = new ValueText(TimeFormat.ISO, ZoneOffset.UTC);
    assertEquals("2024-01-01T00:00:01.500+00:00", iso.time(1_704_067_201_500L));
    assertEquals("2024-02-29", iso.value(20240229, DataType.DATE));
    assertEquals("0x00ff10", iso.value(new byte[] {0, (byte) 0xFF, 0x10}, DataType.BLOB));
    assertEquals("1970-01-01T00:00:00.007+00:00", iso.value(7L, DataType.TIMESTAMP));
    assertEquals("7", epoch.value(7L, DataType.TIMESTAMP));
    assertEquals("é", iso.value(utf8("é"), DataType.STRING));
    assertEquals(null, iso.value(null, DataType.INT64));
  }

  @Test
  void tableMessageForNonQueries() {
    new TablePrinter(out, epoch, 10, PageGate.ALWAYS).printMessage("OK");
    assertEquals("Msg: The statement is executed successfully.\n",
        buffer.toString().replace(System.lineSeparator(), "\n"));
  }
}
