package org.orrery.encoding.ts2diff;

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
 * TS_2DIFF (id 4): delta-of-delta bit packing for INT32 and INT64 (the time column's encoding);
 * FLOAT and DOUBLE through the lossless scaled-integer wrapper.
 */
@Component(service = Encoding.class, property = {
    CodecProperties.KIND + "=" + CodecProperties.KIND_ENCODING,
    CodecProperties.ID + ":Integer=" + EncodingIds.TS_2DIFF,
    CodecProperties.NAME + "=TS_2DIFF"})
public final class Ts2DiffEncoding implements Encoding {
    private static final KindCodecs CODECS = KindCodecs.builder()
            .add(ValueKind.INT32, o -> new IntTs2DiffEncoder(), o -> new IntTs2DiffDecoder())
            .add(ValueKind.INT64, o -> new LongTs2DiffEncoder(), o -> new LongTs2DiffDecoder())
            .add(ValueKind.FLOAT,
                o -> new ScaledFloatEncoder(new IntTs2DiffEncoder(), ScaledPageHeader.precision(o)),
                o -> new ScaledFloatDecoder(new IntTs2DiffDecoder("TS_2DIFF FLOAT"), "TS_2DIFF FLOAT"))
            .add(ValueKind.DOUBLE,
                o -> new ScaledDoubleEncoder(new LongTs2DiffEncoder(), ScaledPageHeader.precision(o)),
                o -> new ScaledDoubleDecoder(new LongTs2DiffDecoder("TS_2DIFF DOUBLE"), "TS_2DIFF DOUBLE"))
            .build();

    @Override
    public int id() {
        return EncodingIds.TS_2DIFF;
    }

    @Override
    public String name() {
        return "TS_2DIFF";
    }

    @Override
    public KindCodecs codecs() {
        return CODECS;
    }
}
