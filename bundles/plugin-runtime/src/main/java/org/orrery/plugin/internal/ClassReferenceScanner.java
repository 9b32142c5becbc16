package org.orrery.plugin.internal;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the packages a class file refers to, by reading its constant pool: class entries and
 * the type names inside descriptors and signatures. Used to compute the imports of a plain jar
 * that the runtime wraps into a bundle. Over-approximating is harmless (imports are optional);
 * missing a package would make a class fail to load, so every UTF-8 entry is searched for
 * {@code L<type>;} forms.
 */
final class ClassReferenceScanner {
  private static final int MAGIC = 0xCAFEBABE;
  private static final Pattern DESCRIPTOR_TYPE = Pattern.compile("L([A-Za-z0-9_$/]+)[;<]");

  // Constant pool tags (JVM specification, table 4.4-B).
  private static final int UTF8 = 1;
  private static final int INTEGER = 3;
  private static final int FLOAT = 4;
  private static final int LONG = 5;
  private static final int DOUBLE = 6;
  private static final int CLASS = 7;
  private static final int STRING = 8;
  private static final int FIELD_REF = 9;
  private static final int METHOD_REF = 10;
  private static final int INTERFACE_METHOD_REF = 11;
  private static final int NAME_AND_TYPE = 12;
  private static final int METHOD_HANDLE = 15;
  private static final int METHOD_TYPE = 16;
  private static final int DYNAMIC = 17;
  private static final int INVOKE_DYNAMIC = 18;
  private static final int MODULE = 19;
  private static final int PACKAGE = 20;

  private ClassReferenceScanner() {}

  /** Adds the dotted names of packages that {@code classFile} refers to into {@code out}. */
  static void scan(byte[] classFile, Set<String> out) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
    if (in.readInt() != MAGIC) {
      throw new IOException("not a class file (bad magic)");
    }
    in.readUnsignedShort(); // minor
    in.readUnsignedShort(); // major
    int count = in.readUnsignedShort();
    String[] utf8 = new String[count];
    int[] classNameIndex = new int[count];
    int classes = 0;
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case UTF8 -> utf8[i] = in.readUTF();
        case INTEGER, FLOAT, FIELD_REF, METHOD_REF, INTERFACE_METHOD_REF, NAME_AND_TYPE, DYNAMIC,
            INVOKE_DYNAMIC -> in.skipNBytes(4);
        case LONG, DOUBLE -> {
          in.skipNBytes(8);
          i++; // 8-byte constants take two slots
        }
        case CLASS -> classNameIndex[classes++] = in.readUnsignedShort();
        case STRING, METHOD_TYPE, MODULE, PACKAGE -> in.skipNBytes(2);
        case METHOD_HANDLE -> in.skipNBytes(3);
        default -> throw new IOException("unknown constant pool tag " + tag + " at entry " + i);
      }
    }
    for (int c = 0; c < classes; c++) {
      String name = utf8[classNameIndex[c]];
      if (name != null) {
        addInternalName(name.startsWith("[") ? null : name, out);
      }
    }
    for (String s : utf8) {
      if (s != null && s.indexOf('L') >= 0 && s.indexOf(';') >= 0) {
        Matcher m = DESCRIPTOR_TYPE.matcher(s);
        while (m.find()) {
          addInternalName(m.group(1), out);
        }
      }
    }
  }

  private static void addInternalName(String internalName, Set<String> out) {
    if (internalName == null) {
      return;
    }
    int slash = internalName.lastIndexOf('/');
    if (slash > 0) {
      out.add(internalName.substring(0, slash).replace('/', '.'));
    }
  }
}
