package dev.scimharness.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scimharness.scim.Json;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CapabilitiesTest {
  @Test
  void aCapabilityDeclaredUnsupportedIsSkippedWithTheReason() {
    Capabilities c = Capabilities.of(Json.parse("{\"bulk\":{\"supported\":false,\"maxOperations\":0},"
        + "\"patch\":{\"supported\":true}}"));
    assertTrue(c.unsupported(Capability.BULK).orElseThrow().contains("bulk.supported = false"));
    assertEquals(Optional.empty(), c.unsupported(Capability.PATCH));
    assertEquals(Optional.of(0L), c.number("bulk", "maxOperations"));
  }

  @Test
  void anUnreadableConfigurationSkipsNothing() {
    Capabilities c = Capabilities.of(null);
    for (Capability cap : Capability.values()) {
      assertEquals(Optional.empty(), c.unsupported(cap));
    }
  }

  @Test
  void cursorScenariosRunOnlyWherePaginationCursorIsTrue() throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper m = new com.fasterxml.jackson.databind.ObjectMapper();
    assertEquals(Optional.empty(), Capabilities.of(m.readTree("{\"pagination\":{\"cursor\":true,\"index\":true}}"))
        .unsupported(Capability.CURSOR));
    assertTrue(Capabilities.of(m.readTree("{\"pagination\":{\"cursor\":false,\"index\":true}}"))
        .unsupported(Capability.CURSOR).orElseThrow().contains("pagination.cursor = false"));
    assertTrue(Capabilities.of(m.readTree("{\"patch\":{\"supported\":true}}"))
        .unsupported(Capability.CURSOR).orElseThrow().contains("no pagination.cursor"));
    assertEquals(Optional.of(Capability.CURSOR), Capability.fromTag("@cursor"));
  }

  @Test
  void tagsNameCapabilitiesIgnoringCase() {
    assertEquals(Optional.of(Capability.CHANGE_PASSWORD), Capability.fromTag("@changepassword"));
    assertEquals(Optional.empty(), Capability.fromTag("@must"));
  }
}
