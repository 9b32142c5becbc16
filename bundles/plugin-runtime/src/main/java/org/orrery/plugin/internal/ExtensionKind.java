package org.orrery.plugin.internal;

import java.util.List;

/**
 * The SDK interfaces a plugin can implement, the kind each belongs to, and the service property
 * that names an extension of that kind (the conventions documented in each SDK API).
 */
enum ExtensionKind {
  UDTF("org.orrery.udf.api.UDTF", "udf", "udf.name", "org.orrery.udf.api.UDFName"),
  UDAF("org.orrery.udf.api.UDAF", "udf", "udf.name", "org.orrery.udf.api.UDFName"),
  TRIGGER(
      "org.orrery.trigger.api.Trigger",
      "trigger",
      "trigger.name",
      "org.orrery.trigger.api.TriggerName"),
  MODEL(
      "org.orrery.model.api.ModelPipeline",
      "model",
      "model.name",
      "org.orrery.model.api.ModelName"),
  ENCODING("org.orrery.codec.api.Encoding", "codec", "codec.name", null),
  COMPRESSOR("org.orrery.codec.api.Compressor", "codec", "codec.name", null);

  final String serviceInterface;
  final String kind;
  final String nameProperty;
  /** The SDK annotation that names a class in a plain jar, or null when the kind has none. */
  final String nameAnnotation;

  ExtensionKind(String serviceInterface, String kind, String nameProperty, String nameAnnotation) {
    this.serviceInterface = serviceInterface;
    this.kind = kind;
    this.nameProperty = nameProperty;
    this.nameAnnotation = nameAnnotation;
  }

  static final List<ExtensionKind> ALL = List.of(values());

  static ExtensionKind forInterface(String name) {
    for (ExtensionKind k : ALL) {
      if (k.serviceInterface.equals(name)) {
        return k;
      }
    }
    return null;
  }
}
