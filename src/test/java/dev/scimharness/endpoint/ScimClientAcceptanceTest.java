package dev.scimharness.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ScimClientAcceptanceTest {
  private HttpServer server;
  private final AtomicReference<String> seenAuth = new AtomicReference<>();
  private ScimClient client;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/scim/v2/Users", ex -> {
      seenAuth.set(ex.getRequestHeaders().getFirst("Authorization"));
      byte[] body = ("{\"id\":\"1\",\"echo\":\"" + ex.getRequestHeaders().getFirst("Authorization") + "\"}")
          .getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().add("Content-Type", "application/scim+json");
      ex.getResponseHeaders().add("Location", "http://127.0.0.1/scim/v2/Users/1");
      ex.sendResponseHeaders(201, body.length);
      ex.getResponseBody().write(body);
      ex.close();
    });
    server.start();
    URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/scim/v2");
    client = new ScimClient(base, "tok-123456", Map.of("X-Tenant", "acme"), Duration.ofSeconds(2),
        Duration.ofSeconds(2), false);
  }

  @AfterEach
  void stop() {
    client.close();
    server.stop(0);
  }

  @Test
  void sendsTheTokenAndRecordsTheExchangeWithTheTokenRedacted() {
    ScimResponse r = client.send(Request.of("POST", "/Users", "{\"userName\":\"x\"}"));
    assertEquals(201, r.status());
    assertEquals("Bearer tok-123456", seenAuth.get());
    assertEquals("Bearer ***", r.exchange().requestHeaders().get("Authorization"));
    assertEquals("acme", r.exchange().requestHeaders().get("X-Tenant"));
    assertFalse(r.exchange().transcript().contains("tok-123456"), r.exchange().transcript());
    assertEquals("1", r.json().get("id").asText());
    assertEquals("http://127.0.0.1/scim/v2/Users/1", r.header("location").orElseThrow());
  }

  @Test
  void anUnauthenticatedRequestCarriesNoCredentialsAndAWrongOneCarriesAnUnknownToken() {
    client.send(Request.of("GET", "/Users").withAuth(Auth.NONE));
    assertEquals(null, seenAuth.get());
    client.send(Request.of("GET", "/Users").withAuth(Auth.WRONG));
    assertEquals("Bearer " + ScimClient.WRONG_TOKEN, seenAuth.get());
  }

  @Test
  void concurrentRequestsAnswerInRequestOrder() {
    List<ScimResponse> all = client.sendAll(List.of(Request.of("GET", "/Users"), Request.of("GET", "/Users")));
    assertEquals(2, all.size());
    all.forEach(r -> assertEquals(201, r.status()));
  }

  @Test
  void aCheckReadsTheAnswerAsSentWhileTheRecordedExchangeIsRedacted() {
    ScimResponse r = client.send(Request.of("POST", "/Users", "{\"userName\":\"x\",\"password\":\"Pw-1234!\"}"));
    assertEquals("Bearer tok-123456", r.json().get("echo").asText());
    assertEquals("{\"id\":\"1\",\"echo\":\"Bearer ***\"}", r.exchange().responseBody());
    assertEquals("{\"userName\":\"x\",\"password\":\"***\"}", r.exchange().requestBody());
    assertEquals("{\"userName\":\"x\",\"password\":\"Pw-1234!\"}", r.raw().requestBody());
  }

  @Test
  void aGzippedAnswerIsReadDecoded() throws IOException {
    server.createContext("/scim/v2/Groups", ex -> {
      java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
      try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(zipped)) {
        gz.write("{\"totalResults\":0}".getBytes(StandardCharsets.UTF_8));
      }
      ex.getResponseHeaders().add("Content-Encoding", "gzip");
      ex.sendResponseHeaders(200, zipped.size());
      ex.getResponseBody().write(zipped.toByteArray());
      ex.close();
    });
    ScimResponse r = client.send(Request.of("GET", "/Groups"));
    assertEquals(0, r.json().get("totalResults").asInt(), r.toString());
  }

  @Test
  void aPathTheJdkWillNotSendBecomesAnExchangeWithAnErrorNotAnException() {
    ScimResponse r = client.send(Request.of("GET", "/Users/a b"));
    assertEquals(0, r.status());
    assertNotNull(r.exchange().error());
  }

  @Test
  void aRefusedConnectionBecomesAnExchangeWithAnErrorNotAnException() {
    server.stop(0);
    ScimResponse r = client.send(Request.of("GET", "/Users"));
    assertEquals(0, r.status());
    assertNotNull(r.exchange().error());
    assertTrue(r.exchange().transcript().contains("no response"));
  }
}
