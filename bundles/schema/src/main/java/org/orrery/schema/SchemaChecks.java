package org.orrery.schema;

import java.util.Map;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.path.NodeName;
import org.orrery.common.path.PartialPath;
import org.orrery.engine.schema.MeasurementDefinition;
import org.orrery.schema.tree.DatabaseNode;
import org.orrery.schema.tree.InnerNode;
import org.orrery.schema.tree.MeasurementNode;
import org.orrery.schema.tree.SchemaNode;
import org.orrery.schema.tree.SchemaTree;

/**
 * The rules a change must pass before it is logged; once logged it must apply. Messages follow
 * IoTDB's where users know them ("... has already been created as database").
 */
final class SchemaChecks {
  private SchemaChecks() {}

  /** A path that names one node of the tree: starts at root, no wildcards. */
  static void requireConcrete(PartialPath path, String what) {
    if (!path.isFullPath()) {
      throw illegal(what + " " + path + " must start with root");
    }
    if (path.hasWildcard()) {
      throw illegal(what + " " + path + " must not contain wildcards");
    }
  }

  /**
   * IoTDB's database rules: not root itself, and neither the path, a prefix of it nor anything
   * below it may already be a database.
   */
  static void checkCanCreateDatabase(SchemaTree tree, PartialPath path) {
    requireConcrete(path, "database");
    if (path.length() < 2) {
      throw illegal("root cannot be a database; name one below it, e.g. root.sg");
    }
    InnerNode current = tree.root();
    for (int i = 1; i < path.length(); i++) {
      SchemaNode child = current.child(path.node(i));
      if (child == null) {
        return;
      }
      if (child instanceof DatabaseNode) {
        throw new OrreryException(
            ErrorCode.DATABASE_ALREADY_EXISTS,
            ((DatabaseNode) child).path() + " has already been created as database");
      }
      if (child instanceof MeasurementNode) {
        throw illegal(path + " cannot be a database: " + path.subPath(0, i + 1) + " is a timeseries");
      }
      current = (InnerNode) child;
    }
    // The node exists but is no database: internal nodes exist above databases only.
    throw new OrreryException(
        ErrorCode.DATABASE_ALREADY_EXISTS,
        "some children of " + path + " have already been created as database");
  }

  /** The path of the database that auto-creation makes for {@code device}. */
  static PartialPath autoDatabasePath(PartialPath device, int level) {
    if (device.length() < level + 1) {
      throw new OrreryException(
          ErrorCode.DATABASE_NOT_FOUND,
          "no database holds " + device + " and it is too short to create one at level " + level);
    }
    return device.subPath(0, level + 1);
  }

  /** Checks a measurement definition apart from its place in the tree. */
  static void checkDefinition(PartialPath series, MeasurementDefinition definition) {
    checkMeasurementName(series, definition.name());
    if (definition.alias() != null) {
      checkMeasurementName(series, definition.alias());
    }
    checkProperties(series, definition.tags(), definition.attributes());
  }

  static void checkMeasurementName(PartialPath device, String name) {
    if (name == null || name.isEmpty()) {
      throw illegal("empty measurement name under " + device);
    }
    if (NodeName.isWildcard(name)) {
      throw illegal("measurement name '" + name + "' under " + device + " must not contain '*'");
    }
  }

  /** Tag and attribute keys must be non-empty and a key is either a tag or an attribute. */
  static void checkProperties(
      PartialPath series, Map<String, String> tags, Map<String, String> attributes) {
    for (String key : tags.keySet()) {
      if (key.isEmpty()) {
        throw illegal("empty tag key on " + series);
      }
      if (attributes.containsKey(key)) {
        throw illegal("'" + key + "' on " + series + " cannot be both a tag and an attribute");
      }
    }
    for (String key : attributes.keySet()) {
      if (key.isEmpty()) {
        throw illegal("empty attribute key on " + series);
      }
    }
  }

  /**
   * Checks that a series named {@code name} (with optional {@code alias}) can be created under
   * the existing {@code device} node.
   */
  static void checkFreeInDevice(InnerNode device, PartialPath devicePath, String name, String alias) {
    SchemaNode existing = device.child(name);
    if (existing instanceof MeasurementNode) {
      throw new OrreryException(
          ErrorCode.SERIES_ALREADY_EXISTS, "timeseries " + devicePath.append(name) + " already exists");
    }
    if (existing != null) {
      throw new OrreryException(
          ErrorCode.SERIES_ALREADY_EXISTS,
          "path " + devicePath.append(name) + " already exists and is not a timeseries");
    }
    MeasurementNode aliased = device.measurementByAlias(name);
    if (aliased != null) {
      throw new OrreryException(
          ErrorCode.SERIES_ALREADY_EXISTS,
          name + " is already the alias of " + devicePath.append(aliased.name()));
    }
    if (alias != null) {
      checkAliasFree(device, devicePath, alias);
    }
  }

  /** Checks that {@code alias} names no child and is no other measurement's alias in the device. */
  static void checkAliasFree(InnerNode device, PartialPath devicePath, String alias) {
    if (device.child(alias) != null) {
      throw new OrreryException(
          ErrorCode.SERIES_ALREADY_EXISTS,
          "alias " + alias + " clashes with " + devicePath.append(alias) + ", which already exists");
    }
    MeasurementNode aliased = device.measurementByAlias(alias);
    if (aliased != null) {
      throw new OrreryException(
          ErrorCode.SERIES_ALREADY_EXISTS,
          "alias " + alias + " is already used by " + devicePath.append(aliased.name()));
    }
  }

  /**
   * Walks from {@code database} towards {@code device}: every existing node on the way must be
   * able to have children, and a missing node must not clash with an alias.
   *
   * @return the device node, or null when it does not exist yet
   */
  static InnerNode existingDevice(DatabaseNode database, PartialPath device) {
    InnerNode current = database;
    for (int i = database.path().length(); i < device.length(); i++) {
      String name = device.node(i);
      SchemaNode child = current.child(name);
      if (child == null) {
        if (current.measurementByAlias(name) != null) {
          throw illegal(
              device + " cannot be created: " + device.subPath(0, i + 1) + " is an alias of a timeseries");
        }
        return null;
      }
      if (child instanceof MeasurementNode) {
        throw illegal(
            device + " cannot be a device: " + device.subPath(0, i + 1) + " is a timeseries");
      }
      current = (InnerNode) child;
    }
    return current;
  }

  /** Non-aligned series may not join an aligned device and vice versa. */
  static void checkAlignment(InnerNode device, PartialPath devicePath, boolean aligned) {
    if (device != null && device.isDevice() && device.isAligned() != aligned) {
      throw new OrreryException(
          ErrorCode.SEMANTIC_ERROR,
          device.isAligned()
              ? "device " + devicePath + " is aligned; its timeseries must be written and created"
                  + " as aligned"
              : "device " + devicePath + " is not aligned; its timeseries must be written and"
                  + " created as non-aligned");
    }
  }

  static OrreryException illegal(String message) {
    return new OrreryException(ErrorCode.ILLEGAL_ARGUMENT, message);
  }
}
