package org.orrery.protocol.internal;

import java.util.ArrayList;
import java.util.List;
import org.orrery.common.block.Block;
import org.orrery.protocol.PageCompression;
import org.orrery.protocol.ProtocolException;
import org.orrery.protocol.message.ResultPage;

/**
 * Layout of a {@link ResultPage}: flags (bit 0 = last), compression id, then the block section
 * (block count and blocks). A compressed section is preceded by its raw and compressed lengths.
 */
final class ResultPageCodec {
  /** Wire constant: flag bit of the last page. */
  private static final int FLAG_LAST = 1;

  private ResultPageCodec() {}

  static void write(PayloadWriter out, ResultPage page) {
    out.u8(page.last() ? FLAG_LAST : 0);
    out.u8(page.compression().id());
    if (page.compression() == PageCompression.NONE) {
      writeBlocks(out, page.blocks());
      return;
    }
    PayloadWriter section = new PayloadWriter(estimate(page.blocks()));
    writeBlocks(section, page.blocks());
    byte[] compressed = CompressionSupport.codec(page.compression()).compress(section.array(), section.size());
    out.i32(section.size());
    out.bytes(compressed);
  }

  /** Bytes an uncompressed page takes (an upper bound); compressed pages get a small guess. */
  static long sizeHint(ResultPage page) {
    if (page.compression() != PageCompression.NONE) {
      return 1024;
    }
    long bytes = 2 + 4;
    for (Block block : page.blocks()) {
      bytes += BlockCodec.encodedSize(block);
    }
    return bytes;
  }

  private static int estimate(List<Block> blocks) {
    long bytes = 64;
    for (Block block : blocks) {
      bytes += (long) block.rowCount() * (8 + 8L * block.columnCount());
    }
    return (int) Math.min(bytes, 1 << 24);
  }

  private static void writeBlocks(PayloadWriter out, List<Block> blocks) {
    out.i32(blocks.size());
    for (Block block : blocks) {
      BlockCodec.write(out, block);
    }
  }

  static ResultPage read(PayloadReader in) {
    int flags = in.u8("page flags");
    if ((flags & ~FLAG_LAST) != 0) {
      throw new ProtocolException("unknown page flags 0x" + Integer.toHexString(flags));
    }
    PageCompression compression = PageCompression.fromId(in.u8("page compression"));
    List<Block> blocks;
    if (compression == PageCompression.NONE) {
      blocks = readBlocks(in);
    } else {
      int rawLength = in.i32("page raw length");
      if (rawLength < 0 || rawLength > in.limits().maxFrameSize()) {
        throw new ProtocolException(
            "page raw length " + rawLength + " is outside 0.." + in.limits().maxFrameSize());
      }
      byte[] compressed = in.bytes("compressed page");
      in.charge(rawLength, "decompressed page");
      PayloadReader section = in.nested(CompressionSupport.codec(compression).decompress(compressed, rawLength));
      blocks = readBlocks(section);
      section.expectEnd("decompressed page");
    }
    return new ResultPage((flags & FLAG_LAST) != 0, blocks, compression);
  }

  private static List<Block> readBlocks(PayloadReader in) {
    // a block takes at least its row count, time flag and column count
    int count = in.count("page block count", 9);
    List<Block> blocks = new ArrayList<>(count);
    for (int b = 0; b < count; b++) {
      blocks.add(BlockCodec.read(in));
    }
    return blocks;
  }
}
