/**
 * The native wire protocol of Orrery: frame layout, message type ids, limits and the codec that
 * turns frames into {@link org.orrery.protocol.message.Message}s and back. Pure byte-level code
 * (no Netty), shared by the server and the blocking client. The layout is documented in
 * {@code docs/protocol.md}. 1.1.0 added {@code FrameCodec.encode(int, Message, byte[])}.
 */
@Version("1.2.0")
package org.orrery.protocol;

import org.osgi.annotation.versioning.Version;
