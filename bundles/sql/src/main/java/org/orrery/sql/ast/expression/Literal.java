package org.orrery.sql.ast.expression;

/** A constant written in the statement. */
public sealed interface Literal extends Expression
    permits IntegerLiteral,
        DecimalLiteral,
        StringLiteral,
        BooleanLiteral,
        NullLiteral,
        DateTimeConstant,
        DurationConstant {}
