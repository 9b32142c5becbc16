/**
 * The messages of the native protocol, one record per {@link org.orrery.protocol.MessageType}.
 * Requests travel from client to server, responses back; every response carries the request id
 * of the request it answers (see {@link org.orrery.protocol.FrameCodec}).
 */
@Version("1.1.0")
package org.orrery.protocol.message;

import org.osgi.annotation.versioning.Version;
