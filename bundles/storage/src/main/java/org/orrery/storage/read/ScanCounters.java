package org.orrery.storage.read;

import java.util.concurrent.atomic.LongAdder;
import org.orrery.engine.storage.ReadStatistics;
import org.orrery.tsfile.read.ReadCounters;

/**
 * The read counters of an engine's scans: the TsFile readers' own counters (chunks and pages
 * loaded or skipped) plus the files scans opened. Shared by every region and thread.
 */
public final class ScanCounters {
  private final ReadCounters tsfile = new ReadCounters();
  private final LongAdder filesOpened = new LongAdder();

  /** The counters handed to every TsFile reader a scan opens. */
  public ReadCounters tsfile() {
    return tsfile;
  }

  void fileOpened() {
    filesOpened.increment();
  }

  public ReadStatistics snapshot() {
    return new ReadStatistics(filesOpened.sum(), tsfile.filesSkipped(), tsfile.chunksLoaded(),
        tsfile.chunksSkipped(), tsfile.pagesDecoded(), tsfile.pagesSkipped(),
        tsfile.pointsDecoded());
  }
}
