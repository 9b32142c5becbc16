package org.orrery.schema.tree;

import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.TreeMap;

/**
 * A node that can have children: the root, the internal nodes above and below databases, the
 * databases and the devices. A node is a device while it has at least one measurement child.
 *
 * <p>Children are kept sorted by name so that walks produce paths in order without sorting.
 * Most nodes have few children (a device has tens to hundreds of measurements), so they live in a
 * sorted array searched by binary search: 4 bytes per child instead of a hash map entry. Past
 * {@link #ARRAY_LIMIT} children, inserting into the middle of an array gets quadratic (a database
 * with a million devices d0..d999999 inserts out of string order), so the node switches to a
 * {@link TreeMap}.
 */
public class InnerNode extends SchemaNode {
  /** Above this many children a node keeps them in a TreeMap. */
  static final int ARRAY_LIMIT = 256;

  private static final SchemaNode[] NO_CHILDREN = new SchemaNode[0];

  /** Sorted array (first {@link #childCount} slots used) or, for large nodes, a TreeMap. */
  private Object children = NO_CHILDREN;

  private int childCount;
  private int measurementCount;
  private int aliasCount;
  private boolean aligned;

  InnerNode(String name, InnerNode parent) {
    super(name, parent);
  }

  public int childCount() {
    return childCount;
  }

  /** Number of measurement children; a node with any is a device. */
  public int measurementCount() {
    return measurementCount;
  }

  public boolean isDevice() {
    return measurementCount > 0;
  }

  /** Whether the device is aligned; meaningful only while {@link #isDevice()}. */
  public boolean isAligned() {
    return aligned;
  }

  void setAligned(boolean aligned) {
    this.aligned = aligned;
  }

  /** Number of measurement children that have an alias. */
  int aliasCount() {
    return aliasCount;
  }

  void adjustAliasCount(int delta) {
    aliasCount += delta;
  }

  /** The child with exactly this name, or null. */
  public SchemaNode child(String childName) {
    if (children instanceof TreeMap) {
      return map().get(childName);
    }
    SchemaNode[] array = (SchemaNode[]) children;
    int at = search(array, childCount, childName);
    return at >= 0 ? array[at] : null;
  }

  /** The measurement child whose alias is {@code alias}, or null. */
  public MeasurementNode measurementByAlias(String alias) {
    if (aliasCount == 0) {
      return null;
    }
    for (SchemaNode child : children()) {
      if (child instanceof MeasurementNode && alias.equals(((MeasurementNode) child).alias)) {
        return (MeasurementNode) child;
      }
    }
    return null;
  }

  /** The measurement child named {@code nameOrAlias}, else the one with that alias, else null. */
  public MeasurementNode measurement(String nameOrAlias) {
    SchemaNode child = child(nameOrAlias);
    if (child instanceof MeasurementNode) {
      return (MeasurementNode) child;
    }
    return child == null ? measurementByAlias(nameOrAlias) : null;
  }

  void addChild(SchemaNode child) {
    if (children instanceof TreeMap) {
      map().put(child.name, child);
    } else {
      SchemaNode[] array = (SchemaNode[]) children;
      int at = search(array, childCount, child.name);
      if (at >= 0) {
        throw new IllegalStateException("duplicate child " + child.name + " under " + name);
      }
      int insert = -at - 1;
      if (childCount == ARRAY_LIMIT) {
        TreeMap<String, SchemaNode> map = new TreeMap<>();
        for (int i = 0; i < childCount; i++) {
          map.put(array[i].name, array[i]);
        }
        map.put(child.name, child);
        children = map;
      } else {
        if (childCount == array.length) {
          array = Arrays.copyOf(array, Math.max(2, childCount + (childCount >> 1) + 1));
          children = array;
        }
        System.arraycopy(array, insert, array, insert + 1, childCount - insert);
        array[insert] = child;
      }
    }
    childCount++;
    if (child instanceof MeasurementNode) {
      measurementCount++;
      if (((MeasurementNode) child).alias != null) {
        aliasCount++;
      }
    }
  }

  void removeChild(SchemaNode child) {
    if (children instanceof TreeMap) {
      if (map().remove(child.name) == null) {
        throw new IllegalStateException("no child " + child.name + " under " + name);
      }
    } else {
      SchemaNode[] array = (SchemaNode[]) children;
      int at = search(array, childCount, child.name);
      if (at < 0) {
        throw new IllegalStateException("no child " + child.name + " under " + name);
      }
      System.arraycopy(array, at + 1, array, at, childCount - at - 1);
      array[childCount - 1] = null;
      if (childCount - 1 == 0) {
        children = NO_CHILDREN;
      }
    }
    childCount--;
    if (child instanceof MeasurementNode) {
      measurementCount--;
      if (((MeasurementNode) child).alias != null) {
        aliasCount--;
      }
      if (measurementCount == 0) {
        aligned = false; // no longer a device: its aligned-ness goes with its last measurement
      }
    }
  }

  /** The children in name order. The node must not change while the result is iterated. */
  public Iterable<SchemaNode> children() {
    if (children instanceof TreeMap) {
      return Collections.unmodifiableCollection(map().values());
    }
    SchemaNode[] array = (SchemaNode[]) children;
    int count = childCount;
    return () -> new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < count;
      }

      @Override
      public SchemaNode next() {
        if (next >= count) {
          throw new NoSuchElementException();
        }
        return array[next++];
      }
    };
  }

  @SuppressWarnings("unchecked")
  private TreeMap<String, SchemaNode> map() {
    return (TreeMap<String, SchemaNode>) children;
  }

  private static int search(SchemaNode[] array, int count, String key) {
    int low = 0;
    int high = count - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int c = array[mid].name.compareTo(key);
      if (c < 0) {
        low = mid + 1;
      } else if (c > 0) {
        high = mid - 1;
      } else {
        return mid;
      }
    }
    return -(low + 1);
  }
}
