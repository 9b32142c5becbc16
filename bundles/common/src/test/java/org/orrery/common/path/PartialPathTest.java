package org.orrery.common.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartialPathTest {

  @Test
  void parsesPlainNodes() {
    PartialPath path = PartialPath.parse("root.sg.d1.s1");
    assertEquals(List.of("root", "sg", "d1", "s1"), path.nodes());
    assertEquals(4, path.length());
    assertTrue(path.isFullPath());
    assertFalse(path.hasWildcard());
    assertEquals("root.sg.d1.s1", path.toString());
  }

  @Test
  void backquotedNodeKeepsDotsAndDoubledBackquotes() {
    PartialPath path = PartialPath.parse("root.sg.`a.b`.`x``y`");
    assertEquals(List.of("root", "sg", "a.b", "x`y"), path.nodes());
    assertEquals("root.sg.`a.b`.`x``y`", path.toString());
    assertEquals(path, PartialPath.parse(path.toString()));
  }

  @Test
  void quotingIsDroppedWhenNotNeeded() {
    assertEquals("root.sg.d1", PartialPath.parse("root.`sg`.d1").toString());
    assertEquals(PartialPath.parse("root.sg.d1"), PartialPath.parse("root.`sg`.d1"));
  }

  @Test
  void numericAndCjkNodes() {
    assertEquals("root.sg.`123`", PartialPath.parse("root.sg.`123`").toString());
    assertEquals(List.of("root", "工厂", "d1"), PartialPath.parse("root.工厂.d1").nodes());
    assertEquals(List.of("root", "sg", "1d"), PartialPath.parse("root.sg.1d").nodes());
  }

  @Test
  void rootIsNormalisedToLowerCase() {
    assertEquals("root", PartialPath.parse("ROOT.sg").firstNode());
    assertTrue(PartialPath.parse("Root.sg").isFullPath());
  }

  @Test
  void suffixPathIsNotFull() {
    PartialPath suffix = PartialPath.parse("d1.s1");
    assertFalse(suffix.isFullPath());
    assertEquals(PartialPath.parse("root.sg.d1.s1"), PartialPath.parse("root.sg").concat(suffix));
  }

  @Test
  void wildcardsAreRecognised() {
    assertTrue(PartialPath.parse("root.*.d1").hasWildcard());
    assertTrue(PartialPath.parse("root.**").hasWildcard());
    assertTrue(PartialPath.parse("root.sg.d*").hasWildcard());
    assertEquals("root.sg.*_temp", PartialPath.parse("root.sg.*_temp").toString());
  }

  @Test
  void deviceAndMeasurementSplit() {
    PartialPath series = PartialPath.parse("root.ln.wf01.wt01.temperature");
    assertEquals(PartialPath.parse("root.ln.wf01.wt01"), series.devicePath());
    assertEquals("temperature", series.measurement());
    IllegalPathException e =
        assertThrows(IllegalPathException.class, () -> PartialPath.parse("root").devicePath());
    assertTrue(e.getMessage().contains("'root'"), e.getMessage());
  }

  @Test
  void appendSubPathAndStartsWith() {
    PartialPath device = PartialPath.parse("root.sg.d1");
    PartialPath series = device.append("s.1");
    assertEquals("root.sg.d1.`s.1`", series.toString());
    assertTrue(series.startsWith(device));
    assertFalse(device.startsWith(series));
    assertFalse(series.startsWith(PartialPath.parse("root.sg.d")));
    assertEquals(PartialPath.parse("sg.d1"), series.subPath(1, 3));
  }

  @Test
  void ordersNodeByNode() {
    assertTrue(PartialPath.parse("root.a.z").compareTo(PartialPath.parse("root.b")) < 0);
    assertTrue(PartialPath.parse("root.a").compareTo(PartialPath.parse("root.a.b")) < 0);
    assertEquals(0, PartialPath.parse("root.a").compareTo(PartialPath.parse("root.`a`")));
  }

  @Test
  void ofRawNodesQuotesWhenWriting() {
    PartialPath path = PartialPath.of("root", "sg", "a b");
    assertEquals("root.sg.`a b`", path.toString());
    assertEquals(path, PartialPath.parse("root.sg.`a b`"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "root..d1 | empty node at level 1",
        "root.sg. | empty node at level 2",
        ".root | empty node at level 0",
        "root.sg.d-1 | illegal character '-' in node 'd-1'",
        "root.sg.123 | node '123' is a number",
        "root.sg.`abc | unterminated backquote",
        "root.`a`b.c | expected '.' after node 2",
        "root.`a*b` | reserved for wildcards",
        "root.a**.b | '**' must be a whole node",
        "root.``.b | empty quoted node at level 1",
      })
  void rejectsMalformedPathsNamingThem(String text, String problem) {
    IllegalPathException e = assertThrows(IllegalPathException.class, () -> PartialPath.parse(text));
    assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
    assertTrue(e.getMessage().contains(problem), e.getMessage());
    assertEquals(text, e.path());
  }

  @Test
  void rejectsEmptyText() {
    assertThrows(IllegalPathException.class, () -> PartialPath.parse(""));
    assertThrows(IllegalPathException.class, () -> PartialPath.of(List.of()));
    assertThrows(IllegalPathException.class, () -> PartialPath.of("root", ""));
  }
}
