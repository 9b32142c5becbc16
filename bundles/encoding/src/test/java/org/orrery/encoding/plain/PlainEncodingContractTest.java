package org.orrery.encoding.plain;

import org.orrery.codec.api.Encoding;
import org.orrery.codec.testkit.EncodingContractTest;

class PlainEncodingContractTest extends EncodingContractTest {
    @Override
    protected Encoding encoding() {
        return new PlainEncoding();
    }
}
