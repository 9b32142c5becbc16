package org.orrery.sql.ast.query;

/**
 * {@code FILL(LINEAR)}: linear interpolation between the neighbouring non-null values.
 */
public record LinearFill() implements FillSpec {
}
