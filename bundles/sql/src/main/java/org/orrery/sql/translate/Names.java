package org.orrery.sql.translate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.Token;
import org.orrery.sql.parser.OrrerySqlParser.AttributeTextContext;
import org.orrery.sql.parser.OrrerySqlParser.IdentifierContext;
import org.orrery.sql.parser.OrrerySqlParser.KeyValueContext;
import org.orrery.sql.parser.OrrerySqlParser.PrincipalContext;

/** Names and texts: identifiers, quoted names, string literals, key-value lists. */
final class Names {
  private Names() {}

  /** An identifier as the user meant it: backquotes removed, a doubled backquote read as one. */
  static String identifier(IdentifierContext context) {
    if (context.QUOTED_ID() != null) {
      Token token = context.QUOTED_ID().getSymbol();
      String text = token.getText();
      String name = text.substring(1, text.length() - 1).replace("``", "`");
      if (name.isEmpty()) {
        throw Errors.at(token, "empty quoted name ``");
      }
      return name;
    }
    return context.getText();
  }

  /** True when the identifier was written in backquotes. */
  static boolean isQuoted(IdentifierContext context) {
    return context.QUOTED_ID() != null;
  }

  /** A user or role name; {@code root}, a reserved word elsewhere, names the administrator. */
  static String principal(PrincipalContext context) {
    return context.ROOT() != null ? context.ROOT().getText() : identifier(context.identifier());
  }

  /** The value of a string literal: quotes removed, a doubled quote read as one quote. */
  static String string(Token token) {
    String text = token.getText();
    char quote = text.charAt(0);
    String doubled = String.valueOf(quote) + quote;
    return text.substring(1, text.length() - 1).replace(doubled, String.valueOf(quote));
  }

  /** A tag, attribute or property key or value: a name, a string, a number or a boolean. */
  static String attributeText(AttributeTextContext context) {
    if (context.identifier() != null) {
      return identifier(context.identifier());
    }
    if (context.STRING() != null) {
      return string(context.STRING().getSymbol());
    }
    if (context.booleanLiteral() != null) {
      return context.getText().toLowerCase();
    }
    return context.getText();
  }

  /** {@code k1=v1, k2=v2} in written order; a repeated key is an error. */
  static Map<String, String> keyValues(List<KeyValueContext> pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (KeyValueContext pair : pairs) {
      String key = attributeText(pair.key);
      if (map.put(key, attributeText(pair.value)) != null) {
        throw Errors.at(pair.key, "duplicate key '" + key + "'");
      }
    }
    return map;
  }
}
