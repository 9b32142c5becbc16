package org.orrery.query.aggregate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.path.PartialPath;
import org.orrery.engine.schema.SeriesInfo;
import org.orrery.engine.storage.Segment;
import org.orrery.engine.storage.SeriesQuery;
import org.orrery.engine.storage.SeriesSource;
import org.orrery.engine.storage.SeriesStatistics;
import org.orrery.engine.storage.StorageEngine;
import org.orrery.query.analyze.TimeIntervals;
import org.orrery.query.context.QueryContext;
import org.orrery.query.plan.InputLayout;

/**
 * Aggregation of plain series without a value filter, answered from segment statistics where
 * storage offers them and every window a segment touches holds it whole (paper §5.3.4); other
 * segments are decoded and their points added (times and null flags only, when no aggregation
 * of the scan reads values: see {@link org.orrery.engine.function.BoundAggregate#readsValues()}).
 * One scan serves all the slots of an aligned device, or of one series of a non-aligned device
 * (see {@link InputLayout#scanGroups}).
 */
public final class StatisticsAggregation {
  private StatisticsAggregation() {}

  public static void run(AccumulatorGrid grid, Map<PartialPath, SeriesInfo> series, StorageEngine storage,
      TimeIntervals time, QueryContext context) {
    Map<PartialPath, List<SeriesInfo>> byDevice = new LinkedHashMap<>();
    Map<PartialPath, List<Integer>> slotsBySeries = new LinkedHashMap<>();
    List<AggregateSlot> slots = grid.slots();
    for (int s = 0; s < slots.size(); s++) {
      PartialPath path = slots.get(s).series();
      if (!slotsBySeries.containsKey(path)) {
        SeriesInfo info = series.get(path);
        byDevice.computeIfAbsent(info.device(), d -> new ArrayList<>()).add(info);
      }
      slotsBySeries.computeIfAbsent(path, p -> new ArrayList<>()).add(s);
    }
    for (List<SeriesInfo> deviceSeries : byDevice.values()) {
      for (List<SeriesInfo> group : InputLayout.scanGroups(deviceSeries)) {
        SeriesQuery query = InputLayout.query(group, time, true);
        List<List<Integer>> slotsByColumn = new ArrayList<>();
        for (SeriesInfo info : group) {
          slotsByColumn.add(slotsBySeries.get(info.path()));
        }
        scanDevice(grid, storage, query, slotsByColumn, context);
      }
    }
  }

  private static void scanDevice(AccumulatorGrid grid, StorageEngine storage, SeriesQuery query,
      List<List<Integer>> slotsByColumn, QueryContext context) {
    List<AggregateSlot> slots = grid.slots();
    // When no slot of the scan reads values (count), storage may decode times and nulls only.
    boolean timesOnly = true;
    for (List<Integer> columnSlots : slotsByColumn) {
      for (int s : columnSlots) {
        timesOnly &= !slots.get(s).bound().readsValues();
      }
    }
    try (SeriesSource source = storage.open(query)) {
      Segment segment;
      while ((segment = source.next()) != null) {
        context.checkAlive();
        SeriesStatistics[] statistics = segment.statistics();
        Block decoded = null;
        for (int m = 0; m < slotsByColumn.size(); m++) {
          List<Integer> columnSlots = slotsByColumn.get(m);
          SeriesStatistics stats = statistics == null ? null : statistics[m];
          boolean usable = stats != null && grid.fitsOneWindowEach(stats.startTime(), stats.endTime());
          for (int s : columnSlots) {
            usable &= slots.get(s).bound().usesStatistics();
          }
          if (usable) {
            for (int s : columnSlots) {
              grid.addStatistics(s, stats);
            }
            context.countStatisticsUse();
            continue;
          }
          if (decoded == null) {
            decoded = timesOnly ? segment.decodeTimes() : segment.decode();
            context.countDecodedSegment();
          }
          if (decoded.isEmpty()) {
            continue;
          }
          Column[] arguments = {decoded.column(m)};
          for (int s : columnSlots) {
            grid.addRows(s, decoded.times(), arguments, 0, decoded.rowCount());
          }
        }
      }
    } catch (IOException e) {
      throw new OrreryException(ErrorCode.IO_ERROR, "reading " + query.device() + " failed: " + e.getMessage(), e);
    }
  }
}
