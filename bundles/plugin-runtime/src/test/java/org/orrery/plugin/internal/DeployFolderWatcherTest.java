package org.orrery.plugin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeployFolderWatcherTest {
  private static final long SETTLE = 2000;

  @TempDir Path deploy;
  private final List<String> calls = new ArrayList<>();
  private final Map<String, String> recorded = new HashMap<>();
  private long now = 1_000_000;
  private DeployFolderWatcher watcher;

  /** Records calls and behaves like a deployer that accepts everything. */
  private final DeployTarget target = new DeployTarget() {
    @Override
    public Optional<String> recordedSha(String name) {
      return Optional.ofNullable(recorded.get(name));
    }

    @Override
    public Optional<String> refusedSha(String name) {
      return Optional.empty();
    }

    @Override
    public List<String> knownNames() {
      return new ArrayList<>(recorded.keySet());
    }

    @Override
    public void deploy(String name, byte[] file) {
      calls.add("deploy " + name + " " + file.length);
      recorded.put(name, Digests.sha256(file));
    }

    @Override
    public void undeploy(String name) {
      calls.add("undeploy " + name);
      recorded.remove(name);
    }
  };

  @BeforeEach
  void setUp() {
    watcher = new DeployFolderWatcher(deploy, target, SETTLE, () -> now);
  }

  @Test
  void aFreshFileIsTakenOnlyOnceItLooksTheSameOnTwoScans() throws Exception {
    write("a.jar", 3, now);
    watcher.scan();
    assertEquals(List.of(), calls);
    watcher.scan();
    assertEquals(List.of("deploy a 3"), calls);
    watcher.scan();
    assertEquals(List.of("deploy a 3"), calls, "an unchanged file is not deployed again");
  }

  @Test
  void anOldFileIsTakenAtOnce() throws Exception {
    write("old.jar", 5, now - SETTLE - 1);
    watcher.scan();
    assertEquals(List.of("deploy old 5"), calls);
  }

  @Test
  void aReplacedFileIsDeployedAgainAndADeletedOneUndeployed() throws Exception {
    write("p.jar", 4, now - 10_000);
    watcher.scan();
    write("p.jar", 6, now - 5_000);
    watcher.scan();
    Files.delete(deploy.resolve("p.jar"));
    watcher.scan();
    assertEquals(List.of("deploy p 4", "deploy p 6", "undeploy p"), calls);
  }

  @Test
  void sameBytesAsRecordedAreNotRedeployed() throws Exception {
    byte[] bytes = write("same.jar", 8, now - 10_000);
    recorded.put("same", Digests.sha256(bytes));
    watcher.scan();
    assertEquals(List.of(), calls);
  }

  @Test
  void aRecordedPluginWhoseFileIsGoneIsUndeployed() {
    recorded.put("gone", "c".repeat(64));
    watcher.scan();
    assertEquals(List.of("undeploy gone"), calls);
  }

  @Test
  void otherFilesAreIgnored() throws Exception {
    write("notes.txt", 2, now - 10_000);
    write(".hidden.jar", 2, now - 10_000);
    write("copying.jar.tmp", 2, now - 10_000);
    watcher.scan();
    assertEquals(List.of(), calls);
  }

  private byte[] write(String file, int size, long modifiedMillis) throws Exception {
    byte[] bytes = new byte[size];
    bytes[0] = (byte) size;
    Path p = deploy.resolve(file);
    Files.write(p, bytes);
    Files.setLastModifiedTime(p, FileTime.fromMillis(modifiedMillis));
    return bytes;
  }
}
