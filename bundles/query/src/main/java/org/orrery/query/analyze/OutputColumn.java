package org.orrery.query.analyze;

import org.orrery.sql.ast.expression.Expression;

/**
 * One result column after path expansion: the concrete expression and its header.
 *
 * @param expression the expression with full series paths
 * @param header the header text (alias, or the expression as IoTDB prints it)
 */
public record OutputColumn(Expression expression, String header) {}
