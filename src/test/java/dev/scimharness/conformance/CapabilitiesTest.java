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
  void tagsNameCapabilitiesIgnoringCase() {
    assertEquals(Optional.of(Capability.CHANGE_PASSWORD), Capability.fromTag("@changepassword"));
    assertEquals(Optional.empty(), Capability.fromTag("@must"));
  }
}
