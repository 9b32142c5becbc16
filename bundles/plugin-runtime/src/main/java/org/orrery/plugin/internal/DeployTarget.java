package org.orrery.plugin.internal;

import java.util.List;
import java.util.Optional;

/** What the deploy folder watcher drives: the deployer, or a fake in tests. */
interface DeployTarget {

  /** Digest of the recorded (installed) version of a plugin. */
  Optional<String> recordedSha(String name);

  /** Digest of a file that was refused and not recorded, so it is not retried every scan. */
  Optional<String> refusedSha(String name);

  /** Every plugin name that has a file behind it: recorded and refused ones. */
  List<String> knownNames();

  void deploy(String name, byte[] file);

  void undeploy(String name);
}
