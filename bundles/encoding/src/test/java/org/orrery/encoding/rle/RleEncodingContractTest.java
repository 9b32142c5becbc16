package org.orrery.encoding.rle;

import org.orrery.codec.api.Encoding;
import org.orrery.codec.testkit.EncodingContractTest;

class RleEncodingContractTest extends EncodingContractTest {
    @Override
    protected Encoding encoding() {
        return new RleEncoding();
    }
}
