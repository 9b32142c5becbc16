/**
 * The Netty server of the native protocol. {@link org.orrery.rpc.RpcServer} runs without OSGi
 * (give it a config, a {@code QueryEngine} and a {@code UserService}); the bundle also starts it
 * as a DS component with PID {@code org.orrery.rpc}.
 */
@Version("1.0.0")
package org.orrery.rpc;

import org.osgi.annotation.versioning.Version;
