package org.orrery.sql.ast.metadata;

/** The one condition SHOW/COUNT TIMESERIES may have in its WHERE clause. */
public sealed interface TimeseriesFilter permits NameContains, DataTypeIs, TagEquals, TagContains {}
