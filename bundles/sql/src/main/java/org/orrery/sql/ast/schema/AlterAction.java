package org.orrery.sql.ast.schema;

/** What an {@code ALTER TIMESERIES} statement changes. */
public sealed interface AlterAction
    permits RenameKey, SetValues, DropKeys, AddTags, AddAttributes, UpsertAliasTagsAttributes {}
