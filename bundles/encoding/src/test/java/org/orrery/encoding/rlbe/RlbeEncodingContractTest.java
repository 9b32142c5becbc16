package org.orrery.encoding.rlbe;

import org.orrery.codec.api.Encoding;
import org.orrery.codec.testkit.EncodingContractTest;

class RlbeEncodingContractTest extends EncodingContractTest {
    @Override
    protected Encoding encoding() {
        return new RlbeEncoding();
    }
}
