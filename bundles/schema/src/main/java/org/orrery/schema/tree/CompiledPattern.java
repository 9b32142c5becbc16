package org.orrery.schema.tree;

import java.util.Arrays;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.path.NodeName;
import org.orrery.common.path.PathPattern;

/**
 * A path pattern as a small automaton whose state set fits in one {@code long}: bit {@code i}
 * means pattern nodes {@code [0, i)} are matched. A tree walk carries the state set down the
 * tree and stops where it becomes empty, so a pattern costs time in proportion to the part of the
 * tree it can match, never the whole series count. Same semantics as {@link PathPattern}:
 * {@code *} is one node, {@code **} one or more, {@code d*} a glob inside one node.
 */
final class CompiledPattern {
  /** Patterns may have at most this many nodes, so that state bit {@code n} fits in a long. */
  static final int MAX_NODES = 63;

  private static final byte LITERAL = 0;
  private static final byte ONE_LEVEL = 1;
  private static final byte MULTI_LEVEL = 2;
  private static final byte GLOB = 3;

  static final int LEAF_NONE = 0;
  static final int LEAF_LITERAL = 1;
  static final int LEAF_ANY = 2;

  private final String[] texts;
  private final byte[] kinds;
  private final long finalState;
  private final long literalStates;

  CompiledPattern(PathPattern pattern) {
    int n = pattern.path().length();
    if (n > MAX_NODES) {
      throw new OrreryException(
          ErrorCode.ILLEGAL_ARGUMENT,
          "path pattern " + pattern + " has " + n + " nodes; at most " + MAX_NODES + " are supported");
    }
    texts = pattern.path().nodes().toArray(new String[0]);
    kinds = new byte[n];
    long literals = 0;
    for (int i = 0; i < n; i++) {
      String node = texts[i];
      if (node.equals(NodeName.MULTI_LEVEL_WILDCARD)) {
        kinds[i] = MULTI_LEVEL;
      } else if (node.equals(NodeName.ONE_LEVEL_WILDCARD)) {
        kinds[i] = ONE_LEVEL;
      } else if (NodeName.isWildcard(node)) {
        kinds[i] = GLOB;
      } else {
        kinds[i] = LITERAL;
        literals |= 1L << i;
      }
    }
    finalState = 1L << n;
    literalStates = literals;
  }

  /** The state set before any node is consumed. */
  long start() {
    return 1L;
  }

  /** The state set after consuming one more node named {@code name}. */
  long step(long states, String name) {
    long next = 0;
    for (long s = states & ~finalState; s != 0; s &= s - 1) {
      int i = Long.numberOfTrailingZeros(s);
      switch (kinds[i]) {
        case MULTI_LEVEL:
          next |= (1L << i) | (1L << (i + 1)); // '**' takes this node and may take more
          break;
        case ONE_LEVEL:
          next |= 1L << (i + 1);
          break;
        case LITERAL:
          if (texts[i].equals(name)) {
            next |= 1L << (i + 1);
          }
          break;
        default:
          if (globMatches(texts[i], name)) {
            next |= 1L << (i + 1);
          }
      }
    }
    return next;
  }

  /** True when the consumed nodes form a matching path. */
  boolean accepts(long states) {
    return (states & finalState) != 0;
  }

  /** True when more nodes could still lead to a match. */
  boolean canContinue(long states) {
    return (states & ~finalState) != 0;
  }

  /**
   * Whether a leaf (a node without children) reached from {@code states} can match: only the
   * state before the last pattern node can accept in one step.
   *
   * @return {@link #LEAF_NONE}, {@link #LEAF_LITERAL} (only a leaf named {@link #lastText()})
   *     or {@link #LEAF_ANY}
   */
  int leafMatch(long states) {
    int last = kinds.length - 1;
    if (last < 0 || (states & (1L << last)) == 0) {
      return LEAF_NONE;
    }
    return kinds[last] == LITERAL ? LEAF_LITERAL : LEAF_ANY;
  }

  /** The text of the last pattern node. */
  String lastText() {
    return texts[texts.length - 1];
  }

  /**
   * The names the next node must have when every live state expects a literal, sorted and
   * distinct; null when some state accepts a wildcard (then all children must be tried).
   */
  String[] nextLiterals(long states) {
    long live = states & ~finalState;
    if ((live & ~literalStates) != 0) {
      return null;
    }
    String[] names = new String[Long.bitCount(live)];
    int k = 0;
    for (long s = live; s != 0; s &= s - 1) {
      names[k++] = texts[Long.numberOfTrailingZeros(s)];
    }
    Arrays.sort(names);
    int distinct = 0;
    for (int i = 0; i < names.length; i++) {
      if (distinct == 0 || !names[i].equals(names[distinct - 1])) {
        names[distinct++] = names[i];
      }
    }
    return distinct == names.length ? names : Arrays.copyOf(names, distinct);
  }

  /** Glob match where each {@code *} stands for any run of characters. */
  static boolean globMatches(String glob, String name) {
    return NodeName.globMatches(glob, name);
  }
}
