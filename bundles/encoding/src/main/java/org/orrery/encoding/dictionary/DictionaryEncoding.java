package org.orrery.encoding.dictionary;

import org.orrery.codec.api.CodecProperties;
import org.orrery.codec.api.Encoding;
import org.orrery.codec.api.EncodingIds;
import org.orrery.codec.api.KindCodecs;
import org.orrery.codec.api.ValueKind;
import org.osgi.service.component.annotations.Component;

/**
 * DICTIONARY (id 1): per-page dictionary of distinct binary values plus RLE indexes. The
 * official writer accepts it for TEXT and STRING but not BLOB; the value kind cannot tell those
 * apart, so the TsFile writer must refuse DICTIONARY for BLOB columns itself.
 */
@Component(service = Encoding.class, property = {
    CodecProperties.KIND + "=" + CodecProperties.KIND_ENCODING,
    CodecProperties.ID + ":Integer=" + EncodingIds.DICTIONARY,
    CodecProperties.NAME + "=DICTIONARY"})
public final class DictionaryEncoding implements Encoding {
    private static final KindCodecs CODECS = KindCodecs.builder()
            .add(ValueKind.BINARY, o -> new BinaryDictionaryEncoder(), o -> new BinaryDictionaryDecoder())
            .build();

    @Override
    public int id() {
        return EncodingIds.DICTIONARY;
    }

    @Override
    public String name() {
        return "DICTIONARY";
    }

    @Override
    public KindCodecs codecs() {
        return CODECS;
    }
}
