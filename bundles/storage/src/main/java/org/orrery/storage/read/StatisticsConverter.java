package org.orrery.storage.read;

import org.orrery.common.type.DataType;
import org.orrery.engine.storage.SeriesStatistics;
import org.orrery.tsfile.stats.BooleanStatistics;
import org.orrery.tsfile.stats.DoubleStatistics;
import org.orrery.tsfile.stats.FloatStatistics;
import org.orrery.tsfile.stats.IntStatistics;
import org.orrery.tsfile.stats.LongStatistics;
import org.orrery.tsfile.stats.Statistics;
import org.orrery.tsfile.stats.StringStatistics;
import org.orrery.tsfile.stats.TextStatistics;

/** Turns TsFile statistics into the engine API's {@link SeriesStatistics}. */
public final class StatisticsConverter {
  private StatisticsConverter() {}

  public static SeriesStatistics convert(DataType type, Statistics s) {
    long count = s.count();
    Object first = null;
    Object last = null;
    Object min = null;
    Object max = null;
    double sum = Double.NaN;
    if (s instanceof IntStatistics i) {
      first = i.first();
      last = i.last();
      min = i.min();
      max = i.max();
      sum = type.isNumeric() ? (double) i.sum() : Double.NaN;
    } else if (s instanceof LongStatistics l) {
      first = l.first();
      last = l.last();
      min = l.min();
      max = l.max();
      sum = type.isNumeric() ? l.sum() : Double.NaN;
    } else if (s instanceof FloatStatistics f) {
      first = f.first();
      last = f.last();
      min = f.min();
      max = f.max();
      sum = f.sum();
    } else if (s instanceof DoubleStatistics d) {
      first = d.first();
      last = d.last();
      min = d.min();
      max = d.max();
      sum = d.sum();
    } else if (s instanceof BooleanStatistics b) {
      first = b.first();
      last = b.last();
    } else if (s instanceof StringStatistics str) {
      first = str.first();
      last = str.last();
      min = str.min();
      max = str.max();
    } else if (s instanceof TextStatistics t) {
      first = t.first();
      last = t.last();
    }
    return new SeriesStatistics(type, count, s.startTime(), s.endTime(), first, last, min, max, sum);
  }
}
