package org.orrery.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.orrery.server.status.BundleStatus;
import org.orrery.server.status.NodeStatus;

/** The distribution boots with every Orrery bundle active and the console answers. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class NodeStatusIT extends OrreryTestSupport {

  /** Bundles the standalone node must run; a feature that loses one fails here. */
  private static final List<String> REQUIRED = List.of(
      "org.orrery.common", "org.orrery.server", "org.orrery.plugin-runtime",
      "org.orrery.console", "org.orrery.codec-api", "org.orrery.udf-api",
      "org.orrery.trigger-api", "org.orrery.model-api");

  @Configuration
  public Option[] config() {
    return distribution("status");
  }

  @Test
  public void everyOrreryBundleIsActive() {
    NodeStatus status = statusService.status();
    Set<String> names = status.bundles().stream().map(BundleStatus::symbolicName)
        .collect(Collectors.toSet());
    assertTrue("missing bundles, have " + names, names.containsAll(REQUIRED));
    for (BundleStatus b : status.bundles()) {
      assertTrue(b.symbolicName() + " is " + b.state(), b.healthy());
    }
    assertEquals(List.of("datanode", "confignode", "ainode"), status.roles());
  }

  @Test
  public void statusCommandPrintsVersionRolesAndBundles() throws Exception {
    String out = console("orrery:status");
    NodeStatus status = statusService.status();
    assertTrue(out, out.startsWith("Orrery " + status.version() + "\n"));
    assertTrue(out, out.contains("Roles:    datanode, confignode, ainode"));
    int n = status.bundles().size();
    assertTrue(out, out.contains("Bundles:  " + n + " of " + n + " active"));
    for (String bsn : REQUIRED) {
      assertTrue(bsn + " not listed:\n" + out, out.contains(" " + bsn + "\n"));
    }
  }

  @Test
  public void pluginsCommandSaysWhenNothingIsDeployed() throws Exception {
    assertEquals("No plugins deployed. Drop a jar into deploy/ to add one.\n",
        console("orrery:plugins"));
  }
}
