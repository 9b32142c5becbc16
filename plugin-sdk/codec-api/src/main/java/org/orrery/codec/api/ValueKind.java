package org.orrery.codec.api;

import java.util.List;

/**
 * The primitive shape of a column's values as codecs see them, typed by the encoder and decoder
 * interfaces that handle it, so {@code encoding.newEncoder(ValueKind.INT64, options)} returns a
 * {@link LongEncoder} without a cast.
 *
 * <p>Several TsFile data types share a kind: INT32 and DATE are {@link #INT32}; INT64 and
 * TIMESTAMP are {@link #INT64}; TEXT, STRING and BLOB are {@link #BINARY}. Kinds are never
 * persisted.
 *
 * @param <E> the encoder interface for this kind
 * @param <D> the decoder interface for this kind
 */
public final class ValueKind<E, D> {
    public static final ValueKind<BooleanEncoder, BooleanDecoder> BOOLEAN =
            new ValueKind<>("BOOLEAN", BooleanEncoder.class, BooleanDecoder.class);
    public static final ValueKind<IntEncoder, IntDecoder> INT32 =
            new ValueKind<>("INT32", IntEncoder.class, IntDecoder.class);
    public static final ValueKind<LongEncoder, LongDecoder> INT64 =
            new ValueKind<>("INT64", LongEncoder.class, LongDecoder.class);
    public static final ValueKind<FloatEncoder, FloatDecoder> FLOAT =
            new ValueKind<>("FLOAT", FloatEncoder.class, FloatDecoder.class);
    public static final ValueKind<DoubleEncoder, DoubleDecoder> DOUBLE =
            new ValueKind<>("DOUBLE", DoubleEncoder.class, DoubleDecoder.class);
    public static final ValueKind<BinaryEncoder, BinaryDecoder> BINARY =
            new ValueKind<>("BINARY", BinaryEncoder.class, BinaryDecoder.class);

    private static final List<ValueKind<?, ?>> ALL = List.of(BOOLEAN, INT32, INT64, FLOAT, DOUBLE, BINARY);

    private final String name;
    private final Class<E> encoderType;
    private final Class<D> decoderType;

    private ValueKind(String name, Class<E> encoderType, Class<D> decoderType) {
        this.name = name;
        this.encoderType = encoderType;
        this.decoderType = decoderType;
    }

    /** All kinds, in a fixed order. */
    public static List<ValueKind<?, ?>> values() {
        return ALL;
    }

    /** The kind called {@code name} (case-insensitive). */
    public static ValueKind<?, ?> valueOf(String name) {
        for (ValueKind<?, ?> kind : ALL) {
            if (kind.name.equalsIgnoreCase(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown value kind: " + name);
    }

    public String name() {
        return name;
    }

    public Class<E> encoderType() {
        return encoderType;
    }

    public Class<D> decoderType() {
        return decoderType;
    }

    @Override
    public String toString() {
        return name;
    }
}
