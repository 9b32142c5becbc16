package org.orrery.encoding.sprintz;

import org.orrery.codec.api.CodecProperties;
import org.orrery.codec.api.Encoding;
import org.orrery.codec.api.EncodingIds;
import org.orrery.codec.api.KindCodecs;
import org.orrery.codec.api.ValueKind;
import org.osgi.service.component.annotations.Component;

/**
 * SPRINTZ (id 12): FIRE-predicted, bit-packed blocks for INT32, INT64, FLOAT and DOUBLE.
 * Lossless here, unlike the official 2.4.0 writer: see {@link SprintzFormat}.
 */
@Component(service = Encoding.class, property = {
    CodecProperties.KIND + "=" + CodecProperties.KIND_ENCODING,
    CodecProperties.ID + ":Integer=" + EncodingIds.SPRINTZ,
    CodecProperties.NAME + "=SPRINTZ"})
public final class SprintzEncoding implements Encoding {
    private static final KindCodecs CODECS = KindCodecs.builder()
            .add(ValueKind.INT32, o -> new IntSprintzEncoder(), o -> new IntSprintzDecoder())
            .add(ValueKind.INT64, o -> new LongSprintzEncoder(), o -> new LongSprintzDecoder())
            .add(ValueKind.FLOAT, o -> new FloatSprintzEncoder(), o -> new FloatSprintzDecoder())
            .add(ValueKind.DOUBLE, o -> new DoubleSprintzEncoder(), o -> new DoubleSprintzDecoder())
            .build();

    @Override
    public int id() {
        return EncodingIds.SPRINTZ;
    }

    @Override
    public String name() {
        return "SPRINTZ";
    }

    @Override
    public KindCodecs codecs() {
        return CODECS;
    }
}
