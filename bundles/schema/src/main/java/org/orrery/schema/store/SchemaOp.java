package org.orrery.schema.store;

import java.util.Map;
import java.util.Objects;
import org.orrery.common.path.PartialPath;
import org.orrery.common.type.DataType;

/**
 * One change to the schema as the log records it. Each kind has a persisted operation id (see
 * {@link #id()} and FORMAT.md): never renumber one. Replaying the operations of the log in order
 * on the snapshot they follow rebuilds the schema exactly.
 */
public sealed interface SchemaOp {
  // Persisted operation ids: the first payload byte of every log entry.
  byte CREATE_DATABASE_ID = 1;
  byte DROP_DATABASE_ID = 2;
  byte SET_TTL_ID = 3;
  byte CREATE_SERIES_ID = 4;
  byte DELETE_SERIES_ID = 5;
  byte ALTER_SERIES_ID = 6;

  /** The persisted id of this kind of operation. */
  byte id();

  /** The path the operation applies to. */
  PartialPath path();

  /** {@code CREATE DATABASE}, explicit or automatic. */
  record CreateDatabase(PartialPath path, long ttlMillis, long partitionMillis) implements SchemaOp {
    public CreateDatabase {
      Objects.requireNonNull(path, "path");
    }

    @Override
    public byte id() {
      return CREATE_DATABASE_ID;
    }
  }

  /** {@code DROP DATABASE} of one database. */
  record DropDatabase(PartialPath path) implements SchemaOp {
    public DropDatabase {
      Objects.requireNonNull(path, "path");
    }

    @Override
    public byte id() {
      return DROP_DATABASE_ID;
    }
  }

  /** {@code SET TTL} of one database. */
  record SetTtl(PartialPath path, long ttlMillis) implements SchemaOp {
    public SetTtl {
      Objects.requireNonNull(path, "path");
    }

    @Override
    public byte id() {
      return SET_TTL_ID;
    }
  }

  /** Creation of one series, explicit or automatic; encoding and compressor are TsFile ids. */
  record CreateSeries(
      PartialPath path,
      DataType type,
      byte encoding,
      byte compressor,
      boolean aligned,
      String alias,
      Map<String, String> tags,
      Map<String, String> attributes)
      implements SchemaOp {
    public CreateSeries {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(type, "type");
      tags = Map.copyOf(tags);
      attributes = Map.copyOf(attributes);
    }

    @Override
    public byte id() {
      return CREATE_SERIES_ID;
    }
  }

  /** Deletion of one series (by its real path, never an alias). */
  record DeleteSeries(PartialPath path) implements SchemaOp {
    public DeleteSeries {
      Objects.requireNonNull(path, "path");
    }

    @Override
    public byte id() {
      return DELETE_SERIES_ID;
    }
  }

  /** The new alias, tags and attributes of one series after an {@code ALTER TIMESERIES}. */
  record AlterSeries(
      PartialPath path, String alias, Map<String, String> tags, Map<String, String> attributes)
      implements SchemaOp {
    public AlterSeries {
      Objects.requireNonNull(path, "path");
      tags = Map.copyOf(tags);
      attributes = Map.copyOf(attributes);
    }

    @Override
    public byte id() {
      return ALTER_SERIES_ID;
    }
  }
}
