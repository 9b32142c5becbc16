package org.orrery.cli.shell;

import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion: a word starting with {@code root} completes node by node from the server's
 * schema (the part before the last {@code .} is the parent whose children are offered); any other
 * word completes to SQL keywords.
 */
final class SqlCompleter implements Completer {
  private final ChildPathLookup paths;

  SqlCompleter(ChildPathLookup paths) {
    this.paths = paths;
  }

  @Override
  public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
    String word = line.word().substring(0, Math.min(line.wordCursor(), line.word().length()));
    if (word.startsWith("root")) {
      int dot = word.lastIndexOf('.');
      if (dot < 0) {
        candidates.add(new Candidate("root", "root", null, null, null, null, false));
        return;
      }
      for (String child : paths.children(word.substring(0, dot))) {
        // not "complete": no space is appended, so the user can go on with '.'
        candidates.add(new Candidate(child, child, null, null, null, null, false));
      }
      return;
    }
    for (String keyword : SqlKeywords.WORDS) {
      candidates.add(new Candidate(keyword));
    }
  }
}
