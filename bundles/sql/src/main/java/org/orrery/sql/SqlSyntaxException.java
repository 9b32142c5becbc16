package org.orrery.sql;

import java.util.List;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;

/**
 * A statement that cannot be parsed. The message reads like
 * {@code line 1:17 mismatched input 'FORM' expecting FROM}: the line (from 1), the column (from 0,
 * counted in characters), what was found and what would have been accepted.
 */
public class SqlSyntaxException extends OrreryException {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;
  private final String offendingText;
  private final List<String> expected;

  /**
   * @param line line of the offending token, from 1
   * @param column column of the offending token, from 0
   * @param offendingText the offending token as written, or null when the problem is not a token
   * @param problem what is wrong, without the position
   * @param expected readable names of what would have been accepted, possibly empty
   */
  public SqlSyntaxException(
      int line, int column, String offendingText, String problem, List<String> expected) {
    super(ErrorCode.SYNTAX_ERROR, "line " + line + ":" + column + " " + problem);
    this.line = line;
    this.column = column;
    this.offendingText = offendingText;
    this.expected = List.copyOf(expected);
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  /** The offending token as written, or null. */
  public String offendingText() {
    return offendingText;
  }

  /** What the parser would have accepted at that point, in readable form; may be empty. */
  public List<String> expected() {
    return expected;
  }
}
