package org.orrery.encoding.zigzag;

import org.orrery.codec.api.Encoding;
import org.orrery.codec.testkit.EncodingContractTest;

class ZigzagEncodingContractTest extends EncodingContractTest {
    @Override
    protected Encoding encoding() {
        return new ZigzagEncoding();
    }
}
