package org.orrery.sql;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Reads test cases from a resource: a line of SQL followed by a line starting with {@code = }
 * (the expected shape) or the word {@code ERROR}. Lines starting with {@code #} are comments.
 */
final class Cases {
  private Cases() {}

  static List<Arguments> load(String resource) {
    List<Arguments> cases = new ArrayList<>();
    try (InputStream in = Cases.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String sql = null;
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (sql == null) {
          sql = line;
        } else if (line.startsWith("= ")) {
          cases.add(Arguments.of(sql, line.substring(2)));
          sql = null;
        } else if (line.equals("ERROR")) {
          cases.add(Arguments.of(sql, null));
          sql = null;
        } else {
          throw new IllegalStateException("expected '= shape' after: " + sql + " but got: " + line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cases;
  }

  /** Every SQL line of a resource, for the robustness tests. */
  static List<String> statements(String resource) {
    List<String> statements = new ArrayList<>();
    for (Arguments arguments : load(resource)) {
      statements.add((String) arguments.get()[0]);
    }
    return statements;
  }
}
