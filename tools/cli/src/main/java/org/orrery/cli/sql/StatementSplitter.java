package org.orrery.cli.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQL text into statements at {@code ;} terminators, following the lexical rules of the
 * server's grammar so that a {@code ;} inside a literal never ends a statement: strings in
 * {@code '...'} or {@code "..."} (a doubled quote stands for one), identifiers in backquotes
 * (a doubled backquote stands for one), {@code --} line comments and {@code /* *}{@code /} block
 * comments. Comments before a statement are dropped, comments inside it are kept (the server skips
 * them); statements that hold nothing but whitespace and comments are dropped.
 */
public final class StatementSplitter {
  private StatementSplitter() {}

  /** The outcome of a split: the complete statements and the unterminated text after them. */
  public record Split(List<String> statements, String remainder) {
    public Split {
      statements = List.copyOf(statements);
    }

    /** Whether the text after the last terminator holds anything besides blanks and comments. */
    public boolean hasRemainder() {
      return !remainder.isEmpty();
    }
  }

  /**
   * Splits {@code text}; the last statement may lack its {@code ;} (it is then the remainder, a
   * script runner executes it as well, an interactive shell waits for more lines).
   */
  public static Split split(String text) {
    List<String> statements = new ArrayList<>();
    Scanner scanner = new Scanner(text);
    int start = 0;
    while (true) {
      int end = scanner.nextTerminator();
      if (end < 0) {
        break;
      }
      addIfSubstantial(statements, text.substring(start, end));
      start = end + 1;
    }
    String tail = text.substring(start);
    return new Split(statements, isBlank(tail) ? "" : withoutLeadingComments(tail));
  }

  /** All statements of a script: terminated ones and a final unterminated one. */
  public static List<String> statementsOf(String script) {
    Split split = split(script);
    List<String> all = new ArrayList<>(split.statements());
    if (split.hasRemainder()) {
      all.add(split.remainder());
    }
    return all;
  }

  /**
   * Whether {@code text} ends inside a string, quoted identifier or block comment, i.e. a newline
   * typed now belongs to a literal rather than separating statements.
   */
  public static boolean endsInsideLiteral(String text) {
    Scanner scanner = new Scanner(text);
    while (scanner.nextTerminator() >= 0) {
      // consume all terminators; the scanner remembers whether it stopped inside a literal
    }
    return scanner.unterminated;
  }

  /** Whether the text is only whitespace and comments. */
  public static boolean isBlank(String text) {
    return stripComments(text).isBlank();
  }

  private static void addIfSubstantial(List<String> statements, String statement) {
    if (!isBlank(statement)) {
      statements.add(withoutLeadingComments(statement));
    }
  }

  /** The statement from its first token on (leading blanks and comments removed), stripped. */
  static String withoutLeadingComments(String statement) {
    int i = 0;
    int n = statement.length();
    while (i < n) {
      char c = statement.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '-' && i + 1 < n && statement.charAt(i + 1) == '-') {
        int end = statement.indexOf('\n', i);
        i = end < 0 ? n : end + 1;
      } else if (c == '/' && i + 1 < n && statement.charAt(i + 1) == '*') {
        int end = statement.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else {
        break;
      }
    }
    return statement.substring(i).strip();
  }

  /** The text with comments replaced by a blank (literals kept intact). */
  static String stripComments(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\'' || c == '"' || c == '`') {
        int end = Scanner.skipQuoted(text, i, c);
        out.append(text, i, Math.min(end, n));
        i = end;
      } else if (c == '-' && i + 1 < n && text.charAt(i + 1) == '-') {
        int end = text.indexOf('\n', i);
        i = end < 0 ? n : end;
        out.append(' ');
      } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
        int end = text.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
        out.append(' ');
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** Walks the text token-wise, stopping at each {@code ;} outside literals and comments. */
  private static final class Scanner {
    private final String text;
    private int position;
    private boolean unterminated;

    Scanner(String text) {
      this.text = text;
    }

    /** The index of the next terminator, or -1 at the end of the text. */
    int nextTerminator() {
      int n = text.length();
      while (position < n) {
        char c = text.charAt(position);
        if (c == ';') {
          return position++;
        }
        if (c == '\'' || c == '"' || c == '`') {
          int end = skipQuoted(text, position, c);
          unterminated = end > n;
          position = Math.min(end, n);
        } else if (c == '-' && position + 1 < n && text.charAt(position + 1) == '-') {
          int end = text.indexOf('\n', position);
          position = end < 0 ? n : end;
        } else if (c == '/' && position + 1 < n && text.charAt(position + 1) == '*') {
          int end = text.indexOf("*/", position + 2);
          unterminated = end < 0;
          position = end < 0 ? n : end + 2;
        } else {
          position++;
        }
      }
      return -1;
    }

    /**
     * The index after the closing quote of the literal opened at {@code start}, or
     * {@code text.length() + 1} when the literal is not closed.
     */
    static int skipQuoted(String text, int start, char quote) {
      int i = start + 1;
      int n = text.length();
      while (i < n) {
        if (text.charAt(i) == quote) {
          if (i + 1 < n && text.charAt(i + 1) == quote) {
            i += 2;
            continue;
          }
          return i + 1;
        }
        i++;
      }
      return n + 1;
    }
  }
}
