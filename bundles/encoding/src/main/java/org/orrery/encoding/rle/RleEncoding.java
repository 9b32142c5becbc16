package org.orrery.encoding.rle;

import org.orrery.codec.api.CodecProperties;
import org.orrery.codec.api.Encoding;
import org.orrery.codec.api.EncodingIds;
import org.orrery.codec.api.KindCodecs;
import org.orrery.codec.api.ValueKind;
import org.orrery.encoding.scaled.ScaledDoubleDecoder;
import org.orrery.encoding.scaled.ScaledDoubleEncoder;
import org.orrery.encoding.scaled.ScaledFloatDecoder;
import org.orrery.encoding.scaled.ScaledFloatEncoder;
import org.orrery.encoding.scaled.ScaledPageHeader;
import org.osgi.service.component.annotations.Component;

/**
 * RLE (id 2): the RLE / bit-packing hybrid for BOOLEAN, INT32 and INT64; FLOAT and DOUBLE go
 * through the scaled-integer wrapper (precision option {@code float.precision}, default 2), with
 * raw-bits fallback so no value is altered.
 */
@Component(service = Encoding.class, property = {
    CodecProperties.KIND + "=" + CodecProperties.KIND_ENCODING,
    CodecProperties.ID + ":Integer=" + EncodingIds.RLE,
    CodecProperties.NAME + "=RLE"})
public final class RleEncoding implements Encoding {
    private static final KindCodecs CODECS = KindCodecs.builder()
            .add(ValueKind.BOOLEAN, o -> new BooleanRleEncoder(), o -> new BooleanRleDecoder())
            .add(ValueKind.INT32, o -> new IntRleEncoder(), o -> new IntRleDecoder())
            .add(ValueKind.INT64, o -> new LongRleEncoder(), o -> new LongRleDecoder())
            .add(ValueKind.FLOAT,
                o -> new ScaledFloatEncoder(new IntRleEncoder(), ScaledPageHeader.precision(o)),
                o -> new ScaledFloatDecoder(new IntRleDecoder("RLE FLOAT"), "RLE FLOAT"))
            .add(ValueKind.DOUBLE,
                o -> new ScaledDoubleEncoder(new LongRleEncoder(), ScaledPageHeader.precision(o)),
                o -> new ScaledDoubleDecoder(new LongRleDecoder(), "RLE DOUBLE"))
            .build();

    @Override
    public int id() {
        return EncodingIds.RLE;
    }

    @Override
    public String name() {
        return "RLE";
    }

    @Override
    public KindCodecs codecs() {
        return CODECS;
    }
}
