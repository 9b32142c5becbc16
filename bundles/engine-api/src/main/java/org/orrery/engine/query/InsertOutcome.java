package org.orrery.engine.query;

import java.util.List;
import org.orrery.common.error.OrreryException;

/**
 * What happened to an insert: how many values were written and which columns were rejected
 * (each with its error, e.g. a type conflict naming the series). Rejected columns do not stop the
 * others.
 */
public record InsertOutcome(long valuesWritten, List<OrreryException> rejectedColumns) {
  public InsertOutcome {
    rejectedColumns = List.copyOf(rejectedColumns);
  }

  public boolean complete() {
    return rejectedColumns.isEmpty();
  }
}
