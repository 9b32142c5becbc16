package org.orrery.encoding.gorillav1;

/**
 * Field widths of the legacy Gorilla layout (TsFile {@code GorillaEncoderV1}) for 32-bit (FLOAT)
 * and 64-bit (DOUBLE) values. Unlike GORILLA (v2), the first value is little-endian bytes, the
 * "reuse window" test compares the XOR with the leading/trailing zeros of the previous
 * <em>value</em> (not of the previous XOR), the new-window case stores the meaningful length
 * itself (not length - 1), and a NaN ends the page.
 */
final class GorillaV1Layout {
    static final GorillaV1Layout FLOAT = new GorillaV1Layout(32, 5, 6);
    static final GorillaV1Layout DOUBLE = new GorillaV1Layout(64, 6, 7);

    final int width;
    final int leadingBits;
    final int lengthBits;

    private GorillaV1Layout(int width, int leadingBits, int lengthBits) {
        this.width = width;
        this.leadingBits = leadingBits;
        this.lengthBits = lengthBits;
    }

    /** True if {@code bits} is a NaN of this width: the format's end of page. */
    boolean isEnd(long bits) {
        return width == 32 ? Float.isNaN(Float.intBitsToFloat((int) bits)) : Double.isNaN(Double.longBitsToDouble(bits));
    }

    /** Leading zeros of {@code v} (zero-extended to 64 bits) within {@link #width} bits. */
    int leadingZeros(long v) {
        return Long.numberOfLeadingZeros(v) - (64 - width);
    }

    /** Trailing zeros within {@link #width} bits ({@code width} for 0). */
    int trailingZeros(long v) {
        return v == 0 ? width : Long.numberOfTrailingZeros(v);
    }
}
