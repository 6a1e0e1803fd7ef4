package dev.scimharness.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProtocolVersionTest {
  @Test
  void anotherVersionWhereTheBasePathNamesItsOwn() {
    assertEquals(Optional.of("v1"), ProtocolVersion.requestedOther("/scim/v2", "/scim/v1/Users"));
    assertEquals(Optional.of("v99"), ProtocolVersion.requestedOther("/scim/v2", "/scim/v99"));
    assertEquals(Optional.empty(), ProtocolVersion.requestedOther("/scim/v2", "/scim/v2/Widgets"));
    assertEquals(Optional.empty(), ProtocolVersion.requestedOther("/scim/v2", "/scim/Users"));
    assertEquals(Optional.empty(), ProtocolVersion.requestedOther("/scim/v2", "/other/v1/Users"));
  }

  @Test
  void aVersionAfterABasePathWithoutOne() {
    assertEquals(Optional.of("v3"), ProtocolVersion.requestedOther("/api", "/api/v3/Users"));
    assertEquals(Optional.empty(), ProtocolVersion.requestedOther("/api", "/api/Users"));
  }
}
