package org.orrery.server.status;

import org.osgi.annotation.versioning.ProviderType;

/** Reports the status of the running node. Implemented by the engine; consoles and tests call it. */
@ProviderType
public interface NodeStatusService {

  /** Bundles whose symbolic name starts with this prefix are Orrery's own. */
  String ORRERY_BUNDLE_PREFIX = "org.orrery.";

  /** A fresh snapshot; never null. */
  NodeStatus status();
}
