package org.orrery.schema.tree;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.orrery.common.path.PartialPath;
import org.orrery.common.type.DataType;

/**
 * The in-memory schema: the node tree from {@code root} down to measurements, the tag index and
 * the name table. Mutators here assume the caller has validated the change (they are also what
 * log replay calls) and throw {@link IllegalStateException} when the tree disagrees, which during
 * replay means the log does not belong to this tree. Not thread-safe; the engine locks.
 */
public final class SchemaTree {
  private final InnerNode root = new InnerNode(PartialPath.ROOT, null);
  private final Map<String, String> names = new HashMap<>();
  private final TagIndex tagIndex = new TagIndex();
  private long seriesCount;
  private int databaseCount;

  public InnerNode root() {
    return root;
  }

  public long seriesCount() {
    return seriesCount;
  }

  public int databaseCount() {
    return databaseCount;
  }

  /** The node at exactly these names (no aliases), or null. */
  public SchemaNode find(List<String> nodes) {
    if (nodes.isEmpty() || !nodes.get(0).equals(root.name)) {
      return null;
    }
    SchemaNode current = root;
    for (int i = 1; i < nodes.size(); i++) {
      if (!(current instanceof InnerNode)) {
        return null;
      }
      current = ((InnerNode) current).child(nodes.get(i));
      if (current == null) {
        return null;
      }
    }
    return current;
  }

  /** The series at {@code path}, whose last node may be the alias; null when there is none. */
  public MeasurementNode findSeries(PartialPath path) {
    if (path.length() < 2) {
      return null;
    }
    SchemaNode device = find(path.nodes().subList(0, path.length() - 1));
    return device instanceof InnerNode ? ((InnerNode) device).measurement(path.lastNode()) : null;
  }

  /** The database on the way from the root to {@code nodes}, or null. */
  public DatabaseNode databaseOn(List<String> nodes) {
    if (nodes.isEmpty() || !nodes.get(0).equals(root.name)) {
      return null;
    }
    InnerNode current = root;
    for (int i = 1; i < nodes.size(); i++) {
      SchemaNode child = current.child(nodes.get(i));
      if (!(child instanceof InnerNode)) {
        return null;
      }
      if (child instanceof DatabaseNode) {
        return (DatabaseNode) child;
      }
      current = (InnerNode) child;
    }
    return null;
  }

  /** Creates a database node at {@code path}, with the internal nodes above it. */
  public DatabaseNode addDatabase(PartialPath path, long ttlMillis, long partitionMillis) {
    InnerNode parent = root;
    for (int i = 1; i < path.length() - 1; i++) {
      parent = innerChild(parent, path.node(i));
    }
    return addDatabase(parent, path.lastNode(), ttlMillis, partitionMillis);
  }

  /** Creates a database node named {@code name} under {@code parent}. */
  public DatabaseNode addDatabase(InnerNode parent, String name, long ttlMillis, long partitionMillis) {
    if (parent.database() != null) {
      throw new IllegalStateException(name + " would lie inside database " + parent.database().path());
    }
    String[] above = parent.pathNodes();
    String[] nodes = java.util.Arrays.copyOf(above, above.length + 1);
    nodes[above.length] = name;
    DatabaseNode database =
        new DatabaseNode(intern(name), parent, PartialPath.of(nodes), ttlMillis, partitionMillis);
    parent.addChild(database);
    databaseCount++;
    return database;
  }

  /** Removes a database with everything below it, and the internal nodes left empty above it. */
  public void removeDatabase(DatabaseNode database) {
    forgetSubtree(database);
    InnerNode parent = database.parent;
    parent.removeChild(database);
    databaseCount--;
    pruneEmpty(parent);
  }

  public void setTtl(DatabaseNode database, long ttlMillis) {
    database.setTtl(ttlMillis);
  }

  /**
   * Creates a series at {@code path} with the devices and internal nodes it needs below its
   * database, which must exist. The device's aligned-ness is set when it gains its first
   * measurement.
   */
  public MeasurementNode addSeries(
      PartialPath path,
      DataType type,
      byte encoding,
      byte compressor,
      boolean aligned,
      String alias,
      Map<String, String> tags,
      Map<String, String> attributes) {
    DatabaseNode database = databaseOn(path.nodes());
    if (database == null) {
      throw new IllegalStateException("no database above " + path);
    }
    InnerNode device = database;
    for (int i = database.depth() + 1; i < path.length() - 1; i++) {
      device = innerChild(device, path.node(i));
    }
    return addSeries(
        device, path.lastNode(), type, encoding, compressor, aligned, alias, tags, attributes);
  }

