package org.orrery.protocol.message;

import java.util.List;
import java.util.Objects;
import org.orrery.common.block.Block;

/**
 * Rows of one device in columnar form: the block's times are the timestamps, its columns (with
 * their null flags) the values of {@code measurements}, in the same order.
 */
public record WireTablet(String device, boolean aligned, List<String> measurements, Block block) {
  public WireTablet {
    Objects.requireNonNull(device, "device");
    Objects.requireNonNull(block, "block");
    measurements = List.copyOf(measurements);
    if (!block.hasTimes()) {
      throw new IllegalArgumentException("tablet of " + device + " has no timestamps");
    }
    if (measurements.size() != block.columnCount()) {
      throw new IllegalArgumentException(
          "tablet of " + device + " has " + measurements.size() + " measurements but "
              + block.columnCount() + " columns");
    }
  }
}
