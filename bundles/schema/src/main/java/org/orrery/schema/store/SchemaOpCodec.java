package org.orrery.schema.store;

import org.orrery.common.type.DataType;
import org.orrery.schema.store.SchemaOp.AlterSeries;
import org.orrery.schema.store.SchemaOp.CreateDatabase;
import org.orrery.schema.store.SchemaOp.CreateSeries;
import org.orrery.schema.store.SchemaOp.DeleteSeries;
import org.orrery.schema.store.SchemaOp.DropDatabase;
import org.orrery.schema.store.SchemaOp.SetTtl;

/** The payload of a log entry: the operation id byte, then the operation's fields (FORMAT.md). */
final class SchemaOpCodec {
  // Persisted flag bits of a CREATE_SERIES entry.
  private static final int FLAG_ALIGNED = 1;

  private SchemaOpCodec() {}

  static void encode(SchemaOp op, ByteWriter out) {
    out.writeByte(op.id());
    out.writePath(op.path());
    if (op instanceof CreateDatabase) {
      CreateDatabase create = (CreateDatabase) op;
      out.writeLong(create.ttlMillis());
      out.writeLong(create.partitionMillis());
    } else if (op instanceof SetTtl) {
      out.writeLong(((SetTtl) op).ttlMillis());
    } else if (op instanceof CreateSeries) {
      CreateSeries create = (CreateSeries) op;
      out.writeByte(create.type().id());
      out.writeByte(create.encoding());
      out.writeByte(create.compressor());
      out.writeByte(create.aligned() ? FLAG_ALIGNED : 0);
      out.writeOptionalString(create.alias());
      out.writeMap(create.tags());
      out.writeMap(create.attributes());
    } else if (op instanceof AlterSeries) {
      AlterSeries alter = (AlterSeries) op;
      out.writeOptionalString(alter.alias());
      out.writeMap(alter.tags());
      out.writeMap(alter.attributes());
    }
    // DropDatabase and DeleteSeries carry only their path.
  }

  /**
   * Decodes one payload; the reader must hold exactly one entry's payload.
   *
   * @throws MalformedDataException when the bytes are not a valid operation
   */
  static SchemaOp decode(ByteReader in) {
    int id = in.readByte();
    SchemaOp op;
    switch (id) {
      case SchemaOp.CREATE_DATABASE_ID:
        op = new CreateDatabase(in.readPath(), in.readLong(), in.readLong());
        break;
      case SchemaOp.DROP_DATABASE_ID:
        op = new DropDatabase(in.readPath());
        break;
      case SchemaOp.SET_TTL_ID:
        op = new SetTtl(in.readPath(), in.readLong());
        break;
      case SchemaOp.CREATE_SERIES_ID:
        op = decodeCreateSeries(in);
        break;
      case SchemaOp.DELETE_SERIES_ID:
        op = new DeleteSeries(in.readPath());
        break;
      case SchemaOp.ALTER_SERIES_ID:
        op = new AlterSeries(in.readPath(), in.readOptionalString(), in.readMap(), in.readMap());
        break;
      default:
        throw new MalformedDataException("unknown schema operation id " + id);
    }
    if (in.remaining() != 0) {
      throw new MalformedDataException(in.remaining() + " bytes left after operation " + id);
    }
    return op;
  }

  private static CreateSeries decodeCreateSeries(ByteReader in) {
    var path = in.readPath();
    DataType type;
    int typeId = in.readByte();
    try {
      type = DataType.fromId(typeId);
    } catch (IllegalArgumentException e) {
      throw new MalformedDataException("unknown data type id " + typeId + " for " + path);
    }
    byte encoding = (byte) in.readByte();
    byte compressor = (byte) in.readByte();
    int flags = in.readByte();
    return new CreateSeries(
        path,
        type,
        encoding,
        compressor,
        (flags & FLAG_ALIGNED) != 0,
        in.readOptionalString(),
        in.readMap(),
        in.readMap());
  }
}
