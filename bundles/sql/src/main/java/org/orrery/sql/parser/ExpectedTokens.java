package org.orrery.sql.parser;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Turns the set of tokens the parser would have accepted into a short, readable list. Because
 * most keywords may also be names, a raw set often holds a hundred keywords; those collapse into
 * "a name", operators into "an operator" and expression starts into "an expression". When the
 * list is still long, the caller's description of the construct is used instead.
 */
final class ExpectedTokens {
  private static final int MAX_LISTED = 10;

  /** Keywords that are never names (must stay in sync with nonReservedKeyword's complement). */
  private static final Set<Integer> RESERVED_KEYWORDS =
      Set.of(
          OrrerySqlLexer.AND, OrrerySqlLexer.BETWEEN, OrrerySqlLexer.CASE, OrrerySqlLexer.ELSE,
          OrrerySqlLexer.FALSE, OrrerySqlLexer.IN, OrrerySqlLexer.IS, OrrerySqlLexer.LIKE,
          OrrerySqlLexer.NOT, OrrerySqlLexer.NULL, OrrerySqlLexer.OR, OrrerySqlLexer.PATH,
          OrrerySqlLexer.REGEXP, OrrerySqlLexer.ROOT, OrrerySqlLexer.THEN, OrrerySqlLexer.TIME,
          OrrerySqlLexer.TIMESTAMP, OrrerySqlLexer.TRUE, OrrerySqlLexer.WHEN);

  private static final Set<Integer> OPERATORS =
      Set.of(
          OrrerySqlLexer.PLUS, OrrerySqlLexer.MINUS, OrrerySqlLexer.STAR, OrrerySqlLexer.SLASH,
          OrrerySqlLexer.PERCENT, OrrerySqlLexer.EQ, OrrerySqlLexer.DOUBLE_EQ, OrrerySqlLexer.NEQ,
          OrrerySqlLexer.LT, OrrerySqlLexer.LTE, OrrerySqlLexer.GT, OrrerySqlLexer.GTE,
          OrrerySqlLexer.AND, OrrerySqlLexer.OR, OrrerySqlLexer.AMP, OrrerySqlLexer.DOUBLE_AMP,
          OrrerySqlLexer.PIPE, OrrerySqlLexer.DOUBLE_PIPE, OrrerySqlLexer.IN, OrrerySqlLexer.IS,
          OrrerySqlLexer.LIKE, OrrerySqlLexer.REGEXP, OrrerySqlLexer.BETWEEN, OrrerySqlLexer.NOT,
          OrrerySqlLexer.CONTAINS);

  private static final Set<Integer> EXPRESSION_STARTS =
      Set.of(
          OrrerySqlLexer.INTEGER, OrrerySqlLexer.DECIMAL, OrrerySqlLexer.STRING,
          OrrerySqlLexer.DATETIME, OrrerySqlLexer.DURATION, OrrerySqlLexer.TRUE,
          OrrerySqlLexer.FALSE, OrrerySqlLexer.NULL, OrrerySqlLexer.CAST, OrrerySqlLexer.CASE,
          OrrerySqlLexer.LR_BRACKET, OrrerySqlLexer.MINUS, OrrerySqlLexer.PLUS,
          OrrerySqlLexer.BANG, OrrerySqlLexer.NOT, OrrerySqlLexer.TIME, OrrerySqlLexer.TIMESTAMP,
          OrrerySqlLexer.ROOT, OrrerySqlLexer.STAR, OrrerySqlLexer.DOUBLE_STAR,
          OrrerySqlLexer.ID, OrrerySqlLexer.QUOTED_ID);

  /** Keywords that start the optional clauses of a query, in the order they are written. */
  private static final List<Integer> CLAUSE_KEYWORDS =
      List.of(
          OrrerySqlLexer.WHERE, OrrerySqlLexer.GROUP, OrrerySqlLexer.HAVING, OrrerySqlLexer.ORDER,
          OrrerySqlLexer.FILL, OrrerySqlLexer.LIMIT, OrrerySqlLexer.OFFSET, OrrerySqlLexer.SLIMIT,
          OrrerySqlLexer.SOFFSET, OrrerySqlLexer.ALIGN, OrrerySqlLexer.DISABLE);

  private static final Map<Integer, String> CLAUSE_NAMES =
      Map.of(
          OrrerySqlLexer.GROUP, "GROUP BY",
          OrrerySqlLexer.ORDER, "ORDER BY",
          OrrerySqlLexer.ALIGN, "ALIGN BY",
          OrrerySqlLexer.DISABLE, "DISABLE ALIGN");

  private static final Map<Integer, String> SPECIAL_NAMES = new HashMap<>();

  static {
    SPECIAL_NAMES.put(Token.EOF, "end of input");
    SPECIAL_NAMES.put(OrrerySqlLexer.ID, "a name");
    SPECIAL_NAMES.put(OrrerySqlLexer.QUOTED_ID, "a name");
    SPECIAL_NAMES.put(OrrerySqlLexer.STRING, "a string");
    SPECIAL_NAMES.put(OrrerySqlLexer.INTEGER, "an integer");
    SPECIAL_NAMES.put(OrrerySqlLexer.DECIMAL, "a decimal number");
    SPECIAL_NAMES.put(OrrerySqlLexer.DURATION, "a duration such as 1d");
    SPECIAL_NAMES.put(OrrerySqlLexer.DATETIME, "a datetime such as 2017-11-01T00:00:00");
    SPECIAL_NAMES.put(OrrerySqlLexer.PLACEHOLDER, "a placeholder such as ${1}");
    SPECIAL_NAMES.put(OrrerySqlLexer.NEQ, "'!='");
  }

