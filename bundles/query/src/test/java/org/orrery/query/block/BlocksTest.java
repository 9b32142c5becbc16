package org.orrery.query.block;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;

/** Slices and concatenations (column-wise copies) against row-by-row selection. */
class BlocksTest {
  @Test
  void sliceAndConcatEqualRowByRowSelection() {
    Random random = new Random(11);
    Block block = randomBlock(random, 1_000);
    for (int trial = 0; trial < 200; trial++) {
      int from = random.nextInt(1_000);
      int to = from + random.nextInt(1_000 - from + 1);
      int[] positions = new int[to - from];
      for (int i = 0; i < positions.length; i++) {
        positions[i] = from + i;
      }
      assertEquals(rows(Blocks.select(block, positions, positions.length)), rows(Blocks.slice(block, from, to)));
    }
    Block a = randomBlock(random, 37);
    Block b = randomBlock(random, 0);
    Block c = randomBlock(random, 501);
    List<String> expected = new ArrayList<>(rows(a));
    expected.addAll(rows(c));
    List<DataType> types = List.of(DataType.DOUBLE, DataType.INT32, DataType.TEXT);
    assertEquals(expected, rows(Blocks.concat(List.of(a, b, c), types, true)));
  }

  private static Block randomBlock(Random random, int rows) {
    long[] times = new long[rows];
    double[] doubles = new double[rows];
    int[] ints = new int[rows];
    byte[][] texts = new byte[rows][];
    boolean[] doubleNulls = new boolean[rows];
    boolean[] textNulls = new boolean[rows];
    for (int r = 0; r < rows; r++) {
      times[r] = r * 3L;
      doubles[r] = random.nextGaussian();
      ints[r] = random.nextInt();
      doubleNulls[r] = random.nextInt(7) == 0;
      textNulls[r] = random.nextInt(5) == 0;
      texts[r] = textNulls[r] ? null : ("t" + r).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
    return new Block(times, List.of(new Column(DataType.DOUBLE, doubles, doubleNulls, rows),
        new Column(DataType.INT32, ints, null, rows), new Column(DataType.TEXT, texts, textNulls, rows)), rows);
  }

  private static List<String> rows(Block block) {
    List<String> out = new ArrayList<>();
    for (int r = 0; r < block.rowCount(); r++) {
      StringBuilder row = new StringBuilder().append(block.time(r));
      for (Column column : block.columns()) {
        Object value = column.get(r);
        row.append(' ').append(value instanceof byte[] bytes
            ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8) : String.valueOf(value));
      }
      out.add(row.toString());
    }
    return out;
  }
}
