package org.orrery.sql.ast.query;

/** The FILL clause: how null cells of the result are filled. */
public sealed interface FillSpec permits PreviousFill, LinearFill, ConstantFill {}
