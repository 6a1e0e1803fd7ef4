package dev.scimharness.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scimharness.scim.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * RFC 7644 §3.8 / RFC 8259 §8.1: JSON is exchanged as UTF-8, and {@code application/scim+json} carries no charset
 * parameter to say otherwise, so the response bytes must be UTF-8 whatever the servlet container's default is.
 */
class Utf8ResponsesAcceptanceTest {

  @Test
  void nonAsciiValuesComeBackAsTheUtf8TheyWereSentIn() throws Exception {
    String name = "Zoë Ñandú 東京";
    try (EmbeddedServer server = EmbeddedServer.start(b -> b.profile(new RfcProfile()).hooks(ServerHooks.NONE))) {
      HttpResponse<byte[]> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
              URI.create(server.baseUrl() + "/Users"))
          .header("Authorization", "Bearer " + server.token())
          .header("Content-Type", "application/scim+json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
              + "\"userName\":\"zoe\",\"displayName\":\"" + name + "\"}", StandardCharsets.UTF_8))
          .build(), HttpResponse.BodyHandlers.ofByteArray());

      assertEquals(201, created.statusCode());
      String contentType = created.headers().firstValue("Content-Type").orElse("");
      assertTrue(contentType.startsWith("application/scim+json"), contentType);
      assertEquals(name, Json.parse(new String(created.body(), StandardCharsets.UTF_8)).get("displayName").asText());
    }
  }
}
