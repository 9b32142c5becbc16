package org.orrery.encoding.gorilla;

import org.orrery.codec.api.CodecProperties;
import org.orrery.codec.api.Encoding;
import org.orrery.codec.api.EncodingIds;
import org.orrery.codec.api.KindCodecs;
import org.orrery.codec.api.ValueKind;
import org.osgi.service.component.annotations.Component;

/** GORILLA (id 8, TsFile's current Gorilla layout): XOR compression for INT32, INT64, FLOAT, DOUBLE. */
@Component(service = Encoding.class, property = {
    CodecProperties.KIND + "=" + CodecProperties.KIND_ENCODING,
    CodecProperties.ID + ":Integer=" + EncodingIds.GORILLA,
    CodecProperties.NAME + "=GORILLA"})
public final class GorillaEncoding implements Encoding {
    private static final KindCodecs CODECS = KindCodecs.builder()
            .add(ValueKind.INT32, o -> new IntGorillaEncoder(), o -> new IntGorillaDecoder())
            .add(ValueKind.INT64, o -> new LongGorillaEncoder(), o -> new LongGorillaDecoder())
            .add(ValueKind.FLOAT, o -> new FloatGorillaEncoder(), o -> new FloatGorillaDecoder())
            .add(ValueKind.DOUBLE, o -> new DoubleGorillaEncoder(), o -> new DoubleGorillaDecoder())
            .build();

    @Override
    public int id() {
        return EncodingIds.GORILLA;
    }

    @Override
    public String name() {
        return "GORILLA";
    }

    @Override
    public KindCodecs codecs() {
        return CODECS;
    }
}
