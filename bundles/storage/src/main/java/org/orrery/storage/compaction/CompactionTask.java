package org.orrery.storage.compaction;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.path.PartialPath;
import org.orrery.common.type.DataType;
import org.orrery.engine.storage.TimeInterval;
import org.orrery.storage.file.Deletion;
import org.orrery.storage.file.FileKind;
import org.orrery.storage.file.ResourceFormat;
import org.orrery.storage.file.TsFileName;
import org.orrery.storage.file.TsFileResource;
import org.orrery.storage.flush.TsFileBuilder;
import org.orrery.storage.read.FileSeriesLoader;
import org.orrery.storage.read.Intervals;
import org.orrery.storage.read.RowAssembler;
import org.orrery.storage.read.SeriesPoints;
import org.orrery.codec.api.Compressor;
import org.orrery.codec.api.Encoding;
import org.orrery.tsfile.DeviceId;
import org.orrery.tsfile.read.ChunkCodecs;
import org.orrery.tsfile.write.MeasurementSchema;
import org.orrery.tsfile.read.DeviceInfo;
import org.orrery.tsfile.read.ReaderOptions;
import org.orrery.tsfile.read.SeriesInfo;
import org.orrery.tsfile.read.TsFileReader;

/**
 * Merges input files of one partition into one output file: per device and series the visible
 * points of every input (tombstones and TTL applied), the newest version winning on equal
 * timestamps, written in time order. The output takes the largest input version, so it keeps its
 * place among files it did not absorb. Crash safety comes from the {@link CompactionLog}.
 */
final class CompactionTask {
  private final CompactionHost host;
  private final List<TsFileResource> inputs;
  private final FileKind outputKind;
  private final long partition;
  private final Throttle throttle;

  /** @param inputs oldest version first (sequence before unsequence on equal versions) */
  CompactionTask(CompactionHost host, List<TsFileResource> inputs, FileKind outputKind,
      long partition, double megabytesPerSecond) {
    this.host = host;
    this.inputs = inputs;
    this.outputKind = outputKind;
    this.partition = partition;
    this.throttle = new Throttle(megabytesPerSecond);
  }

  void run() throws IOException {
    List<TsFileResource> pinned = new ArrayList<>();
    try {
      for (TsFileResource in : inputs) {
        if (!in.pin()) {
          return; // removed meanwhile (database dropped): nothing to do
        }
        pinned.add(in);
      }
      merge();
    } finally {
      for (TsFileResource in : pinned) {
        in.unpin();
      }
    }
  }

  private void merge() throws IOException {
    long version = 0;
    int level = 0;
    int cross = 0;
    long checkpoint = 0;
    for (TsFileResource in : inputs) {
      version = Math.max(version, in.version());
      level = Math.max(level, in.name().innerLevel());
      cross = Math.max(cross, in.name().crossCount());
      checkpoint = Math.max(checkpoint, in.walCheckpoint());
    }
    boolean crossSpace = outputKind == FileKind.SEQUENCE
        && inputs.stream().anyMatch(f -> f.kind() == FileKind.UNSEQUENCE);
    Path out = host.uniqueFilePath(outputKind, partition, version,
        crossSpace ? level : level + 1, crossSpace ? cross + 1 : cross);
    List<CompactionLog.FileRef> refs = new ArrayList<>();
    for (TsFileResource in : inputs) {
      refs.add(new CompactionLog.FileRef(in.kind(), in.partition(), in.path().getFileName().toString()));
    }
    CompactionLog log = new CompactionLog(
        host.root(FileKind.SEQUENCE).resolve(CompactionLog.PREFIX + outputKind.directory() + "-"
            + out.getFileName() + CompactionLog.SUFFIX),
        refs, new CompactionLog.FileRef(outputKind, partition, out.getFileName().toString()));
    log.write(CompactionLog.STATE_STARTED);

    Map<TsFileResource, Integer> seen = new HashMap<>();
    Map<TsFileResource, List<Deletion>> deletions = new HashMap<>();
    for (TsFileResource in : inputs) {
      List<Deletion> d = in.deletions();
      deletions.put(in, d);
      seen.put(in, d.size());
    }
    Intervals alive = Intervals.of(List.of(TimeInterval.ALL), host.ttlHorizon());
    List<TsFileReader> readers = new ArrayList<>();
    TsFileBuilder builder = null;
    try {
      for (TsFileResource in : inputs) {
        readers.add(TsFileReader.open(in.path(), host.codecs(), ReaderOptions.defaults()));
      }
      builder = new TsFileBuilder(out, host.codecs(), host.writerOptions());
      TreeSet<PartialPath> devices = new TreeSet<>();
      for (TsFileResource in : inputs) {
        devices.addAll(in.deviceRanges().keySet());
      }
      for (PartialPath device : devices) {
        long before = builder.position();
        mergeDevice(device, readers, deletions, alive, builder);
        throttle.written(Math.max(0, builder.position() - before));
      }
      builder.close();
    } catch (IOException | RuntimeException e) {
      if (builder != null) {
        builder.abort();
      }
      TsFileResource.deleteFiles(out);
      log.delete();
      throw e;
    } finally {
      for (TsFileReader r : readers) {
        r.close();
      }
    }
    TsFileResource output = null;
    if (builder.isEmpty()) {
      TsFileResource.deleteFiles(out);
    } else {
      ResourceFormat.write(out, new ResourceFormat.Content(builder.ranges(), checkpoint));
      output = new TsFileResource(out, outputKind, partition,
          TsFileName.parse(out.getFileName().toString()), builder.ranges(), checkpoint, List.of());
    }
    log.write(CompactionLog.STATE_OUTPUT_COMPLETE);
    host.commitCompaction(inputs, seen, output, log::delete);
  }

