package org.orrery.itests;

import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.doNotModifyLogConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PrivilegedExceptionAction;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.inject.Inject;
import javax.security.auth.Subject;
import org.apache.karaf.features.BootFinished;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.ops4j.pax.exam.Option;
import org.orrery.plugin.PluginInfo;
import org.orrery.plugin.PluginRegistry;
import org.orrery.server.status.NodeStatusService;
import org.osgi.framework.BundleContext;

/**
 * The one base of Orrery's Pax Exam tests: boots the built distribution (its tar.gz, exactly as
 * shipped) on free ports, fully offline, and gives tests the node's services, a console and
 * explicit waits for conditions (no sleeps, no retry rules: every wait names its condition and
 * fails with it at a deadline).
 */
public abstract class OrreryTestSupport {
  /** How long any awaited condition may take before the test fails. */
  protected static final Duration DEADLINE = Duration.ofSeconds(Long.getLong("orrery.it.deadline.seconds", 180));

  @Inject protected BundleContext bundleContext;
  @Inject protected BootFinished bootFinished;
  @Inject protected NodeStatusService statusService;
  @Inject protected PluginRegistry pluginRegistry;
  @Inject protected SessionFactory sessionFactory;

  /** Options that boot the distribution; {@code name} keeps each class's runtime apart. */
  protected static Option[] distribution(String name) {
    Option[] options = bootOptions(name);
    if (Boolean.getBoolean("orrery.it.keep")) {
      // -Dorrery.it.keep=true keeps target/it/exam-*/<uuid>/ (logs, data) for debugging.
      options = java.util.Arrays.copyOf(options, options.length + 1);
      options[options.length - 1] = keepRuntimeFolder();
    }
    return options;
  }

  private static Option[] bootOptions(String name) {
    String dist = required("orrery.dist");
    String m2 = required("maven.repo.local");
    Path work = Path.of(required("orrery.it.work"));
    Path fixtures = TestPlugins.buildAll(work.resolve("plugins"));
    return new Option[] {
      karafDistributionConfiguration()
          .frameworkUrl("file:" + dist)
          .name("Orrery")
          .unpackDirectory(work.resolve("exam-" + name).toFile())
          .useDeployFolder(false),
      configureConsole().ignoreLocalConsole(),
      doNotModifyLogConfiguration(),
      // Offline: Karaf resolves mvn: URLs only from its system/ folder and the build's repo.
      editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg",
          "org.ops4j.pax.url.mvn.defaultRepositories",
          "${karaf.home.uri}system@id=system.repository@snapshots,file:" + m2
              + "@id=m2local@snapshots"),
      editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg",
          "org.ops4j.pax.url.mvn.repositories", ""),
      editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg",
          "org.ops4j.pax.url.mvn.offline", "true"),
      // Free ports, so tests run beside each other and beside a developer's server.
      editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", freePort()),
      editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort",
          freePort()),
      editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort",
          freePort()),
      // Scan deploy/ often so tests wait less; the logic is the same as with the default.
      editConfigurationFilePut("etc/org.orrery.plugins.cfg", "poll.interval.ms", "200"),
      systemProperty("orrery.it.plugins").value(fixtures.toString()),
      systemProperty("orrery.it.samples").value(required("orrery.it.samples")),
    };
  }

  static String freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return String.valueOf(s.getLocalPort());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String required(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("system property " + property + " is not set (run the"
          + " integration tests through Maven)");
    }
    return value;
  }

  /** The folder with the test plugin jars, as seen inside the server. */
  protected static Path testPlugins() {
    return Path.of(required("orrery.it.plugins"));
  }

  /** The folder with the sample plugin bundles (sample-plugins/), as seen inside the server. */
  protected static Path samplePlugins() {
    return Path.of(required("orrery.it.samples"));
  }

  /** The server's hot-deploy folder. */
  protected static Path deployDir() {
    return Path.of(required("karaf.base"), "deploy");
  }

  /**
   * Runs a console command as the administrator and returns what it printed. Waits for the
   * command to be registered first: Karaf's shell registers commands asynchronously.
   */
  protected String console(String command) throws Exception {
    String scope = command.substring(0, command.indexOf(':'));
    String name = command.substring(command.indexOf(':') + 1).split(" ", 2)[0];
    await("command " + scope + ":" + name + " registered", () -> {
      try (Session probe = sessionFactory.create(System.in, new PrintStream(
          new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()))) {
        return probe.getRegistry().getCommands().stream()
            .anyMatch(c -> c.getScope().equals(scope) && c.getName().equals(name));
      }
    });
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
    Subject admin = new Subject();
    admin.getPrincipals().add(new UserPrincipal("root"));
    admin.getPrincipals().add(new RolePrincipal("admin"));
    admin.getPrincipals().add(new RolePrincipal("viewer"));
    try (Session session = sessionFactory.create(System.in, ps, ps)) {
      session.put(Subject.class.getName(), admin);
      Subject.doAs(admin, (PrivilegedExceptionAction<Object>) () -> session.execute(command));
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Waits until the plugin exists and matches, and returns it. */
  protected PluginInfo awaitPlugin(String name, String what, Predicate<PluginInfo> condition) {
    await("plugin " + name + " " + what, () ->
        pluginRegistry.plugin(name).filter(condition).isPresent());
    return pluginRegistry.plugin(name).orElseThrow();
  }

  protected void awaitNoPlugin(String name) {
    await("plugin " + name + " gone", () -> pluginRegistry.plugin(name).isEmpty());
  }

  /** Polls a condition until it holds; fails naming it after {@link #DEADLINE}. */
  protected static void await(String condition, CheckedCondition check) {
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    Exception last = null;
    while (System.nanoTime() < deadline) {
      try {
        if (check.holds()) {
          return;
        }
      } catch (Exception e) {
        last = e;
      }
      try {
        Thread.sleep(50); // the poll interval of an explicit wait, not a guess at timing
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for: " + condition, e);
      }
    }
    throw new AssertionError("timed out after " + DEADLINE.toSeconds() + " s waiting for: "
        + condition + (last == null ? "" : " (last error: " + last + ")"), last);
  }

  /** The value once it is present. */
  protected static <T> T awaitValue(String what, Supplier<Optional<T>> value) {
    await(what, () -> value.get().isPresent());
    return value.get().orElseThrow();
  }

  /** A condition that may throw while the thing it waits for is not ready. */
  @FunctionalInterface
  protected interface CheckedCondition {
    boolean holds() throws Exception;
  }
}
