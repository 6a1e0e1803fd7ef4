package dev.scimharness.clientreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scimharness.scim.Json;
import dev.scimharness.server.ClientReporting;
import dev.scimharness.server.EmbeddedServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --client-report DIR} on a running server: the report is written on demand through the admin endpoint
 * and on close; the admin endpoint takes only its own token and lives on its own port, so the SCIM token and the
 * SCIM port reach neither it nor the report.
 */
class LiveReportAcceptanceTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  @TempDir
  Path dir;
  private EmbeddedServer server;
  private ClientReporting.Running live;
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

  @BeforeEach
  void start() throws Exception {
    server = EmbeddedServer.start();
    live = ClientReporting.installed().orElseThrow().start(server.server().lint(), server.baseUrl(), dir, 0,
        new PrintStream(printed, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> send(String method, String url, String token, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).method(method,
        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/scim+json");
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Entra's legacy deactivation: "Replace" and "False". */
  private void entraLegacyDeactivates() throws Exception {
    HttpResponse<String> created = send("POST", server.baseUrl() + "/Users", server.token(),
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"pat@example.com\"}");
    String id = Json.MAPPER.readTree(created.body()).get("id").asText();
    HttpResponse<String> patched = send("PATCH", server.baseUrl() + "/Users/" + id, server.token(),
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[{\"op\":\"Replace\","
            + "\"path\":\"active\",\"value\":\"False\"}]}");
    assertEquals(200, patched.statusCode(), patched.body());
  }

  @Test
  void theAdminEndpointWritesTheReportOnDemandAndCloseWritesItAgain() throws Exception {
    entraLegacyDeactivates();
    HttpResponse<String> totals = send("GET", live.adminUrl(), live.adminToken(), null);
    assertEquals(200, totals.statusCode());
    assertEquals("MUST_BROKEN", Json.MAPPER.readTree(totals.body()).get("verdict").asText(), totals.body());
    HttpResponse<String> written = send("POST", live.adminUrl(), live.adminToken(), null);
    assertEquals(200, written.statusCode(), written.body());
    String md = Files.readString(dir.resolve("client-report.md"));
    assertTrue(md.contains("`patch-op-case` — MUST") && md.contains("Steps: deactivate 1."), md);
    assertTrue(md.contains("like Microsoft Entra ID (legacy)"), md);
    assertTrue(Files.exists(dir.resolve("client-report.html")) && Files.exists(dir.resolve("client-report.json")));

    send("DELETE", server.baseUrl() + "/Users/nobody", server.token(), null);
    live.close();
    assertTrue(Files.readString(dir.resolve("client-report.json")).contains("\"requests\" : 3"));
    assertTrue(printed.toString(StandardCharsets.UTF_8).contains("client report written: "), printed.toString());
  }

  @Test
  void theScimTokenDoesNotOpenTheAdminEndpoint() throws Exception {
    HttpResponse<String> r = send("POST", live.adminUrl(), server.token(), null);
    assertEquals(401, r.statusCode());
    assertEquals(401, send("GET", live.adminUrl(), null, null).statusCode());
    assertTrue(Files.notExists(dir.resolve("client-report.md")));
    live.close();
  }

  @Test
  void theScimPortServesNoAdminPathEvenWithTheAdminToken() throws Exception {
    String onScimPort = server.baseUrl().replaceAll("/scim/v2$", "") + AdminEndpoint.PATH;
    assertEquals(404, send("POST", onScimPort, live.adminToken(), null).statusCode());
    assertEquals(404, send("POST", server.baseUrl() + AdminEndpoint.PATH, live.adminToken(), null).statusCode());
    assertTrue(Files.notExists(dir.resolve("client-report.md")));
    live.close();
  }

  @Test
  void progressIsPrintedWhileTheTotalsChange() throws Exception {
    live.close();
    ClientReporting.Running fast = LiveReport.open(server.server().lint(), server.baseUrl(), dir, 0,
        new PrintStream(printed, true, StandardCharsets.UTF_8), 1);
    entraLegacyDeactivates();
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!printed.toString(StandardCharsets.UTF_8).contains("2 requests graded") && System.nanoTime() < deadline) {
      Thread.sleep(20); // polled against the deadline above
    }
    fast.close();
    assertTrue(printed.toString(StandardCharsets.UTF_8).contains("client report: 2 requests graded, 2 findings"),
        printed.toString(StandardCharsets.UTF_8));
  }
}
