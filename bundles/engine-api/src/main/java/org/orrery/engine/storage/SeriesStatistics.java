package org.orrery.engine.storage;

import org.orrery.common.type.DataType;

/**
 * Statistics of one series over a stretch of its points, as TsFile keeps them per file, chunk and
 * page. Values are boxed by type ({@code Boolean}, {@code Integer}, {@code Long}, {@code Float},
 * {@code Double}, {@code byte[]}). Min/max are {@code null} for types that have none (BOOLEAN,
 * TEXT, BLOB) and {@code sum} is {@code NaN} when the type has none.
 */
public record SeriesStatistics(
    DataType type,
    long count,
    long startTime,
    long endTime,
    Object firstValue,
    Object lastValue,
    Object minValue,
    Object maxValue,
    double sum) {}
