package org.orrery.encoding.rlbe;

import org.orrery.codec.api.CodecProperties;
import org.orrery.codec.api.Encoding;
import org.orrery.codec.api.EncodingIds;
import org.orrery.codec.api.KindCodecs;
import org.orrery.codec.api.ValueKind;
import org.osgi.service.component.annotations.Component;

/** RLBE (id 13): delta + run-length of bit lengths + Fibonacci-coded runs, for INT32, INT64, FLOAT, DOUBLE. */
@Component(service = Encoding.class, property = {
    CodecProperties.KIND + "=" + CodecProperties.KIND_ENCODING,
    CodecProperties.ID + ":Integer=" + EncodingIds.RLBE,
    CodecProperties.NAME + "=RLBE"})
public final class RlbeEncoding implements Encoding {
    private static final KindCodecs CODECS = KindCodecs.builder()
            .add(ValueKind.INT32, o -> new IntRlbeEncoder(), o -> new IntRlbeDecoder())
            .add(ValueKind.INT64, o -> new LongRlbeEncoder(), o -> new LongRlbeDecoder())
            .add(ValueKind.FLOAT, o -> new FloatRlbeEncoder(), o -> new FloatRlbeDecoder())
            .add(ValueKind.DOUBLE, o -> new DoubleRlbeEncoder(), o -> new DoubleRlbeDecoder())
            .build();

    @Override
    public int id() {
        return EncodingIds.RLBE;
    }

    @Override
    public String name() {
        return "RLBE";
    }

    @Override
    public KindCodecs codecs() {
        return CODECS;
    }
}
