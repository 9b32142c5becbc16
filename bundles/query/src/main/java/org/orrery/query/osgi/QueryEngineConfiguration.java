package org.orrery.query.osgi;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** ConfigAdmin PID {@code org.orrery.query}: limits of each query. */
@ObjectClassDefinition(name = "Orrery query engine", description = "Timeouts and memory limits of queries")
public @interface QueryEngineConfiguration {
  @AttributeDefinition(name = "Query timeout (ms)", description = "Default timeout of a query; 0 for none")
  long query_timeout_ms() default 60_000L;

  @AttributeDefinition(name = "Query memory limit (bytes)", description = "Memory one query may hold")
  long query_memory_limit_bytes() default 512L * 1024 * 1024;

  @AttributeDefinition(name = "Timestamp precision", description = "ms, us or ns")
  String timestamp_precision() default "ms";
}
