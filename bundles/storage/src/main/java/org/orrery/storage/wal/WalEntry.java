package org.orrery.storage.wal;

import java.util.List;
import org.orrery.common.path.PartialPath;
import org.orrery.engine.storage.WriteBatch;

/** What the WAL holds: an inserted batch or a deletion, in the order they were applied. */
public sealed interface WalEntry {
  /** An inserted batch. */
  record Write(WriteBatch batch) implements WalEntry {}

  /** A deletion of {@code [from, to]} of some measurements of a device. */
  record Delete(PartialPath device, List<String> measurements, long from, long to)
      implements WalEntry {}
}
