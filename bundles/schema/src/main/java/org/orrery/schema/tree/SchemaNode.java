package org.orrery.schema.tree;

/**
 * A node of the schema tree. Nodes are kept small on purpose: a node holds its (interned) name
 * and its parent, nothing that can be derived by walking, so millions of series fit in memory.
 */
public abstract class SchemaNode {
  final String name;
  InnerNode parent;

  SchemaNode(String name, InnerNode parent) {
    this.name = name;
    this.parent = parent;
  }

  public String name() {
    return name;
  }

  public InnerNode parent() {
    return parent;
  }

  /** Number of nodes from the root to this node; the root is at depth 0. */
  public int depth() {
    int depth = 0;
    for (InnerNode p = parent; p != null; p = p.parent) {
      depth++;
    }
    return depth;
  }

  /** The node names from the root down to this node. */
  public String[] pathNodes() {
    String[] nodes = new String[depth() + 1];
    SchemaNode n = this;
    for (int i = nodes.length - 1; i >= 0; i--) {
      nodes[i] = n.name;
      n = n.parent;
    }
    return nodes;
  }

  /** The database this node belongs to, or null above the databases. */
  public DatabaseNode database() {
    for (SchemaNode n = this; n != null; n = n.parent) {
      if (n instanceof DatabaseNode) {
        return (DatabaseNode) n;
      }
    }
    return null;
  }
}
