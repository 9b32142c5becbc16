package org.orrery.encoding.chimp;

import org.orrery.codec.api.Encoding;
import org.orrery.codec.testkit.CodecRoundTrip;
import org.orrery.codec.testkit.EncodingRoundTrip;
import org.orrery.codec.testkit.EncodingContractTest;

class ChimpEncodingContractTest extends EncodingContractTest {
    @Override
    protected Encoding encoding() {
        return new ChimpEncoding();
    }

    @Override
    protected EncodingRoundTrip roundTrip() {
        return CodecRoundTrip.of(encoding()).decodeAllMayStopEarly();
    }
}
