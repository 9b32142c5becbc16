package org.orrery.encoding.ts2diff;

import org.orrery.codec.api.Encoding;
import org.orrery.codec.testkit.EncodingContractTest;

class Ts2DiffEncodingContractTest extends EncodingContractTest {
    @Override
    protected Encoding encoding() {
        return new Ts2DiffEncoding();
    }
}
