package org.orrery.encoding.plain;

import org.orrery.codec.api.CodecProperties;
import org.orrery.codec.api.Encoding;
import org.orrery.codec.api.EncodingIds;
import org.orrery.codec.api.KindCodecs;
import org.orrery.codec.api.ValueKind;
import org.osgi.service.component.annotations.Component;

/** PLAIN (id 0): values stored as they are; every TsFile type accepts it. */
@Component(service = Encoding.class, property = {
    CodecProperties.KIND + "=" + CodecProperties.KIND_ENCODING,
    CodecProperties.ID + ":Integer=" + EncodingIds.PLAIN,
    CodecProperties.NAME + "=PLAIN"})
public final class PlainEncoding implements Encoding {
    private static final KindCodecs CODECS = KindCodecs.builder()
            .add(ValueKind.BOOLEAN, o -> new BooleanPlainEncoder(), o -> new BooleanPlainDecoder())
            .add(ValueKind.INT32, o -> new IntPlainEncoder(), o -> new IntPlainDecoder())
            .add(ValueKind.INT64, o -> new LongPlainEncoder(), o -> new LongPlainDecoder())
            .add(ValueKind.FLOAT, o -> new FloatPlainEncoder(), o -> new FloatPlainDecoder())
            .add(ValueKind.DOUBLE, o -> new DoublePlainEncoder(), o -> new DoublePlainDecoder())
            .add(ValueKind.BINARY, o -> new BinaryPlainEncoder(), o -> new BinaryPlainDecoder())
            .build();

    @Override
    public int id() {
        return EncodingIds.PLAIN;
    }

    @Override
    public String name() {
        return "PLAIN";
    }

    @Override
    public KindCodecs codecs() {
        return CODECS;
    }
}
