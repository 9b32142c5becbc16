package org.orrery.encoding.sprintz;

import org.orrery.codec.api.Encoding;
import org.orrery.codec.testkit.EncodingContractTest;

class SprintzEncodingContractTest extends EncodingContractTest {
    @Override
    protected Encoding encoding() {
        return new SprintzEncoding();
    }
}
