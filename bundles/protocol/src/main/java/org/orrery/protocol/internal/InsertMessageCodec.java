package org.orrery.protocol.internal;

import java.util.ArrayList;
import java.util.List;
import org.orrery.common.block.Block;
import org.orrery.common.type.DataType;
import org.orrery.protocol.ProtocolException;
import org.orrery.protocol.message.InsertRecordsRequest;
import org.orrery.protocol.message.InsertTabletsRequest;
import org.orrery.protocol.message.WireRecord;
import org.orrery.protocol.message.WireTablet;

/** Layouts of the insert requests: columnar tablets and single-timestamp records. */
final class InsertMessageCodec {
  private InsertMessageCodec() {}

  static void writeTablets(PayloadWriter out, InsertTabletsRequest m) {
    out.i32(m.tablets().size());
    for (WireTablet tablet : m.tablets()) {
      out.string(tablet.device());
      out.bool(tablet.aligned());
      out.i32(tablet.measurements().size());
      for (String measurement : tablet.measurements()) {
        out.string(measurement);
      }
      BlockCodec.write(out, tablet.block());
    }
  }

  /**
   * Bytes {@link #writeTablets} spends on one tablet: at most this many, exactly this many when
   * every column that may have nulls has one.
   */
  static long tabletSize(WireTablet tablet) {
    long bytes = stringSize(tablet.device()) + 1 + 4;
    for (String measurement : tablet.measurements()) {
      bytes += stringSize(measurement);
    }
    return bytes + BlockCodec.encodedSize(tablet.block());
  }

  private static long stringSize(String text) {
    // UTF-8 takes at most 3 bytes per UTF-16 unit
    return 4 + 3L * text.length();
  }

  static InsertTabletsRequest readTablets(PayloadReader in) {
    // device length, aligned flag, measurement count and the block's fixed fields
    int count = in.count("tablet count", 18);
    List<WireTablet> tablets = new ArrayList<>(count);
    for (int t = 0; t < count; t++) {
      String device = in.string("tablet device");
      boolean aligned = in.bool("tablet aligned flag");
      int measurementCount = in.count("measurement count of " + device, 4);
      in.charge(16L * measurementCount, "measurement names of " + device);
      List<String> measurements = new ArrayList<>(measurementCount);
      for (int i = 0; i < measurementCount; i++) {
        measurements.add(in.string("measurement name of " + device));
      }
      Block block = BlockCodec.read(in);
      if (!block.hasTimes() || block.columnCount() != measurementCount) {
        throw new ProtocolException(
            "tablet of " + device + " needs timestamps and " + measurementCount + " columns, has "
                + block.columnCount() + (block.hasTimes() ? " columns" : " columns and no timestamps"));
      }
      tablets.add(new WireTablet(device, aligned, measurements, block));
    }
    return new InsertTabletsRequest(tablets);
  }

  static void writeRecords(PayloadWriter out, InsertRecordsRequest m) {
    out.i32(m.records().size());
    for (WireRecord record : m.records()) {
      out.string(record.device());
      out.i64(record.time());
      out.i32(record.measurements().size());
      for (int i = 0; i < record.measurements().size(); i++) {
        out.string(record.measurements().get(i));
        out.u8(record.types().get(i).id());
        writeValue(out, record.types().get(i), record.values().get(i));
      }
    }
  }

  private static void writeValue(PayloadWriter out, DataType type, Object value) {
    switch (type) {
      case BOOLEAN:
        out.bool((Boolean) value);
        break;
      case INT32:
      case DATE:
        out.i32((Integer) value);
        break;
      case INT64:
      case TIMESTAMP:
        out.i64((Long) value);
        break;
      case FLOAT:
        out.f32((Float) value);
        break;
      case DOUBLE:
        out.f64((Double) value);
        break;
      default:
        out.bytes((byte[]) value);
    }
  }

  static InsertRecordsRequest readRecords(PayloadReader in) {
    // device length, time and value count
    int count = in.count("record count", 16);
    in.charge(64L * count, "records");
    List<WireRecord> records = new ArrayList<>(count);
    for (int r = 0; r < count; r++) {
      String device = in.string("record device");
      long time = in.i64("record time");
      // name length, type id and at least one value byte
      int valueCount = in.count("value count of " + device, 6);
      in.charge(48L * valueCount, "values of " + device);
      List<String> measurements = new ArrayList<>(valueCount);
      List<DataType> types = new ArrayList<>(valueCount);
      List<Object> values = new ArrayList<>(valueCount);
      for (int i = 0; i < valueCount; i++) {
        String measurement = in.string("measurement name of " + device);
        int typeId = in.u8("type of " + device + "." + measurement);
        DataType type;
        try {
          type = DataType.fromId(typeId);
        } catch (IllegalArgumentException e) {
          throw new ProtocolException(device + "." + measurement + " has unknown data type id " + typeId);
        }
        measurements.add(measurement);
        types.add(type);
        values.add(readValue(in, type, device + "." + measurement));
      }
      records.add(new WireRecord(device, time, measurements, types, values));
    }
    return new InsertRecordsRequest(records);
  }

  private static Object readValue(PayloadReader in, DataType type, String what) {
    switch (type) {
      case BOOLEAN:
        return in.bool(what);
      case INT32:
      case DATE:
        return in.i32(what);
      case INT64:
      case TIMESTAMP:
        return in.i64(what);
      case FLOAT:
        return in.f32(what);
      case DOUBLE:
        return in.f64(what);
      default:
        return in.bytes(what);
    }
  }
}