  /** Creates a series named {@code name} under {@code device}, which must be in a database. */
  public MeasurementNode addSeries(
      InnerNode device,
      String name,
      DataType type,
      byte encoding,
      byte compressor,
      boolean aligned,
      String alias,
      Map<String, String> tags,
      Map<String, String> attributes) {
    if (device.database() == null) {
      throw new IllegalStateException("series " + name + " under " + device.name + " has no database");
    }
    if (device.child(name) != null) {
      throw new IllegalStateException("node " + name + " exists under " + device.name);
    }
    if (device.isDevice() && device.isAligned() != aligned) {
      throw new IllegalStateException("aligned-ness of " + name + " differs from device " + device.name);
    }
    MeasurementNode series =
        new MeasurementNode(intern(name), device, type, encoding, compressor, internOrNull(alias));
    series.setProperties(tags, attributes);
    device.setAligned(aligned);
    device.addChild(series);
    tagIndex.add(series);
    seriesCount++;
    return series;
  }

  /** Removes a series, and its device and the internal nodes above it when left empty. */
  public void removeSeries(MeasurementNode series) {
    tagIndex.remove(series);
    InnerNode device = series.parent;
    device.removeChild(series);
    seriesCount--;
    pruneEmpty(device);
  }

  /** Replaces the alias, tags and attributes of a series. */
  public void updateSeries(
      MeasurementNode series, String alias, Map<String, String> tags, Map<String, String> attributes) {
    tagIndex.remove(series);
    InnerNode device = series.parent;
    if ((series.alias == null) != (alias == null)) {
      device.adjustAliasCount(alias == null ? -1 : 1);
    }
    series.alias = internOrNull(alias);
    series.setProperties(tags, attributes);
    tagIndex.add(series);
  }

  /** True when {@code key} is used as an attribute key by some series. */
  public boolean isAttributeKey(String key) {
    return tagIndex.isAttributeKey(key);
  }

  /** Series whose tag {@code key} equals {@code value} (unmodifiable view; do not mutate). */
  public Set<MeasurementNode> seriesWithTag(String key, String value) {
    return tagIndex.equalTo(key, value);
  }

  /** Series whose tag {@code key} contains {@code part}. */
  public Set<MeasurementNode> seriesWithTagContaining(String key, String part) {
    return tagIndex.containing(key, part);
  }

  /** The inner child {@code name} of {@code parent}, created when missing. */
  public InnerNode innerChild(InnerNode parent, String name) {
    SchemaNode child = parent.child(name);
    if (child == null) {
      InnerNode created = new InnerNode(intern(name), parent);
      parent.addChild(created);
      return created;
    }
    if (!(child instanceof InnerNode)) {
      throw new IllegalStateException("series " + name + " cannot have children");
    }
    return (InnerNode) child;
  }

  /** Drops the tag index entries and counts of every series below {@code node}. */
  private void forgetSubtree(InnerNode node) {
    for (SchemaNode child : node.children()) {
      if (child instanceof MeasurementNode) {
        tagIndex.remove((MeasurementNode) child);
        seriesCount--;
      } else {
        forgetSubtree((InnerNode) child);
      }
    }
  }

  /** Removes {@code node} and its ancestors while they are empty plain nodes (not databases). */
  private void pruneEmpty(InnerNode node) {
    while (node != root && node.childCount() == 0 && !(node instanceof DatabaseNode)) {
      InnerNode parent = node.parent;
      parent.removeChild(node);
      node = parent;
    }
  }

  /**
   * One shared copy per distinct name: measurement names repeat across every device (s1 ... s100
   * under a million devices) and device names across databases. The table only grows while the
   * engine runs (a deleted name may come back, and counting uses would cost 8 bytes per node);
   * it is rebuilt from the live tree at every start.
   */
  private String intern(String name) {
    String shared = names.putIfAbsent(name, name);
    return shared == null ? name : shared;
  }

  private String internOrNull(String name) {
    return name == null ? null : intern(name);
  }
}
