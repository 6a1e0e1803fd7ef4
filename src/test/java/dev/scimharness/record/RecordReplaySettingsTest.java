package dev.scimharness.record;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scimharness.endpoint.ConfigException;
import dev.scimharness.endpoint.HarnessConfig;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordReplaySettingsTest {
  @TempDir
  Path dir;

  @AfterEach
  void clear() {
    System.clearProperty("scim.replay");
    System.clearProperty("scim.record");
  }

  @Test
  void aDirectoryWithoutARecordingIsNamedWithTheWayToMakeOne() {
    System.setProperty("scim.replay", dir.toString());
    ConfigException e = assertThrows(ConfigException.class,
        () -> RecordReplay.check(HarnessConfig.embedded(Optional.empty())));
    assertTrue(e.getMessage().contains(Recording.FILE) && e.getMessage().contains("-Dscim.record="), e.getMessage());
  }

  @Test
  void replayingWhileRecordingIsRefused() {
    System.setProperty("scim.replay", dir.toString());
    System.setProperty("scim.record", dir.resolve("again").toString());
    ConfigException e = assertThrows(ConfigException.class,
        () -> RecordReplay.check(HarnessConfig.embedded(Optional.empty())));
    assertTrue(e.getMessage().contains("scim.record"), e.getMessage());
  }

  @Test
  void replayingInsteadOfARemoteTargetIsRefused() {
    System.setProperty("scim.replay", dir.toString());
    HarnessConfig remote = HarnessConfig.from(Map.of("scim.baseUrl", "https://scim.example.com/v2",
        "scim.token", "t0ken-value")::get, k -> null);
    ConfigException e = assertThrows(ConfigException.class, () -> RecordReplay.check(remote));
    assertTrue(e.getMessage().contains("scim.baseUrl"), e.getMessage());
  }

  @Test
  void aRecordingThatIsNotOneIsRefused() throws Exception {
    java.nio.file.Files.writeString(dir.resolve(Recording.FILE), "{\"seed\":\"many\"}");
    System.setProperty("scim.replay", dir.toString());
    assertThrows(ConfigException.class, () -> RecordReplay.check(HarnessConfig.embedded(Optional.empty())));
  }
}
