package org.orrery.auth.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class UserServiceComponentTest {
  @Test
  void configuredDirectoryWins() {
    assertEquals(Path.of("/srv/orrery/users"), UserServiceComponent.directory("/srv/orrery/users"));
  }

  @Test
  void defaultIsSystemUsersUnderTheKarafDataDirectory() {
    String previous = System.getProperty("karaf.data");
    System.setProperty("karaf.data", "/opt/orrery/data");
    try {
      assertEquals(Path.of("/opt/orrery/data", "system", "users"), UserServiceComponent.directory(""));
      assertEquals(Path.of("/opt/orrery/data", "system", "users"), UserServiceComponent.directory("  "));
    } finally {
      if (previous == null) {
        System.clearProperty("karaf.data");
      } else {
        System.setProperty("karaf.data", previous);
      }
    }
  }
}
