package org.orrery.codec.testkit;

/**
 * One named test page: {@code values} is a primitive array ({@code int[]}, {@code long[]},
 * {@code float[]}, {@code double[]}, {@code boolean[]}) or {@code byte[][]}.
 */
public final class Page {
    private final String name;
    private final Object values;
    private final int size;

    Page(String name, Object values) {
        this.name = name;
        this.values = values;
        this.size = java.lang.reflect.Array.getLength(values);
    }

    public String name() {
        return name;
    }

    /** The primitive array of values; do not modify. */
    public Object values() {
        return values;
    }

    public int size() {
        return size;
    }

    @Override
    public String toString() {
        return name + " (" + size + " values)";
    }
}
