package org.orrery.query.aggregate;

import java.util.List;
import org.orrery.common.path.PartialPath;
import org.orrery.engine.function.BoundAggregate;
import org.orrery.query.expression.Expr;
import org.orrery.sql.ast.expression.FunctionCall;

/**
 * One aggregation the query computes, e.g. {@code count(root.sg.d1.s1)}.
 *
 * @param text its header text, which also identifies it
 * @param call the concrete call
 * @param bound the function bound to its argument types
 * @param arguments the argument expressions bound over the joined input rows
 * @param series the single series it reads when its only argument is a plain path (statistics
 *     can answer it then), else null
 */
public record AggregateSlot(
    String text, FunctionCall call, BoundAggregate bound, List<Expr> arguments, PartialPath series) {}
