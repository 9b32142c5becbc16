package org.orrery.sql.ast;

/**
 * The families statements are grouped in; each has its own package of statement records and its
 * own translator, and callers may route or authorise by family.
 */
public enum StatementFamily {
  /** Databases, time series, tags and attributes, TTL, flush. */
  SCHEMA,
  /** SHOW and COUNT statements over the schema, SHOW VERSION. */
  METADATA,
  /** INSERT and DELETE of data points. */
  WRITE,
  /** SELECT, including SELECT LAST and SELECT INTO. */
  QUERY,
  /** Users, roles and privileges. */
  AUTH,
  /** User-defined functions, triggers and continuous queries. */
  PLUGIN,
  /** AINode models and inference. */
  MODEL
}
