package org.orrery.itests;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds the plugin jars the integration tests deploy, by compiling small sources against the
 * real SDK jar with the JDK compiler. Runs in the test driver (outside the server), before the
 * server starts. Each plugin is deliberately tiny and says in {@code toString()} which build it
 * is, so a test can tell that replaced code really runs.
 */
public final class TestPlugins {
  /** A plain jar (no OSGi headers) whose trigger reports {@code "alarm " + version}. */
  public static final String ALARM = "alarm";
  /** A plain jar whose trigger's constructor throws. */
  public static final String EXPLOSIVE = "explosive";
  /** A bundle that imports a package nobody exports. */
  public static final String MISSING_IMPORT = "missing-import";
  /** Random bytes named .jar. */
  public static final String CORRUPT = "corrupt";

  private TestPlugins() {}

  /** Writes every test plugin into {@code dir} and returns it. */
  public static Path buildAll(Path dir) {
    try {
      Files.createDirectories(dir);
      write(dir.resolve("alarm-v1.jar"), alarm("v1"));
      write(dir.resolve("alarm-v2.jar"), alarm("v2"));
      write(dir.resolve(EXPLOSIVE + ".jar"), explosive());
      write(dir.resolve(MISSING_IMPORT + ".jar"), missingImport());
      byte[] garbage = new byte[2048];
      new Random(2026).nextBytes(garbage);
      write(dir.resolve(CORRUPT + ".jar"), garbage);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] alarm(String version) throws IOException {
    Map<String, byte[]> classes = compile("com.example.alarm.Alarm", """
        package com.example.alarm;
        import org.orrery.trigger.api.Trigger;
        public class Alarm implements Trigger {
          @Override public String toString() { return "alarm %s"; }
        }
        """.formatted(version));
    classes.put("META-INF/services/org.orrery.trigger.api.Trigger",
        "com.example.alarm.Alarm\n".getBytes(StandardCharsets.UTF_8));
    return jar(new Manifest(), classes);
  }

  static byte[] explosive() throws IOException {
    Map<String, byte[]> classes = compile("com.example.boom.Explosive", """
        package com.example.boom;
        import org.orrery.trigger.api.Trigger;
        public class Explosive implements Trigger {
          public Explosive() { throw new IllegalStateException("boom in constructor"); }
        }
        """);
    classes.put("META-INF/services/org.orrery.trigger.api.Trigger",
        "com.example.boom.Explosive\n".getBytes(StandardCharsets.UTF_8));
    return jar(new Manifest(), classes);
  }

  static byte[] missingImport() throws IOException {
    Map<String, byte[]> classes = compile("com.example.missing.Lonely", """
        package com.example.missing;
        public class Lonely {}
        """);
    Manifest m = new Manifest();
    Attributes a = m.getMainAttributes();
    a.putValue("Bundle-ManifestVersion", "2");
    a.putValue("Bundle-SymbolicName", "com.example.missing");
    a.putValue("Bundle-Version", "1.0.0");
    a.putValue("Import-Package", "com.example.nowhere;version=\"[1.0,2)\"");
    return jar(m, classes);
  }

  private static Map<String, byte[]> compile(String className, String source) throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      throw new IllegalStateException("the integration tests need a JDK (no Java compiler found)");
    }
    Path work = Files.createTempDirectory("orrery-plugin-src");
    Path src = work.resolve(className.replace('.', '/') + ".java");
    Files.createDirectories(src.getParent());
    Files.writeString(src, source);
    Path out = Files.createDirectories(work.resolve("classes"));
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int rc = compiler.run(null, diagnostics, diagnostics, "--release", "17",
        "-classpath", sdkJar(), "-d", out.toString(), src.toString());
    if (rc != 0) {
      throw new IllegalStateException("cannot compile test plugin " + className + ":\n"
          + diagnostics.toString(StandardCharsets.UTF_8));
    }
    Map<String, byte[]> entries = new TreeMap<>();
    try (var files = Files.walk(out)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        entries.put(out.relativize(p).toString().replace(File.separatorChar, '/'),
            Files.readAllBytes(p));
      }
    }
    return entries;
  }

  /** The trigger SDK jar the tests run against (a test dependency of this module). */
  private static String sdkJar() {
    try {
      Class<?> api = Class.forName("org.orrery.trigger.api.Trigger");
      return Path.of(api.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (ClassNotFoundException | URISyntaxException e) {
      throw new IllegalStateException("trigger SDK not on the test class path", e);
    }
  }

  private static byte[] jar(Manifest manifest, Map<String, byte[]> entries) throws IOException {
    manifest.getMainAttributes().putIfAbsent(Attributes.Name.MANIFEST_VERSION, "1.0");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(e.getKey()));
        out.write(e.getValue());
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static void write(Path path, byte[] bytes) throws IOException {
    Files.write(path, bytes);
  }

  /** Copies a jar into a deploy folder the way users should: temporary name, then rename. */
  public static void drop(Path jar, Path deployDir, String pluginName) throws IOException {
    Files.createDirectories(deployDir);
    Path tmp = deployDir.resolve("." + pluginName + ".jar.tmp");
    Files.copy(jar, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.move(tmp, deployDir.resolve(pluginName + ".jar"),
        java.nio.file.StandardCopyOption.ATOMIC_MOVE,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  static List<String> names() {
    return List.of(ALARM, EXPLOSIVE, MISSING_IMPORT, CORRUPT);
  }
}
