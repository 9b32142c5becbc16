package org.orrery.encoding.gorillav1;

import org.orrery.codec.api.CodecProperties;
import org.orrery.codec.api.Encoding;
import org.orrery.codec.api.EncodingIds;
import org.orrery.codec.api.KindCodecs;
import org.orrery.codec.api.ValueKind;
import org.osgi.service.component.annotations.Component;

/**
 * GORILLA_V1 (id 6, deprecated): the first Gorilla layout of TsFile, FLOAT and DOUBLE only (the
 * official library has no INT32/INT64 form of it, so neither do we: such a column would be
 * unreadable there). Cannot hold NaN.
 */
@Component(service = Encoding.class, property = {
    CodecProperties.KIND + "=" + CodecProperties.KIND_ENCODING,
    CodecProperties.ID + ":Integer=" + EncodingIds.GORILLA_V1,
    CodecProperties.NAME + "=GORILLA_V1"})
public final class GorillaV1Encoding implements Encoding {
    private static final KindCodecs CODECS = KindCodecs.builder()
            .add(ValueKind.FLOAT, o -> new FloatGorillaV1Encoder(), o -> new FloatGorillaV1Decoder())
            .add(ValueKind.DOUBLE, o -> new DoubleGorillaV1Encoder(), o -> new DoubleGorillaV1Decoder())
            .build();

    @Override
    public int id() {
        return EncodingIds.GORILLA_V1;
    }

    @Override
    public String name() {
        return "GORILLA_V1";
    }

    @Override
    public KindCodecs codecs() {
        return CODECS;
    }
}
