package dev.scimharness.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scimharness.endpoint.Request;
import dev.scimharness.endpoint.ScimClient;
import dev.scimharness.server.EmbeddedServer;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SweepTest {
  private static String user(String userName) {
    return "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"" + userName + "\"}";
  }

  private static String group(String name) {
    return "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"displayName\":\"" + name + "\"}";
  }

  @Test
  void deletesWhatTheRunNamedAndNothingThatOnlySharesThePrefix() {
    try (EmbeddedServer server = EmbeddedServer.start();
        ScimClient client = new ScimClient(URI.create(server.baseUrl()), server.token(), Map.of(),
            Duration.ofSeconds(2), Duration.ofSeconds(5), false)) {
      for (String body : new String[] {user("hq7x2ab3cd.alice"), user("other-hq7x2zz9yy"), user("hq7x2.bob"),
          user("alice"), group("hq7x2ab3cd team"), group("hq7x2 team")}) {
        assertEquals(201, client.send(Request.of("POST", body.contains("userName") ? "/Users" : "/Groups", body))
            .status());
      }
      String result = Sweep.run(client, "hq7x2");
      assertTrue(result.startsWith("deleted 3 resource(s)"), result);
      assertEquals(2, client.send(Request.of("GET", "/Users")).json().get("totalResults").asInt(),
          "hq7x2.bob and alice are not names a run gives");
      assertEquals(1, client.send(Request.of("GET", "/Groups")).json().get("totalResults").asInt());
    }
  }
}
