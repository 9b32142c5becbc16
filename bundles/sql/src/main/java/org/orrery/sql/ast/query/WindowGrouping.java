package org.orrery.sql.ast.query;

/** How GROUP BY cuts the rows of a series into segments along time. */
public sealed interface WindowGrouping
    permits TimeWindow, VariationWindow, ConditionWindow, SessionWindow, CountWindow {}
