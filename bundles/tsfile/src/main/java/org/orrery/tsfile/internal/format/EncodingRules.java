package org.orrery.tsfile.internal.format;

import static org.orrery.codec.api.EncodingIds.CAMEL;
import static org.orrery.codec.api.EncodingIds.CHIMP;
import static org.orrery.codec.api.EncodingIds.DICTIONARY;
import static org.orrery.codec.api.EncodingIds.GORILLA;
import static org.orrery.codec.api.EncodingIds.GORILLA_V1;
import static org.orrery.codec.api.EncodingIds.PLAIN;
import static org.orrery.codec.api.EncodingIds.RLBE;
import static org.orrery.codec.api.EncodingIds.RLE;
import static org.orrery.codec.api.EncodingIds.SPRINTZ;
import static org.orrery.codec.api.EncodingIds.TS_2DIFF;
import static org.orrery.codec.api.EncodingIds.ZIGZAG;

import java.util.Set;
import org.orrery.codec.api.CodecIds;
import org.orrery.codec.api.ValueKind;
import org.orrery.common.type.DataType;

/**
 * Which encodings the format allows per data type (the official library refuses to write, and
 * its readers do not expect, other pairs), the value kind codecs see for each type, and the
 * official defaults.
 */
public final class EncodingRules {
    private static final Set<Integer> INTEGERS = Set.of(PLAIN, RLE, TS_2DIFF, GORILLA, ZIGZAG, CHIMP, SPRINTZ, RLBE);
    private static final Set<Integer> FLOATS = Set.of(PLAIN, RLE, TS_2DIFF, GORILLA_V1, GORILLA, CHIMP, SPRINTZ, RLBE);
    private static final Set<Integer> DOUBLES =
            Set.of(PLAIN, RLE, TS_2DIFF, GORILLA_V1, GORILLA, CHIMP, SPRINTZ, RLBE, CAMEL);
    private static final Set<Integer> BOOLEANS = Set.of(PLAIN, RLE);
    private static final Set<Integer> TEXTS = Set.of(PLAIN, DICTIONARY);
    private static final Set<Integer> BLOBS = Set.of(PLAIN);

    private EncodingRules() {
    }

    /**
     * Whether files may use encoding {@code encodingId} for {@code type}. Plugin ids are allowed
     * for every type (whether the plugin supports the kind is checked when its encoder is made).
     */
    public static boolean allows(DataType type, int encodingId) {
        if (CodecIds.isPluginId(encodingId)) {
            return true;
        }
        return allowedFor(type).contains(encodingId);
    }

    private static Set<Integer> allowedFor(DataType type) {
        switch (type) {
            case BOOLEAN:
                return BOOLEANS;
            case INT32:
            case INT64:
            case DATE:
            case TIMESTAMP:
                return INTEGERS;
            case FLOAT:
                return FLOATS;
            case DOUBLE:
                return DOUBLES;
            case TEXT:
            case STRING:
                return TEXTS;
            default:
                return BLOBS;
        }
    }

    /** The official default encoding of {@code type}. */
    public static int defaultEncoding(DataType type) {
        switch (type) {
            case BOOLEAN:
                return RLE;
            case INT32:
            case INT64:
            case DATE:
            case TIMESTAMP:
                return TS_2DIFF;
            case FLOAT:
            case DOUBLE:
                return GORILLA;
            default:
                return PLAIN;
        }
    }

    /** The primitive shape codecs see for {@code type}. */
    public static ValueKind<?, ?> kindOf(DataType type) {
        switch (type) {
            case BOOLEAN:
                return ValueKind.BOOLEAN;
            case INT32:
            case DATE:
                return ValueKind.INT32;
            case INT64:
            case TIMESTAMP:
                return ValueKind.INT64;
            case FLOAT:
                return ValueKind.FLOAT;
            case DOUBLE:
                return ValueKind.DOUBLE;
            default:
                return ValueKind.BINARY;
        }
    }
}
