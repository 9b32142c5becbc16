package org.orrery.tsfile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The id of a device as TsFile v4 stores it: a list of segments whose first segment is the
 * "table name". A tree-model path such as {@code root.sg.d1} is split the way Apache TsFile splits
 * it (see {@link #parse}), so the same path gives the same bytes, the same index order and the
 * same bloom filter keys as the official writer.
 *
 * <p>Ordering ({@link #compareTo}) is segment by segment, a null segment before any string, a
 * shorter id before a longer one it prefixes; this is the order of the file's device index and
 * differs from plain string order (e.g. {@code root.a.b.c.d} vs {@code root.a.b.c0}).
 */
public final class DeviceId implements Comparable<DeviceId> {
    /** How many leading path nodes form the table name of a tree-model path (format constant). */
    private static final int TABLE_NAME_NODES = 3;

    private final String[] segments;
    private final String text;

    private DeviceId(String[] segments) {
        this.segments = segments;
        this.text = joinSegments(segments);
    }

    /**
     * The device with exactly these segments (the first is the table name). Trailing null
     * segments are dropped, as the format does.
     *
     * @throws IllegalArgumentException if there is no segment or all are null
     */
    public static DeviceId of(String... segments) {
        int last = segments.length - 1;
        while (last >= 0 && segments[last] == null) {
            last--;
        }
        if (last < 0) {
            throw new IllegalArgumentException("a device id needs at least one non-null segment");
        }
        return new DeviceId(Arrays.copyOf(segments, last + 1));
    }

    /**
     * Splits a dotted tree-model path into segments the way TsFile 2.x does: {@code root} stays
     * one segment; with up to three nodes all but the last form the table name
     * ({@code root.a.b} gives {@code [root.a, b]}); with more, the first three nodes form the table
     * name and every further node is its own segment ({@code root.a.b.c.d} gives
     * {@code [root.a.b, c, d]}). Nodes may be back-quoted to contain dots.
     *
     * @throws IllegalArgumentException naming the path if it is empty or has an empty node
     */
    public static DeviceId parse(String path) {
        List<String> nodes = splitNodes(path);
        int n = nodes.size();
        if (n == 1) {
            return new DeviceId(new String[] {nodes.get(0)});
        }
        int tableNodes = Math.min(TABLE_NAME_NODES, n - 1);
        String[] segments = new String[n - tableNodes + 1];
        segments[0] = String.join(".", nodes.subList(0, tableNodes));
        for (int i = tableNodes; i < n; i++) {
            segments[i - tableNodes + 1] = nodes.get(i);
        }
        return new DeviceId(segments);
    }

    private static List<String> splitNodes(String path) {
        if (path == null || path.isEmpty()) {
            throw new IllegalArgumentException("device path is empty");
        }
        List<String> nodes = new ArrayList<>();
        StringBuilder node = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '`') {
                quoted = !quoted;
                node.append(c);
            } else if (c == '.' && !quoted) {
                addNode(nodes, node, path);
            } else {
                node.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("device path '" + path + "' has an unclosed back-quote");
        }
        addNode(nodes, node, path);
        return nodes;
    }

    private static void addNode(List<String> nodes, StringBuilder node, String path) {
        if (node.length() == 0) {
            throw new IllegalArgumentException("device path '" + path + "' has an empty node");
        }
        nodes.add(node.toString());
        node.setLength(0);
    }

    private static String joinSegments(String[] segments) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) {
                sb.append('.');
            }
            sb.append(segments[i]);
        }
        return sb.toString();
    }

    /** The first segment: for tree-model paths the first up to three nodes, e.g. {@code root.sg}. */
    public String tableName() {
        return segments[0];
    }

    public int segmentCount() {
        return segments.length;
    }

    /** Segment {@code i}; may be null for table-model ids with a null tag. */
    public String segment(int i) {
        return segments[i];
    }

    /** A copy of the segments. */
    public String[] segments() {
        return segments.clone();
    }

    /** The segments joined with {@code .} (null segments print as {@code null}), e.g. {@code root.sg.d1}. */
    @Override
    public String toString() {
        return text;
    }

    @Override
    public int compareTo(DeviceId other) {
        int n = Math.min(segments.length, other.segments.length);
        for (int i = 0; i < n; i++) {
            int c = compareSegments(segments[i], other.segments[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(segments.length, other.segments.length);
    }

    private static int compareSegments(String a, String b) {
        if (a == null) {
            return b == null ? 0 : -1;
        }
        return b == null ? 1 : a.compareTo(b);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeviceId && Arrays.equals(segments, ((DeviceId) o).segments);
    }

    @Override
    public int hashCode() {
        return Objects.hash((Object[]) segments);
    }
}
