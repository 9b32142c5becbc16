package org.orrery.encoding.dictionary;

import org.orrery.codec.api.Encoding;
import org.orrery.codec.testkit.EncodingContractTest;

class DictionaryEncodingContractTest extends EncodingContractTest {
    @Override
    protected Encoding encoding() {
        return new DictionaryEncoding();
    }
}
