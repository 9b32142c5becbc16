package org.orrery.encoding.chimp;

import org.orrery.codec.api.CodecProperties;
import org.orrery.codec.api.Encoding;
import org.orrery.codec.api.EncodingIds;
import org.orrery.codec.api.KindCodecs;
import org.orrery.codec.api.ValueKind;
import org.osgi.service.component.annotations.Component;

/** CHIMP (id 11): Chimp128 XOR compression for INT32, INT64, FLOAT and DOUBLE. */
@Component(service = Encoding.class, property = {
    CodecProperties.KIND + "=" + CodecProperties.KIND_ENCODING,
    CodecProperties.ID + ":Integer=" + EncodingIds.CHIMP,
    CodecProperties.NAME + "=CHIMP"})
public final class ChimpEncoding implements Encoding {
    private static final KindCodecs CODECS = KindCodecs.builder()
            .add(ValueKind.INT32, o -> new IntChimpEncoder(), o -> new IntChimpDecoder())
            .add(ValueKind.INT64, o -> new LongChimpEncoder(), o -> new LongChimpDecoder())
            .add(ValueKind.FLOAT, o -> new FloatChimpEncoder(), o -> new FloatChimpDecoder())
            .add(ValueKind.DOUBLE, o -> new DoubleChimpEncoder(), o -> new DoubleChimpDecoder())
            .build();

    @Override
    public int id() {
        return EncodingIds.CHIMP;
    }

    @Override
    public String name() {
        return "CHIMP";
    }

    @Override
    public KindCodecs codecs() {
        return CODECS;
    }
}
