package org.orrery.query.expression;

import java.util.regex.Pattern;
import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;
import org.orrery.query.block.Values;

/**
 * LIKE and REGEXP on text. LIKE must match the whole value ({@code %} any run, {@code _} one
 * character, {@code \} escapes); REGEXP, as in IoTDB, holds when the regular expression is found
 * anywhere in the value.
 */
public record PatternMatch(Expr value, Pattern pattern, boolean wholeValue, boolean negated)
    implements Expr {

  /** The Java pattern of a LIKE pattern. */
  public static Pattern likePattern(String like) {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < like.length(); i++) {
      char c = like.charAt(i);
      if (c == '\\' && i + 1 < like.length()) {
        regex.append(Pattern.quote(String.valueOf(like.charAt(++i))));
      } else if (c == '%') {
        regex.append(".*");
      } else if (c == '_') {
        regex.append('.');
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString(), Pattern.DOTALL);
  }

  @Override
  public DataType type() {
    return DataType.BOOLEAN;
  }

  @Override
  public Column evaluate(Block input) {
    Column v = value.evaluate(input);
    int rows = input.rowCount();
    boolean[] out = new boolean[rows];
    boolean[] nulls = null;
    for (int i = 0; i < rows; i++) {
      if (v.isNull(i)) {
        if (nulls == null) {
          nulls = new boolean[rows];
        }
        nulls[i] = true;
        continue;
      }
      String text = Values.text(v, i);
      boolean matched = wholeValue ? pattern.matcher(text).matches() : pattern.matcher(text).find();
      out[i] = matched != negated;
    }
    return new Column(DataType.BOOLEAN, out, nulls, rows);
  }
}
