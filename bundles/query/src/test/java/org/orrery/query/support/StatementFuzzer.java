package org.orrery.query.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.antlr.v4.runtime.Vocabulary;
import org.orrery.sql.parser.OrrerySqlLexer;

/**
 * Malformed, random and mutated statements for robustness tests, from a seeded random source:
 * token soups of the grammar's keywords, paths, literals and punctuation; good statements with
 * tokens dropped, repeated, swapped or replaced; truncations; stray characters.
 */
public final class StatementFuzzer {
  private static final String[] PATHS = {
      "root", "root.sg", "root.sg.d1", "root.sg.d1.s1", "root.sg.*", "root.**", "root.sg.**", "s1", "s2", "*",
      "**", "root.sg.a.x", "`weird name`", "root.sg.d1.`s 1`", "root.nosuch.d", "root.sg.d1.s1.s1.s1",
      "root.*.*.*.*", "d1.s1", "root.sg.`*`", "root..x", "root.sg.d1.time"};
  private static final String[] LITERALS = {
      "0", "1", "-1", "2.5", "1e308", "1e-320", "-0.0", "9223372036854775807", "9223372036854775808",
      "-9223372036854775808", "2147483648", "'text'", "\"dq\"", "''", "'it''s'", "true", "false", "null",
      "NaN", "1ms", "1d2h", "0ms", "100000000000d", "1mo", "1y", "now()", "2017-11-01T00:00:00",
      "2017-11-01T00:00:00+08:00", "2017-13-45", "1970-01-01", "0x00ff", "X'00'", "${1}"};
  private static final String[] NUMBERS = {
      "0", "1", "-1", "2", "3", "1.5", "1e308", "-0.0", "9223372036854775807", "-9223372036854775808",
      "2147483647", "2147483648", "99999999999999999999", "100000"};
  private static final String[] DURATIONS = {"0ms", "1ms", "3ms", "1s", "1h", "1d", "1mo", "1y", "100000000000d"};
  private static final String[] MEASUREMENTS = {"s1", "s2", "s3", "s4", "x", "y", "nosuch", "*", "**", "time"};
  private static final String[] STRINGS = {"'a'", "''", "'k'", "'2'", "'-1'", "'99999999999'", "'('", "'%'", "'x''y'"};
  private static final List<String> FUNCTIONS = List.of(
      "count", "sum", "avg", "max_value", "min_value", "first_value", "last_value", "extreme", "max_time",
      "min_time", "mode", "stddev", "variance", "sin", "abs", "round", "diff", "top_k", "bottom_k", "cast",
      "count_if", "time_duration", "derivative", "m4", "equal_size_bucket_random_sample", "substring",
      "length", "upper", "concat", "nosuchfn");
  private static final String[] PUNCTUATION = {
      "(", ")", "[", "]", ",", ".", ";", "=", "==", "!=", "<>", "<", "<=", ">", ">=", "+", "-", "*", "/", "%",
      "&&", "||", "!", "&", "|"};
  private static final String[] STRAY = {
      "(", ")", "'", "\"", "`", ",", ";", "\\", "\u0000", "\u00e9", "\ud83d\ude00", "\n", "/*", "--", "${", "%", " "};

  private final Random random;
  private final List<String> keywords;
  private final List<String> seeds;

  public StatementFuzzer(long seed, List<String> seeds) {
    this.random = new Random(seed);
    this.seeds = List.copyOf(seeds);
    this.keywords = keywords();
  }

  /** The grammar's keywords: the lexer's token names that are words of their own. */
  static List<String> keywords() {
    Vocabulary vocabulary = OrrerySqlLexer.VOCABULARY;
    List<String> words = new ArrayList<>();
    for (int t = 1; t <= vocabulary.getMaxTokenType(); t++) {
      String literal = vocabulary.getLiteralName(t);
      String symbolic = vocabulary.getSymbolicName(t);
      if (literal == null && symbolic != null && symbolic.matches("[A-Z][A-Z0-9_]*")
          && !symbolic.contains("LITERAL") && !symbolic.contains("QUOTED") && !symbolic.equals("ID")
          && !symbolic.equals("ERROR_CHAR") && !symbolic.equals("WS") && !symbolic.contains("COMMENT")) {
        words.add(symbolic);
      }
    }
    if (words.size() < 50) {
      throw new IllegalStateException("expected the grammar's keywords, found only " + words);
    }
    return words;
  }