  /** Keywords that may be names, read from the grammar's nonReservedKeyword rule. */
  private static final Set<Integer> NON_RESERVED = nonReservedKeywords();

  /** Every keyword: the non-reserved ones and the reserved ones listed above. */
  private static final Set<Integer> KEYWORDS = keywords();

  private ExpectedTokens() {}

  private static Set<Integer> nonReservedKeywords() {
    IntervalSet set =
        OrrerySqlParser._ATN.nextTokens(
            OrrerySqlParser._ATN.ruleToStartState[OrrerySqlParser.RULE_nonReservedKeyword]);
    return new TreeSet<>(set.toList());
  }

  private static Set<Integer> keywords() {
    Set<Integer> all = new TreeSet<>(NON_RESERVED);
    all.addAll(RESERVED_KEYWORDS);
    return all;
  }

  static boolean isKeyword(int type) {
    return KEYWORDS.contains(type);
  }

  /**
   * Readable names of what the set accepts.
   *
   * @param construct what the parser was reading ("a statement", "an expression"), used when the
   *     list is too long to be useful; may be null
   */
  static List<String> describe(IntervalSet expected, String construct) {
    TreeSet<Integer> types = new TreeSet<>(expected.toList());
    types.remove(Token.EPSILON);
    boolean name = types.contains(OrrerySqlLexer.ID);
    if (name) {
      types.remove(OrrerySqlLexer.QUOTED_ID);
      types.removeAll(NON_RESERVED);
    }
    boolean expression =
        name
            && types.contains(OrrerySqlLexer.INTEGER)
            && types.contains(OrrerySqlLexer.STRING)
            && types.contains(OrrerySqlLexer.LR_BRACKET);
    if (expression) {
      types.removeAll(EXPRESSION_STARTS);
    }
    long operatorCount = types.stream().filter(OPERATORS::contains).count();
    boolean operator = operatorCount >= 4;
    if (operator) {
      types.removeAll(OPERATORS);
    }
    List<String> clauses = new ArrayList<>();
    for (int keyword : CLAUSE_KEYWORDS) {
      if (types.contains(keyword)) {
        clauses.add(CLAUSE_NAMES.getOrDefault(keyword, name(keyword)));
      }
    }
    String clause = null;
    if (clauses.size() >= 5) {
      types.removeAll(CLAUSE_KEYWORDS);
      clause = "a clause (" + String.join(", ", clauses.subList(0, 3)) + ", ...)";
    }
    List<Integer> ordered = new ArrayList<>(types);
    // Keywords first (alphabetically), then punctuation, then kinds of literals, then the end.
    ordered.sort(Comparator.comparingInt(ExpectedTokens::rank).thenComparing(ExpectedTokens::name));
    List<String> names = new ArrayList<>();
    if (expression) {
      names.add("an expression");
    }
    for (int type : ordered) {
      String text = name(type);
      if (!names.contains(text)) {
        names.add(text);
      }
    }
    int end = names.size() - (types.contains(Token.EOF) ? 1 : 0);
    if (clause != null) {
      names.add(end++, clause);
    }
    if (operator) {
      names.add(end, "an operator");
    }
    if (names.size() > MAX_LISTED) {
      if (construct != null) {
        return List.of(construct);
      }
      List<String> shortened = new ArrayList<>(names.subList(0, MAX_LISTED - 1));
      shortened.add((names.size() - MAX_LISTED + 1) + " more");
      return shortened;
    }
    return names;
  }

  /**
   * The expected keyword the offending word most likely misspells ({@code FORM} for FROM), when
   * one keyword is clearly the closest.
   */
  static Optional<String> suggestion(String offending, IntervalSet expected) {
    if (offending == null || !offending.matches("[A-Za-z_]+")) {
      return Optional.empty();
    }
    String word = offending.toUpperCase();
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    boolean tie = false;
    for (int type : expected.toList()) {
      if (!isKeyword(type)) {
        continue;
      }
      String keyword = OrrerySqlLexer.VOCABULARY.getSymbolicName(type);
      int limit = keyword.length() <= 4 ? 1 : 2;
      int distance = EditDistance.between(word, keyword);
      if (distance == 0 || distance > limit) {
        continue;
      }
      if (distance < bestDistance) {
        best = keyword;
        bestDistance = distance;
        tie = false;
      } else if (distance == bestDistance) {
        tie = true;
      }
    }
    return tie ? Optional.empty() : Optional.ofNullable(best);
  }

  private static int rank(int type) {
    if (type == Token.EOF) {
      return 4;
    }
    if (isKeyword(type)) {
      return 0;
    }
    if (SPECIAL_NAMES.containsKey(type) && type != OrrerySqlLexer.NEQ) {
      return 2;
    }
    return 1;
  }

  static String name(int type) {
    String special = SPECIAL_NAMES.get(type);
    if (special != null) {
      return special;
    }
    Vocabulary vocabulary = OrrerySqlLexer.VOCABULARY;
    String literal = vocabulary.getLiteralName(type);
    return literal != null ? literal : vocabulary.getSymbolicName(type);
  }

  /** Joins names as "A", "A or B", "A, B or C". */
  static String join(List<String> names) {
    if (names.isEmpty()) {
      return "";
    }
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " or " + names.get(names.size() - 1);
  }
}
