package org.orrery.engine.storage;

import org.orrery.common.type.DataType;

/** The newest point of a series: its time and boxed value (see {@link SeriesStatistics}). */
public record LastPoint(long time, DataType type, Object value) {}