  public List<String> keywordList() {
    return keywords;
  }

  /** The next statement, from one of the generators in turn at random. */
  public String next() {
    return switch (random.nextInt(8)) {
      case 0 -> tokenSoup();
      case 1 -> mutate(pick(seeds));
      case 2 -> truncate(pick(seeds));
      case 3 -> stray(pick(seeds));
      case 4 -> splice(pick(seeds), pick(seeds));
      default -> substitute(pick(seeds));
    };
  }

  private String pick(List<String> list) {
    return list.get(random.nextInt(list.size()));
  }

  private String pick(String[] array) {
    return array[random.nextInt(array.length)];
  }

  private String token() {
    return switch (random.nextInt(4)) {
      case 0 -> pick(PATHS);
      case 1 -> pick(LITERALS);
      case 2 -> pick(PUNCTUATION);
      default -> pick(keywords).toLowerCase(java.util.Locale.ROOT);
    };
  }

  private String tokenSoup() {
    int length = 1 + random.nextInt(20);
    StringBuilder out = new StringBuilder(random.nextBoolean() ? "select " : "");
    for (int i = 0; i < length; i++) {
      out.append(token()).append(' ');
    }
    return out.toString();
  }

  /** Splits into tokens at spaces and around punctuation, keeping quoted strings whole enough. */
  private static List<String> tokens(String statement) {
    List<String> out = new ArrayList<>();
    for (String part : statement.split("(?<=[ (),\\[\\]])|(?=[ (),\\[\\]])")) {
      if (!part.isBlank()) {
        out.add(part);
      }
    }
    return out;
  }

  private String mutate(String statement) {
    List<String> tokens = new ArrayList<>(tokens(statement));
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits && !tokens.isEmpty(); e++) {
      int at = random.nextInt(tokens.size());
      switch (random.nextInt(5)) {
        case 0 -> tokens.remove(at);
        case 1 -> tokens.add(at, tokens.get(at));
        case 2 -> {
          int other = random.nextInt(tokens.size());
          String t = tokens.get(at);
          tokens.set(at, tokens.get(other));
          tokens.set(other, t);
        }
        case 3 -> tokens.set(at, token());
        default -> tokens.add(at, token());
      }
    }
    return String.join(" ", tokens);
  }

  /**
   * Keeps the statement's syntax but swaps its words and numbers for others of the same kind
   * (paths, names, functions, numbers), so that it reaches analysis and execution with unexpected
   * paths, types, functions and extreme values.
   */
  private String substitute(String statement) {
    List<String> tokens = new ArrayList<>(tokens(statement));
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits; e++) {
      int at = random.nextInt(tokens.size());
      String token = tokens.get(at);
      if (token.matches("-?[0-9]+(\\.[0-9]+)?")) {
        tokens.set(at, pick(NUMBERS));
      } else if (token.matches("[0-9]+(ms|s|m|h|d|mo|y)")) {
        tokens.set(at, pick(DURATIONS));
      } else if (token.startsWith("root.")) {
        tokens.set(at, pick(PATHS));
      } else if (token.matches("[a-z_]+") && FUNCTIONS.contains(token)) {
        tokens.set(at, pick(FUNCTIONS));
      } else if (token.matches("s[0-9]|x|y")) {
        tokens.set(at, pick(MEASUREMENTS));
      } else if (token.startsWith("'")) {
        tokens.set(at, pick(STRINGS));
      }
    }
    return String.join(" ", tokens);
  }

  private String truncate(String statement) {
    return statement.substring(0, random.nextInt(statement.length() + 1));
  }

  private String stray(String statement) {
    int at = random.nextInt(statement.length() + 1);
    return statement.substring(0, at) + pick(STRAY) + statement.substring(at);
  }

  private String splice(String first, String second) {
    int a = random.nextInt(first.length() + 1);
    int b = random.nextInt(second.length() + 1);
    return first.substring(0, a) + second.substring(b);
  }
}
