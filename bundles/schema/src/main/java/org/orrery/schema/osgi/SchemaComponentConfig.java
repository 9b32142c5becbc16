package org.orrery.schema.osgi;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Settings of the schema engine, from {@code etc/org.orrery.schema.cfg}. Property names are the
 * method names with {@code _} read as {@code .} (e.g. {@code auto.create.schema}).
 */
@ObjectClassDefinition(name = "Orrery schema engine")
public @interface SchemaComponentConfig {

  @AttributeDefinition(description = "Directory of the schema log and snapshot; empty means"
      + " <karaf.data>/system/schema")
  String data_dir() default "";

  @AttributeDefinition(description = "Create databases and timeseries on first write")
  boolean auto_create_schema() default true;

  @AttributeDefinition(description = "Level (root = 0) at which auto-creation puts the database")
  int default_database_level() default 1;

  @AttributeDefinition(description = "Type of auto-created series written with integer literals:"
      + " INT32, INT64, FLOAT or DOUBLE")
  String integer_literal_type() default "DOUBLE";

  @AttributeDefinition(description = "Type of auto-created series written with floating literals:"
      + " FLOAT or DOUBLE")
  String floating_literal_type() default "DOUBLE";

  @AttributeDefinition(description = "Width of a time partition in milliseconds (7 days)")
  long time_partition_interval() default 604_800_000L;

  @AttributeDefinition(description = "Fsync the schema log before a schema change returns")
  boolean sync() default true;

  @AttributeDefinition(description = "Minimum logged changes between two schema snapshots")
  long snapshot_interval_ops() default 100_000L;

  @AttributeDefinition(description = "Compressor of series created without one")
  String default_compressor() default "LZ4";

  @AttributeDefinition(description = "Default encoding of BOOLEAN series")
  String default_encoding_boolean() default "RLE";

  @AttributeDefinition(description = "Default encoding of INT32 series")
  String default_encoding_int32() default "TS_2DIFF";

  @AttributeDefinition(description = "Default encoding of INT64 series")
  String default_encoding_int64() default "TS_2DIFF";

  @AttributeDefinition(description = "Default encoding of FLOAT series")
  String default_encoding_float() default "GORILLA";

  @AttributeDefinition(description = "Default encoding of DOUBLE series")
  String default_encoding_double() default "GORILLA";

  @AttributeDefinition(description = "Default encoding of TEXT series")
  String default_encoding_text() default "PLAIN";

  @AttributeDefinition(description = "Default encoding of STRING series")
  String default_encoding_string() default "PLAIN";

  @AttributeDefinition(description = "Default encoding of BLOB series")
  String default_encoding_blob() default "PLAIN";

  @AttributeDefinition(description = "Default encoding of DATE series")
  String default_encoding_date() default "TS_2DIFF";

  @AttributeDefinition(description = "Default encoding of TIMESTAMP series")
  String default_encoding_timestamp() default "TS_2DIFF";
}
