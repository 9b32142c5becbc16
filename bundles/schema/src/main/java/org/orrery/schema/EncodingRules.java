package org.orrery.schema;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.orrery.codec.api.CompressionIds;
import org.orrery.codec.api.EncodingIds;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.type.DataType;

/**
 * Which encodings and compressors a series may use. The encodings allowed per type are those the
 * TsFile format accepts (TsFile's {@code TYPE_SUPPORTED_ENCODINGS}, see the format notes);
 * DIFF, BITMAP, REGULAR and FREQ are format ids no released writer produces, and the compressor
 * ids 3..6 (LZO, SDT, PAA, PLA) were dropped from the format, so none of those are accepted.
 */
public final class EncodingRules {
  private static final Map<DataType, Set<Integer>> ALLOWED = new EnumMap<>(DataType.class);

  static {
    Set<Integer> integers =
        Set.of(
            EncodingIds.PLAIN,
            EncodingIds.RLE,
            EncodingIds.TS_2DIFF,
            EncodingIds.GORILLA,
            EncodingIds.ZIGZAG,
            EncodingIds.CHIMP,
            EncodingIds.SPRINTZ,
            EncodingIds.RLBE);
    Set<Integer> floats =
        Set.of(
            EncodingIds.PLAIN,
            EncodingIds.RLE,
            EncodingIds.TS_2DIFF,
            EncodingIds.GORILLA_V1,
            EncodingIds.GORILLA,
            EncodingIds.CHIMP,
            EncodingIds.SPRINTZ,
            EncodingIds.RLBE);
    Set<Integer> doubles = new java.util.HashSet<>(floats);
    doubles.add(EncodingIds.CAMEL);
    ALLOWED.put(DataType.BOOLEAN, Set.of(EncodingIds.PLAIN, EncodingIds.RLE));
    for (DataType type : EnumSet.of(DataType.INT32, DataType.INT64, DataType.DATE, DataType.TIMESTAMP)) {
      ALLOWED.put(type, integers);
    }
    ALLOWED.put(DataType.FLOAT, floats);
    ALLOWED.put(DataType.DOUBLE, Set.copyOf(doubles));
    ALLOWED.put(DataType.TEXT, Set.of(EncodingIds.PLAIN, EncodingIds.DICTIONARY));
    ALLOWED.put(DataType.STRING, Set.of(EncodingIds.PLAIN, EncodingIds.DICTIONARY));
    ALLOWED.put(DataType.BLOB, Set.of(EncodingIds.PLAIN));
  }

  private static final Set<Integer> COMPRESSORS =
      Set.of(
          CompressionIds.UNCOMPRESSED,
          CompressionIds.SNAPPY,
          CompressionIds.GZIP,
          CompressionIds.LZ4,
          CompressionIds.ZSTD,
          CompressionIds.LZMA2);

  private EncodingRules() {}

  /** IoTDB 1.3's default encoding per type. */
  static Map<DataType, String> defaultEncodings() {
    Map<DataType, String> defaults = new EnumMap<>(DataType.class);
    defaults.put(DataType.BOOLEAN, "RLE");
    defaults.put(DataType.INT32, "TS_2DIFF");
    defaults.put(DataType.INT64, "TS_2DIFF");
    defaults.put(DataType.FLOAT, "GORILLA");
    defaults.put(DataType.DOUBLE, "GORILLA");
    defaults.put(DataType.TEXT, "PLAIN");
    defaults.put(DataType.STRING, "PLAIN");
    defaults.put(DataType.BLOB, "PLAIN");
    defaults.put(DataType.DATE, "TS_2DIFF");
    defaults.put(DataType.TIMESTAMP, "TS_2DIFF");
    return defaults;
  }

  /**
   * The persisted id of encoding {@code name} for a series of {@code type}.
   *
   * @throws OrreryException ILLEGAL_ARGUMENT for an unknown name, UNSUPPORTED_TYPE when the type
   *     cannot use it
   */
  public static byte encodingId(String name, DataType type) {
    int id = EncodingIds.formatId(name.trim());
    if (id < 0) {
      throw new OrreryException(ErrorCode.ILLEGAL_ARGUMENT, "unknown encoding '" + name + "'");
    }
    if (!ALLOWED.get(type).contains(id)) {
      throw new OrreryException(
          ErrorCode.UNSUPPORTED_TYPE,
          "encoding " + EncodingIds.formatName(id) + " does not support " + type);
    }
    return (byte) id;
  }

  /**
   * The persisted id of compressor {@code name}.
   *
   * @throws OrreryException ILLEGAL_ARGUMENT for an unknown or retired name
   */
  public static byte compressorId(String name) {
    int id = CompressionIds.formatId(name.trim());
    if (id < 0) {
      throw new OrreryException(ErrorCode.ILLEGAL_ARGUMENT, "unknown compressor '" + name + "'");
    }
    if (!COMPRESSORS.contains(id)) {
      throw new OrreryException(
          ErrorCode.ILLEGAL_ARGUMENT,
          "compressor " + CompressionIds.formatName(id) + " is no longer part of the TsFile format");
    }
    return (byte) id;
  }

  /** The SQL name of a persisted encoding id. */
  public static String encodingName(byte id) {
    return EncodingIds.formatName(id);
  }

  /** The SQL name of a persisted compressor id. */
  public static String compressorName(byte id) {
    return CompressionIds.formatName(id);
  }
}
