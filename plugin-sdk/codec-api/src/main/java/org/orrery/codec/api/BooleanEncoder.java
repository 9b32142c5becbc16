package org.orrery.codec.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Encodes one page of {@code boolean} values (kind {@link ValueKind#BOOLEAN}) into a complete, flushed value
 * stream. Obtained from {@link Encoding#newEncoder}; one instance per writing thread, reused for
 * page after page (it may keep scratch buffers between calls, but no values).
 */
@ConsumerType
public interface BooleanEncoder {
    /**
     * Appends the encoded form of {@code values[offset .. offset+count-1]} to {@code out}. The
     * bytes written are self-contained: a decoder needs nothing from earlier pages. A count of 0
     * writes nothing.
     */
    void encode(boolean[] values, int offset, int count, ByteSink out);
}
