package org.orrery.engine.schema;

import java.util.Objects;
import org.orrery.common.path.PartialPath;

/** A device: a path that has measurements below it. */
public record DeviceInfo(PartialPath path, PartialPath database, boolean aligned) {
  public DeviceInfo {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(database, "database");
  }
}
