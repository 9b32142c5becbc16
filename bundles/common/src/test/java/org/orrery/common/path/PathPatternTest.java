package org.orrery.common.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathPatternTest {

  @ParameterizedTest(name = "{0} matches {1}: {2}")
  @CsvSource({
    "root.sg.d1.s1, root.sg.d1.s1, true",
    "root.sg.d1.s1, root.sg.d1.s2, false",
    "root.sg.d1.s1, root.sg.d1, false",
    "root.sg.*.s1, root.sg.d1.s1, true",
    "root.sg.*.s1, root.sg.d1.x.s1, false",
    "root.sg.*, root.sg, false",
    "root.**, root.sg, true",
    "root.**, root.sg.d1.s1, true",
    "root.**, root, false",
    "root.sg.**.s1, root.sg.s1, false",
    "root.sg.**.s1, root.sg.d1.s1, true",
    "root.sg.**.s1, root.sg.a.b.c.s1, true",
    "root.sg.**.s1, root.sg.a.b.c.s2, false",
    "root.**.d1.**, root.x.d1.y, true",
    "root.**.d1.**, root.x.d1, false",
    "root.**.**, root.a, false",
    "root.**.**, root.a.b, true",
    "root.sg.d*, root.sg.d1, true",
    "root.sg.d*, root.sg.d, true",
    "root.sg.d*, root.sg.x1, false",
    "root.sg.*_temp, root.sg.wf_temp, true",
    "root.sg.*_temp, root.sg.wf_tempx, false",
    "root.sg.a*b*c, root.sg.abxbyc, true",
    "root.sg.a*b*c, root.sg.acb, false",
    "*.d1, sg.d1, true",
  })
  void matchesConcretePaths(String pattern, String path, boolean expected) {
    assertEquals(expected, PathPattern.parse(pattern).matches(PartialPath.parse(path)));
  }

  @ParameterizedTest(name = "{0} may match under {1}: {2}")
  @CsvSource({
    "root.sg.**, root, true",
    "root.sg.**, root.sg, true",
    "root.sg.**, root.sg.d1.s1, true",
    "root.sg.**, root.other, false",
    "root.sg.d1.s1, root.sg.d1.s1, true",
    "root.sg.d1.s1, root.sg.d1.s1.x, false",
    "root.*.d1, root.a.b, false",
    "root.*.d1, root.a, true",
    "root.**.s1, root.a.b.c, true",
    "root.sg.d*.s1, root.sg.x, false",
    "root.sg.d*.s1, root.sg.dx, true",
  })
  void prunesSubtreesByPrefix(String pattern, String prefix, boolean expected) {
    assertEquals(expected, PathPattern.parse(pattern).mayMatchUnder(PartialPath.parse(prefix)));
  }

  @ParameterizedTest(name = "{0} overlaps {1}: {2}")
  @CsvSource({
    "root.sg.d1.s1, root.sg.d1.s1, true",
    "root.sg.d1.s1, root.sg.d1.s2, false",
    "root.sg.*.s1, root.sg.d1.*, true",
    "root.sg.*.s1, root.sg.*.s2, false",
    "root.**, root.a.b.c, true",
    "root.**.s1, root.a.**, true",
    "root.**.s1, root.a, false",
    "root.*.*, root.**.x.y, false",
    "root.*.*.*, root.**.x.y, true",
    "root.sg.d*, root.sg.*1, true",
    "root.sg.d*x, root.sg.y*, false",
    "root.sg.a*, root.sg.b*, false",
    "root.sg.*a, root.sg.*b, false",
    "root.sg.a*c, root.sg.*b*, true",
    "root.sg.d*, root.sg.e1, false",
    "root.a.**.b, root.**.c, false",
    "root.a.**.b, root.**.b, true",
  })
  void detectsOverlapSymmetrically(String a, String b, boolean expected) {
    PathPattern left = PathPattern.parse(a);
    PathPattern right = PathPattern.parse(b);
    assertEquals(expected, left.overlaps(right));
    assertEquals(expected, right.overlaps(left));
  }

  @Test
  void manyMultiLevelWildcardsStayFast() {
    StringBuilder pattern = new StringBuilder("root");
    StringBuilder path = new StringBuilder("root");
    for (int i = 0; i < 40; i++) {
      pattern.append(".**");
    }
    pattern.append(".zz");
    for (int i = 0; i < 400; i++) {
      path.append(".n").append(i);
    }
    // Exponential backtracking would never finish; the automaton visits 400 x 42 states.
    assertFalse(PathPattern.parse(pattern.toString()).matches(PartialPath.parse(path.toString())));
    assertTrue(
        PathPattern.parse(pattern.toString())
            .matches(PartialPath.parse(path.toString() + ".zz")));
  }

  @Test
  void concreteCandidateIsRequired() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PathPattern.parse("root.**").matches(PartialPath.parse("root.*")));
    assertTrue(e.getMessage().contains("root.*"));
  }

  @Test
  void globIntersectionEdgeCases() {
    assertTrue(NodePattern.globsIntersect("*", "abc"));
    assertTrue(NodePattern.globsIntersect("a*", "*a"));
    assertFalse(NodePattern.globsIntersect("ab", "a"));
    assertTrue(NodePattern.globsIntersect("**", "x"));
    assertTrue(NodePattern.globMatches("*", ""));
    assertFalse(NodePattern.globMatches("a*b", "ba"));
  }

  @Test
  void concreteness() {
    assertTrue(PathPattern.parse("root.sg.d1").isConcrete());
    assertFalse(PathPattern.parse("root.sg.d*").isConcrete());
    assertEquals("root.sg.**", PathPattern.parse("root.sg.**").toString());
  }
}
