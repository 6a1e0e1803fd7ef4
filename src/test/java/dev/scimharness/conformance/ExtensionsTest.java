package dev.scimharness.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scimharness.scim.Json;
import dev.scimharness.scim.SchemaRegistry;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExtensionsTest {
  private static final String E = SchemaRegistry.ENTERPRISE_USER;

  private static String types(String userExtensions) {
    return "{\"Resources\":[{\"name\":\"User\",\"schema\":\"urn:ietf:params:scim:schemas:core:2.0:User\""
        + userExtensions + "},{\"name\":\"Group\"}]}";
  }

  @Test
  void anExtensionListedByTheResourceTypeRuns() {
    Extensions x = new Extensions(Json.parse(types(",\"schemaExtensions\":[{\"schema\":\"" + E
        + "\",\"required\":false}]")), null);
    assertEquals(Optional.empty(), x.unadvertised("User", E));
  }

  @Test
  void anExtensionServedByTheSchemasEndpointRuns() {
    Extensions x = new Extensions(Json.parse(types("")), Json.parse("{\"Resources\":[{\"id\":\"" + E + "\"}]}"));
    assertEquals(Optional.empty(), x.unadvertised("User", E));
  }

  @Test
  void anExtensionAdvertisedNowhereIsSkippedWithTheReason() {
    Extensions x = new Extensions(Json.parse(types(",\"schemaExtensions\":[]")),
        Json.parse("{\"Resources\":[{\"id\":\"urn:ietf:params:scim:schemas:core:2.0:User\"}]}"));
    assertTrue(x.unadvertised("User", E).orElseThrow().contains("does not advertise " + E));
  }

  @Test
  void unreadableDiscoverySkipsNothing() {
    assertEquals(Optional.empty(), new Extensions(null, null).unadvertised("User", E));
    assertEquals(Optional.empty(), new Extensions(Json.parse("{\"Resources\":[]}"), null).unadvertised("User", E));
  }
}