  private void mergeDevice(PartialPath device, List<TsFileReader> readers,
      Map<TsFileResource, List<Deletion>> deletions, Intervals alive, TsFileBuilder builder)
      throws IOException {
    DeviceId id = DeviceId.parse(device.toString());
    boolean aligned = false;
    // Newest file's type wins when a series was recreated with another type.
    Map<String, DataType> types = new TreeMap<>();
    // The newest file's codecs win too: they follow the series' current schema.
    Map<String, TsFileReader> newest = new TreeMap<>();
    Map<String, SeriesInfo> newestInfo = new TreeMap<>();
    for (TsFileReader r : readers) {
      Optional<DeviceInfo> info = r.device(id);
      if (info.isEmpty()) {
        continue;
      }
      aligned |= info.get().isAligned();
      for (SeriesInfo s : r.series(id)) {
        types.put(s.measurement(), s.type());
        newest.put(s.measurement(), r);
        newestInfo.put(s.measurement(), s);
      }
    }
    if (types.isEmpty()) {
      return;
    }
    Map<String, MeasurementSchema> schemas = new TreeMap<>();
    for (Map.Entry<String, SeriesInfo> e : newestInfo.entrySet()) {
      schemas.put(e.getKey(), schemaOf(newest.get(e.getKey()), id, e.getValue()));
    }
    if (aligned) {
      List<String> names = new ArrayList<>(types.keySet());
      List<DataType> typeList = new ArrayList<>(types.values());
      SeriesPoints[] merged = load(device, readers, deletions, alive, names, typeList);
      Block rows = RowAssembler.assemble(merged, true);
      if (!rows.isEmpty()) {
        builder.writeDevice(device, true, new ArrayList<>(schemas.values()), rows.times(),
            rows.columns(), rows.rowCount());
      }
      return;
    }
    Map<String, DataType> ordered = new LinkedHashMap<>(types);
    for (Map.Entry<String, DataType> e : ordered.entrySet()) {
      SeriesPoints p = load(device, readers, deletions, alive, List.of(e.getKey()),
          List.of(e.getValue()))[0];
      if (!p.isEmpty()) {
        Column col = new Column(p.type(), p.values(), null, p.size());
        builder.writeDevice(device, false, List.of(schemas.get(e.getKey())), p.times(),
            List.of(col), p.size());
      }
    }
  }

  /** The series with the encoding and compressor of its first chunk in {@code reader}. */
  private MeasurementSchema schemaOf(TsFileReader reader, DeviceId id, SeriesInfo s)
      throws IOException {
    Optional<ChunkCodecs> codecs = reader.codecs(id, s.measurement());
    if (codecs.isEmpty()) {
      return MeasurementSchema.of(s.measurement(), s.type());
    }
    ChunkCodecs c = codecs.get();
    String encoding = host.codecs().findEncoding(c.encodingId()).map(Encoding::name).orElse(null);
    String compression = c.compressionName().startsWith("id:")
        ? host.codecs().findCompressor(c.compressionId()).map(Compressor::name).orElse(null)
        : c.compressionName();
    return MeasurementSchema.of(s.measurement(), s.type(), encoding, compression);
  }

  private SeriesPoints[] load(PartialPath device, List<TsFileReader> readers,
      Map<TsFileResource, List<Deletion>> deletions, Intervals alive, List<String> names,
      List<DataType> types) throws IOException {
    SeriesPoints[] merged = new SeriesPoints[names.size()];
    for (int i = 0; i < merged.length; i++) {
      merged[i] = SeriesPoints.empty(types.get(i));
    }
    for (int k = 0; k < inputs.size(); k++) {
      TsFileResource in = inputs.get(k);
      if (in.range(device) == null) {
        continue;
      }
      SeriesPoints[] points = FileSeriesLoader.load(readers.get(k), device, names, types,
          Long.MIN_VALUE, Long.MAX_VALUE, alive, deletions.get(in));
      for (int i = 0; i < merged.length; i++) {
        merged[i] = SeriesPoints.merge(merged[i], points[i]);
      }
    }
    return merged;
  }
}
