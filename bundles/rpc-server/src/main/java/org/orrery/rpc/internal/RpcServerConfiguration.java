package org.orrery.rpc.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of the native-protocol server, PID {@code org.orrery.rpc} ({@code etc/org.orrery.rpc.cfg}). */
@ObjectClassDefinition(name = "Orrery RPC server", description = "The native protocol endpoint")
public @interface RpcServerConfiguration {

  @AttributeDefinition(description = "Address to bind; 0.0.0.0 for every interface")
  String host() default "127.0.0.1";

  @AttributeDefinition(description = "TCP port; the environment variable ORRERY_RPC_PORT overrides it")
  int port() default 6667;

  @AttributeDefinition(description = "Connections served at once")
  int max_connections() default 1000;

  @AttributeDefinition(description = "Largest accepted frame payload in bytes")
  int max_frame_size() default 64 * 1024 * 1024;

  @AttributeDefinition(description = "Seconds without traffic after which a connection is closed; 0 = never")
  int idle_timeout_seconds() default 3600;

  @AttributeDefinition(description = "Pipelined requests queued per connection before reading pauses")
  int max_pending_requests() default 16;

  @AttributeDefinition(description = "Queries one connection may keep open")
  int max_open_queries() default 64;

  @AttributeDefinition(description = "Serve TLS instead of plain TCP")
  boolean tls_enabled() default false;

  @AttributeDefinition(description = "Key store with the server's key and certificate (when TLS is enabled)")
  String tls_keystore_path() default "";

  @AttributeDefinition(description = "Password of the key store", type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD)
  String tls_keystore_password() default "";

  @AttributeDefinition(description = "Key store type: PKCS12 or JKS")
  String tls_keystore_type() default "PKCS12";
}
