package dev.scimharness.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A target that answers a create with a {@code Location} of its choosing: the client resolves it against the
 * request URI (RFC 3986 §5.2, RFC 9110 §10.2.2), and the resolved address is one the target serves.
 */
class LocationResolutionAcceptanceTest {
  private HttpServer server;
  private ScimClient client;
  private String origin;
  private final AtomicReference<String> location = new AtomicReference<>();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/scim/v2/Users", ex -> {
      boolean create = ex.getRequestMethod().equals("POST");
      String path = ex.getRequestURI().getPath();
      byte[] body = ("{\"id\":\"" + path.substring(path.lastIndexOf('/') + 1) + "\"}").getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().add("Content-Type", ScimClient.SCIM_JSON);
      if (create) {
        ex.getResponseHeaders().add("Location", location.get());
      }
      ex.sendResponseHeaders(create ? 201 : 200, body.length);
      ex.getResponseBody().write(body);
      ex.close();
    });
    server.start();
    origin = "http://127.0.0.1:" + server.getAddress().getPort();
    client = new ScimClient(URI.create(origin + "/scim/v2"), "tok-123456", Map.of(), Duration.ofSeconds(2),
        Duration.ofSeconds(2), false);
  }

  @AfterEach
  void stop() {
    client.close();
    server.stop(0);
  }

  private URI createdAt(String locationHeader) {
    location.set(locationHeader);
    ScimResponse created = client.send(Request.of("POST", "/Users", "{\"userName\":\"pat\"}"));
    assertEquals(201, created.status(), created.toString());
    return created.resolve(created.header("Location").orElseThrow());
  }

  @Test
  void anAbsolutePathLocationResolvesToTheResourceNotToTheBaseUrlTwice() {
    URI resolved = createdAt("/scim/v2/Users/42");
    assertEquals(URI.create(origin + "/scim/v2/Users/42"), resolved);
    ScimResponse read = client.send(Request.of("GET", resolved.toString()));
    assertEquals(200, read.status(), read.toString());
    assertEquals("42", read.json().get("id").asText());
  }

  @Test
  void anAbsoluteLocationIsTakenAsItIs() {
    assertEquals(URI.create(origin + "/scim/v2/Users/43"), createdAt(origin + "/scim/v2/Users/43"));
  }

  @Test
  void aDotDotLocationClimbsFromTheRequestUri() {
    assertEquals(URI.create(origin + "/scim/v2/Users/44"), createdAt("../v2/Users/44"));
  }

  @Test
  void aRelativePathLocationReplacesTheLastSegmentOfTheRequestUri() {
    assertEquals(URI.create(origin + "/scim/v2/Users/45"), createdAt("Users/45"));
  }

  @Test
  void theSuitesOwnPathsStayRelativeToTheBaseUrl() {
    assertEquals(URI.create(origin + "/scim/v2/Users/42"), client.underBase("/Users/42"));
    assertEquals(URI.create(origin + "/scim/v2/Users?count=1"), client.underBase("Users?count=1"));
  }
}
