package org.orrery.plugin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.orrery.plugin.internal.fixture.FixtureExtension;

class PluginPreparerTest {

  @Test
  void aPlainJarIsWrappedWithOptionalImportsOfWhatItsClassesUse() throws Exception {
    byte[] jar = new TestJars()
        .header("Implementation-Version", "2.3.1")
        .classOf(FixtureExtension.class)
        .entry("META-INF/services/org.orrery.udf.api.UDTF",
            "# comment\norg.orrery.plugin.internal.fixture.FixtureExtension\n")
        .build();
    PreparedPlugin p = PluginPreparer.prepare("my-udf", jar);

    assertTrue(p.wrapped());
    assertEquals("orrery.plugin.my-udf", p.symbolicName());
    assertEquals("2.3.1", p.version());
    assertEquals(Digests.sha256(jar), p.sha256());
    assertEquals(Map.of("org.orrery.udf.api.UDTF",
        List.of("org.orrery.plugin.internal.fixture.FixtureExtension")), p.declaredExtensions());

    Manifest m = manifestOf(p.bundleBytes());
    List<String> imports = List.of(m.getMainAttributes().getValue("Import-Package").split(","));
    assertTrue(imports.contains("org.orrery.plugin;resolution:=optional"), imports.toString());
    assertTrue(imports.contains("org.slf4j;resolution:=optional"), imports.toString());
    assertFalse(imports.stream().anyMatch(i -> i.startsWith("java.")), imports.toString());
    assertFalse(imports.stream().anyMatch(i -> i.startsWith("org.orrery.plugin.internal.fixture")),
        "a package inside the jar is not imported: " + imports);
    assertEquals(p.sha256(), m.getMainAttributes().getValue(PluginPreparer.SHA_HEADER));
    assertEquals("true", m.getMainAttributes().getValue(PluginPreparer.WRAPPED_HEADER));
    assertEquals(null, m.getMainAttributes().getValue("Export-Package"));
  }

  @Test
  void aBundleKeepsItsManifestAndGetsTheDigestHeader() throws Exception {
    byte[] jar = new TestJars()
        .header("Bundle-ManifestVersion", "2")
        .header("Bundle-SymbolicName", "com.example.udfs;singleton:=true")
        .header("Bundle-Version", "1.4.0")
        .header("Import-Package", "org.orrery.udf.api;version=\"[1.0,2)\"")
        .classOf(FixtureExtension.class)
        .build();
    PreparedPlugin p = PluginPreparer.prepare("udfs", jar);
    assertFalse(p.wrapped());
    assertEquals("com.example.udfs", p.symbolicName());
    assertEquals("1.4.0", p.version());
    Manifest m = manifestOf(p.bundleBytes());
    assertEquals("org.orrery.udf.api;version=\"[1.0,2)\"",
        m.getMainAttributes().getValue("Import-Package"));
    assertEquals(p.sha256(), m.getMainAttributes().getValue(PluginPreparer.SHA_HEADER));
  }

  @Test
  void aBundleThatExportsPackagesIsRefusedBecausePluginsAreLeaves() {
    byte[] jar = new TestJars()
        .header("Bundle-SymbolicName", "leaky")
        .header("Export-Package", "com.example.shared;version=1.0")
        .classOf(FixtureExtension.class)
        .build();
    PluginException e = assertThrows(PluginException.class,
        () -> PluginPreparer.prepare("leaky", jar));
    assertEquals("plugin bundles must export nothing, but leaky exports: "
        + "com.example.shared;version=1.0", e.getMessage());
  }

  @Test
  void randomBytesAreACorruptJar() {
    byte[] garbage = new byte[4096];
    new Random(7).nextBytes(garbage);
    PluginException e = assertThrows(PluginException.class,
        () -> PluginPreparer.prepare("junk", garbage));
    assertTrue(e.getMessage().startsWith("corrupt jar: "), e.getMessage());
  }

  @Test
  void aTruncatedJarIsCorrupt() {
    byte[] jar = new TestJars().classOf(FixtureExtension.class).build();
    byte[] truncated = java.util.Arrays.copyOf(jar, jar.length / 2);
    PluginException e = assertThrows(PluginException.class,
        () -> PluginPreparer.prepare("cut", truncated));
    assertTrue(e.getMessage().startsWith("corrupt jar: "), e.getMessage());
  }

  @Test
  void aJarWithNeitherClassesNorBundleHeadersIsNotAPlugin() {
    byte[] jar = new TestJars().entry("readme.txt", "hello").build();
    PluginException e = assertThrows(PluginException.class,
        () -> PluginPreparer.prepare("docs", jar));
    assertEquals("not a plugin: the jar has no classes and no OSGi manifest", e.getMessage());
  }

  @Test
  void implementationVersionsBecomeOsgiVersionsOrZero() {
    assertEquals("1.2.3", PluginPreparer.osgiVersion("1.2.3"));
    assertEquals("1.2.3.SNAPSHOT", PluginPreparer.osgiVersion("1.2.3-SNAPSHOT"));
    assertEquals("0.0.0", PluginPreparer.osgiVersion("release one"));
    assertEquals("0.0.0", PluginPreparer.osgiVersion(null));
  }

  private static Manifest manifestOf(byte[] jar) throws Exception {
    try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
      return in.getManifest();
    }
  }
}
