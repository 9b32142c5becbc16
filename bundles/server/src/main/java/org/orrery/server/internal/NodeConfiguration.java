package org.orrery.server.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The node's identity, read from {@code etc/org.orrery.node.cfg}. */
@ObjectClassDefinition(name = "Orrery node", description = "Identity and roles of this node")
public @interface NodeConfiguration {

  @AttributeDefinition(description = "Id of this node in a cluster")
  String node_id() default "node-1";

  @AttributeDefinition(
      description = "Roles this process runs: datanode, confignode, ainode (comma separated)")
  String roles() default "datanode,confignode,ainode";
}
