package org.orrery.cli.shell;

import java.util.Locale;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.impl.DefaultParser;
import org.orrery.cli.sql.StatementSplitter;

/**
 * Makes Enter accept the buffer only when it holds complete statements (ending with {@code ;}
 * outside literals) or a shell command; otherwise the line editor continues on a new line. Word
 * splitting for completion is jline's default, without backslash escapes (SQL has none).
 */
final class StatementLineParser implements Parser {
  private final DefaultParser words = new DefaultParser();

  StatementLineParser() {
    words.setEscapeChars(new char[0]);
  }

  @Override
  public ParsedLine parse(String line, int cursor, ParseContext context) {
    if (context == ParseContext.ACCEPT_LINE && !isComplete(line)) {
      throw new EOFError(-1, -1, "statement not terminated by ';'");
    }
    return words.parse(line, cursor, context);
  }

  /** Whether Enter should hand {@code buffer} over for execution. */
  static boolean isComplete(String buffer) {
    if (StatementSplitter.isBlank(buffer) || isShellCommand(buffer)) {
      return true;
    }
    return !StatementSplitter.endsInsideLiteral(buffer) && !StatementSplitter.split(buffer).hasRemainder();
  }

  /** {@code quit}, {@code exit} or {@code help}, with or without {@code ;}. */
  static boolean isShellCommand(String buffer) {
    String word = buffer.strip().toLowerCase(Locale.ROOT);
    if (word.endsWith(";")) {
      word = word.substring(0, word.length() - 1).strip();
    }
    return word.equals("quit") || word.equals("exit") || word.equals("help");
  }
}
