package org.orrery.plugin.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of the plugin runtime, from {@code etc/org.orrery.plugins.cfg}. */
@ObjectClassDefinition(name = "Orrery plugin runtime")
public @interface PluginRuntimeConfiguration {

  @AttributeDefinition(description = "Hot-deploy folder; empty means <karaf.base>/deploy")
  String deploy_dir() default "";

  @AttributeDefinition(description = "Where the plugin manifest and stored jars live; empty means"
      + " <karaf.data>/system/plugins")
  String system_dir() default "";

  @AttributeDefinition(description = "How often deploy/ is scanned, in milliseconds")
  long poll_interval_ms() default 1000;

  @AttributeDefinition(description = "A file unchanged for this long is taken even if it was"
      + " first seen in this scan, in milliseconds")
  long settle_ms() default 2000;
}
