package org.orrery.schema;

import org.orrery.common.path.PartialPath;
import org.orrery.engine.schema.DeviceInfo;
import org.orrery.engine.schema.SeriesInfo;
import org.orrery.schema.tree.InnerNode;
import org.orrery.schema.tree.MeasurementNode;

/** Turns tree nodes into the immutable records of the API; nodes never leave the bundle. */
final class SeriesViews {
  private SeriesViews() {}

  static SeriesInfo series(MeasurementNode node, PartialPath path) {
    return new SeriesInfo(
        path,
        node.alias(),
        node.database().path(),
        node.type(),
        EncodingRules.encodingName(node.encodingId()),
        EncodingRules.compressorName(node.compressorId()),
        node.tags(),
        node.attributes(),
        node.device().isAligned());
  }

  static SeriesInfo series(MeasurementNode node) {
    return series(node, PartialPath.of(node.pathNodes()));
  }

  /** The view of {@code node} as a series of {@code device} (a path the caller already has). */
  static SeriesInfo seriesOf(PartialPath device, MeasurementNode node) {
    return series(node, device.concat(PartialPath.of(node.name())));
  }

  static DeviceInfo device(InnerNode node, PartialPath path) {
    return new DeviceInfo(path, node.database().path(), node.isAligned());
  }
}
