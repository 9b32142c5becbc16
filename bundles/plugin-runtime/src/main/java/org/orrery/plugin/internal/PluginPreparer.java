package org.orrery.plugin.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.regex.Pattern;

/**
 * Checks a deploy file and turns it into an installable bundle. An OSGi bundle is kept as it is
 * (plus the {@value #SHA_HEADER} header); a plain jar is wrapped: it gets a symbolic name from
 * the plugin name and optional imports for every package its classes refer to. Plugins are
 * leaves: a bundle that exports packages is refused, so updating a plugin never refreshes
 * anything else.
 */
final class PluginPreparer {
  /** Header the runtime adds to every installed plugin: the digest of the deployed file. */
  static final String SHA_HEADER = "Orrery-Plugin-Sha256";
  /** Header marking a plain jar that the runtime wrapped. */
  static final String WRAPPED_HEADER = "Orrery-Plugin-Wrapped";
  static final String WRAPPED_BSN_PREFIX = "orrery.plugin.";

  private static final Pattern OSGI_VERSION =
      Pattern.compile("\\d+(\\.\\d+(\\.\\d+(\\.[A-Za-z0-9_-]+)?)?)?");

  private PluginPreparer() {}

  static PreparedPlugin prepare(String name, byte[] fileBytes) throws PluginException {
    String sha = Digests.sha256(fileBytes);
    JarContent jar = JarContent.read(fileBytes);
    Map<String, List<String>> declared = new LinkedHashMap<>();
    for (ExtensionKind kind : ExtensionKind.ALL) {
      List<String> classes = jar.serviceProviders(kind.serviceInterface);
      if (!classes.isEmpty()) {
        declared.put(kind.serviceInterface, classes);
      }
    }
    String bsn = jar.mainAttribute("Bundle-SymbolicName");
    try {
      if (bsn != null) {
        return prepareBundle(name, sha, jar, bsn, declared);
      }
      return wrapPlainJar(name, sha, jar, declared);
    } catch (IOException e) {
      throw new PluginException("cannot rewrite jar: " + e.getMessage(), e);
    }
  }

  private static PreparedPlugin prepareBundle(
      String name, String sha, JarContent jar, String bsnHeader, Map<String, List<String>> declared)
      throws PluginException, IOException {
    String exports = jar.mainAttribute("Export-Package");
    if (exports != null && !exports.isEmpty()) {
      throw new PluginException("plugin bundles must export nothing, but " + name
          + " exports: " + abbreviate(exports));
    }
    if (jar.mainAttribute("Fragment-Host") != null) {
      throw new PluginException("a plugin cannot be a fragment (Fragment-Host is set)");
    }
    String bsn = bsnHeader.split(";", 2)[0].trim();
    String version = jar.mainAttribute("Bundle-Version");
    Manifest manifest = new Manifest(jar.manifest());
    manifest.getMainAttributes().putValue(SHA_HEADER, sha);
    return new PreparedPlugin(
        name, sha, jar.withManifest(manifest), bsn, version == null ? "0.0.0" : version, false,
        declared);
  }

  private static PreparedPlugin wrapPlainJar(
      String name, String sha, JarContent jar, Map<String, List<String>> declared)
      throws PluginException, IOException {
    TreeSet<String> referenced = new TreeSet<>();
    for (Map.Entry<String, byte[]> e : jar.entries().entrySet()) {
      if (e.getKey().endsWith(".class") && !e.getKey().startsWith("META-INF/")) {
        try {
          ClassReferenceScanner.scan(e.getValue(), referenced);
        } catch (IOException ex) {
          throw new PluginException("corrupt class file " + e.getKey() + ": " + ex.getMessage());
        }
      }
    }
    if (!jar.entries().keySet().stream().anyMatch(n -> n.endsWith(".class"))) {
      throw new PluginException("not a plugin: the jar has no classes and no OSGi manifest");
    }
    referenced.removeAll(jar.containedPackages());
    List<String> imports = new ArrayList<>();
    for (String pkg : referenced) {
      if (!pkg.startsWith("java.")) {
        imports.add(pkg + ";resolution:=optional");
      }
    }
    String bsn = WRAPPED_BSN_PREFIX + name;
    String version = osgiVersion(jar.mainAttribute("Implementation-Version"));
    Manifest manifest = new Manifest();
    Attributes main = manifest.getMainAttributes();
    main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
    main.putValue("Bundle-ManifestVersion", "2");
    main.putValue("Bundle-SymbolicName", bsn);
    main.putValue("Bundle-Version", version);
    main.putValue("Bundle-Name", name + " (plain jar wrapped by Orrery)");
    if (!imports.isEmpty()) {
      main.putValue("Import-Package", String.join(",", imports));
    }
    main.putValue(WRAPPED_HEADER, "true");
    main.putValue(SHA_HEADER, sha);
    return new PreparedPlugin(name, sha, jar.withManifest(manifest), bsn, version, true, declared);
  }

  /** The jar's Implementation-Version when it is a valid OSGi version, else 0.0.0. */
  static String osgiVersion(String implementationVersion) {
    if (implementationVersion == null) {
      return "0.0.0";
    }
    String v = implementationVersion.replace("-SNAPSHOT", ".SNAPSHOT");
    return OSGI_VERSION.matcher(v).matches() ? v : "0.0.0";
  }

  private static String abbreviate(String s) {
    return s.length() > 120 ? s.substring(0, 120) + "..." : s;
  }
}
