package org.orrery.encoding.gorilla;

import org.orrery.codec.api.Encoding;
import org.orrery.codec.testkit.CodecRoundTrip;
import org.orrery.codec.testkit.EncodingRoundTrip;
import org.orrery.codec.testkit.EncodingContractTest;

class GorillaEncodingContractTest extends EncodingContractTest {
    @Override
    protected Encoding encoding() {
        return new GorillaEncoding();
    }

    /** The page ends with a MIN_VALUE / NaN marker, so decodeAll stops at a genuine one. */
    @Override
    protected EncodingRoundTrip roundTrip() {
        return CodecRoundTrip.of(encoding()).decodeAllMayStopEarly();
    }
}
