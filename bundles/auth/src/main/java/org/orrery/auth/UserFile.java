package org.orrery.auth;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.io.AtomicFiles;

/**
 * The persisted user table, {@code users.dat}, replaced atomically on every change. Layout (all
 * big-endian): magic "OUSR", format version (u16, {@value #FORMAT_VERSION}), user count (i32),
 * per user: name (u16 length + UTF-8), algorithm id (u8), iterations (i32), salt (u8 length +
 * bytes), hash (u8 length + bytes); then the CRC32 of everything before it (i32).
 */
final class UserFile {
  static final String FILE_NAME = "users.dat";
  /** Persisted: the file's first four bytes, ASCII "OUSR". */
  private static final int MAGIC = 0x4F55_5352;
  /** Persisted: the layout version written by this code. */
  static final int FORMAT_VERSION = 1;

  private final Path file;

  UserFile(Path directory) {
    this.file = directory.resolve(FILE_NAME);
  }

  Path path() {
    return file;
  }

  /** The stored users by name, or null when the file does not exist yet. */
  Map<String, PasswordHash> read() {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      throw new OrreryException(ErrorCode.IO_ERROR, "cannot read user file " + file + ": " + e.getMessage(), e);
    }
    try {
      return parse(bytes);
    } catch (BufferUnderflowException | IllegalArgumentException e) {
      throw corrupt("truncated or malformed");
    }
  }

  private Map<String, PasswordHash> parse(byte[] bytes) {
    if (bytes.length < 14) {
      throw corrupt("only " + bytes.length + " bytes");
    }
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, bytes.length - 4);
    if ((int) crc.getValue() != in.getInt(bytes.length - 4)) {
      throw corrupt("checksum mismatch");
    }
    in.limit(bytes.length - 4);
    if (in.getInt() != MAGIC) {
      throw corrupt("bad magic");
    }
    int version = Short.toUnsignedInt(in.getShort());
    if (version != FORMAT_VERSION) {
      throw corrupt("unsupported format version " + version);
    }
    int count = in.getInt();
    if (count < 0 || count > in.remaining()) {
      throw corrupt("bad user count " + count);
    }
    Map<String, PasswordHash> users = new TreeMap<>();
    for (int i = 0; i < count; i++) {
      byte[] name = new byte[Short.toUnsignedInt(in.getShort())];
      in.get(name);
      int algorithm = Byte.toUnsignedInt(in.get());
      int iterations = in.getInt();
      byte[] salt = new byte[Byte.toUnsignedInt(in.get())];
      in.get(salt);
      byte[] hash = new byte[Byte.toUnsignedInt(in.get())];
      in.get(hash);
      users.put(new String(name, StandardCharsets.UTF_8), new PasswordHash(algorithm, iterations, salt, hash));
    }
    if (in.hasRemaining()) {
      throw corrupt(in.remaining() + " trailing bytes");
    }
    return users;
  }

  private OrreryException corrupt(String problem) {
    return new OrreryException(ErrorCode.CORRUPT_FILE, "user file " + file + " is corrupt: " + problem);
  }

  /** Replaces the file with {@code users}, atomically and durably. */
  void write(Map<String, PasswordHash> users) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(MAGIC);
      out.writeShort(FORMAT_VERSION);
      out.writeInt(users.size());
      for (Map.Entry<String, PasswordHash> user : users.entrySet()) {
        byte[] name = user.getKey().getBytes(StandardCharsets.UTF_8);
        PasswordHash hash = user.getValue();
        out.writeShort(name.length);
        out.write(name);
        out.writeByte(hash.algorithm());
        out.writeInt(hash.iterations());
        out.writeByte(hash.salt().length);
        out.write(hash.salt());
        out.writeByte(hash.hash().length);
        out.write(hash.hash());
      }
      out.flush();
      CRC32 crc = new CRC32();
      crc.update(bytes.toByteArray());
      out.writeInt((int) crc.getValue());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      AtomicFiles.write(file, bytes.toByteArray());
    } catch (IOException e) {
      throw new OrreryException(ErrorCode.IO_ERROR, "cannot write user file " + file + ": " + e.getMessage(), e);
    }
  }
}
