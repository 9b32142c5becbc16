package org.orrery.encoding.gorilla;

import java.nio.ByteBuffer;
import org.orrery.encoding.bits.BitReader;

/** How a GORILLA page ends after its end marker. */
final class GorillaPageEnd {
    private GorillaPageEnd() {
    }

    /**
     * The writer always emits one more byte after the marker: the marker's partly used last byte,
     * or a whole zero byte when the marker ended on a byte boundary. In the second case that byte
     * is still unread; consume it so the page is read to its end. The reader's read-ahead is
     * released first, so the buffer's position is back just past the marker's last byte.
     */
    static void skipClosingByte(BitReader bits, ByteBuffer in) {
        bits.release();
        if (bits.bitsLeftInByte() == 0 && in.hasRemaining()) {
            in.get();
        }
    }
}
