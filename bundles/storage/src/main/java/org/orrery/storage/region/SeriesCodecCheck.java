package org.orrery.storage.region;

import org.orrery.codec.api.CodecException;
import org.orrery.codec.api.CodecRegistry;
import org.orrery.codec.api.Encoding;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.type.DataType;
import org.orrery.engine.storage.WriteBatch;
import org.orrery.tsfile.write.MeasurementSchema;

/**
 * Checks the encodings and compressors a batch names before it is logged: a name that no
 * installed codec provides, or an encoding the format forbids for the type, would otherwise only
 * fail at flush time, leaving a memtable that can never be written.
 */
final class SeriesCodecCheck {
  /** The compressor name the TsFile writer always understands, with or without a codec bundle. */
  private static final String UNCOMPRESSED = "UNCOMPRESSED";

  private SeriesCodecCheck() {}

  /**
   * @throws OrreryException CODEC_MISSING when a named codec is not installed, ILLEGAL_ARGUMENT
   *     when the encoding is not allowed for the series' type; both name the series and codec
   */
  static void check(CodecRegistry codecs, WriteBatch b) {
    for (int c = 0; c < b.measurements().size(); c++) {
      String enc = b.encoding(c);
      String comp = b.compression(c);
      if (enc == null && comp == null) {
        continue;
      }
      String series = b.device() + "." + b.measurements().get(c);
      DataType type = b.type(c);
      if (enc != null) {
        Encoding e;
        try {
          e = codecs.encoding(enc);
        } catch (CodecException ex) {
          throw new OrreryException(ErrorCode.CODEC_MISSING,
              "series " + series + " uses encoding '" + enc + "', which no installed codec provides");
        }
        if (!MeasurementSchema.formatAllows(type, e.id())) {
          throw new OrreryException(ErrorCode.ILLEGAL_ARGUMENT,
              "encoding " + e.name() + " is not allowed for " + type + " series " + series);
        }
      }
      if (comp != null && !comp.equalsIgnoreCase(UNCOMPRESSED)) {
        try {
          codecs.compressor(comp);
        } catch (CodecException ex) {
          throw new OrreryException(ErrorCode.CODEC_MISSING,
              "series " + series + " uses compressor '" + comp + "', which no installed codec provides");
        }
      }
    }
  }
}
