package org.orrery.encoding.zigzag;

import org.orrery.codec.api.CodecProperties;
import org.orrery.codec.api.Encoding;
import org.orrery.codec.api.EncodingIds;
import org.orrery.codec.api.KindCodecs;
import org.orrery.codec.api.ValueKind;
import org.osgi.service.component.annotations.Component;

/** ZIGZAG (id 9): zig-zag varints for INT32 and INT64 (the official writer accepts no other kind). */
@Component(service = Encoding.class, property = {
    CodecProperties.KIND + "=" + CodecProperties.KIND_ENCODING,
    CodecProperties.ID + ":Integer=" + EncodingIds.ZIGZAG,
    CodecProperties.NAME + "=ZIGZAG"})
public final class ZigzagEncoding implements Encoding {
    private static final KindCodecs CODECS = KindCodecs.builder()
            .add(ValueKind.INT32, o -> new IntZigzagEncoder(), o -> new IntZigzagDecoder())
            .add(ValueKind.INT64, o -> new LongZigzagEncoder(), o -> new LongZigzagDecoder())
            .build();

    @Override
    public int id() {
        return EncodingIds.ZIGZAG;
    }

    @Override
    public String name() {
        return "ZIGZAG";
    }

    @Override
    public KindCodecs codecs() {
        return CODECS;
    }
}
