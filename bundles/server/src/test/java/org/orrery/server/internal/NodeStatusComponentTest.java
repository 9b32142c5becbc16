package org.orrery.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.orrery.server.status.BundleStatus;
import org.osgi.framework.Bundle;

class NodeStatusComponentTest {

  @Test
  void rolesAreTrimmedAndEmptyEntriesDropped() {
    assertEquals(
        List.of("datanode", "ainode"), NodeStatusComponent.parseRoles(" datanode, ,ainode ,"));
  }

  @Test
  void stateNamesCoverEveryFrameworkState() {
    assertEquals("ACTIVE", NodeStatusComponent.stateName(Bundle.ACTIVE));
    assertEquals("RESOLVED", NodeStatusComponent.stateName(Bundle.RESOLVED));
    assertEquals("INSTALLED", NodeStatusComponent.stateName(Bundle.INSTALLED));
    assertEquals("UNKNOWN(3)", NodeStatusComponent.stateName(3));
  }

  @Test
  void aResolvedFragmentIsHealthyButAResolvedBundleIsNot() {
    assertTrue(new BundleStatus(1, "f", "1", "RESOLVED", true).healthy());
    assertFalse(new BundleStatus(2, "b", "1", "RESOLVED", false).healthy());
    assertTrue(new BundleStatus(3, "b", "1", "ACTIVE", false).healthy());
  }
}
