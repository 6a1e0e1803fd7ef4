package dev.scimharness.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.scimharness.server.EmbeddedServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The jar's {@code test} command with OAuth 2.0 client credentials against the reference server behind a WireMock
 * front that plays the token endpoint and expires the first token it issues: the run fetches a second one, passes,
 * and reports neither secret nor token. A token endpoint that cannot be reached fails the preflight (exit 4).
 */
class OAuthRunAcceptanceTest {
  private static final String SECRET = "client-secret-7644";
  private static final String EXPIRED = "tok-expired-0001";

  @Test
  void anExpiredTokenIsReplacedOnceAndTheRunPasses() throws IOException {
    try (EmbeddedServer server = EmbeddedServer.start()) {
      URI base = URI.create(server.baseUrl());
      String origin = base.getScheme() + "://" + base.getAuthority();
      // The Host header goes through, so the server's locations name the front, as behind a real gateway.
      WireMockServer front = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1")
          .preserveHostHeader(true));
      front.start();
      try {
        front.stubFor(post(urlEqualTo("/oauth2/token")).inScenario("tokens").whenScenarioStateIs(Scenario.STARTED)
            .willReturn(token(EXPIRED)).willSetStateTo("renewed"));
        front.stubFor(post(urlEqualTo("/oauth2/token")).inScenario("tokens").whenScenarioStateIs("renewed")
            .willReturn(token(server.token())));
        front.stubFor(any(anyUrl()).atPriority(1).withHeader("Authorization", equalTo("Bearer " + EXPIRED))
            .willReturn(aResponse().withStatus(401).withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"")));
        front.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().proxiedFrom(origin)));
        Path reports = Path.of("target/cli-run/oauth");
        CliRun r = CliRun.of("test", "--base-url", "http://127.0.0.1:" + front.port() + "/scim/v2",
            "--oauth-token-url", "http://127.0.0.1:" + front.port() + "/oauth2/token", "--client-id", "harness",
            "--client-secret", SECRET, "--tags", "@rfc7644-3.4.1", "--threads", "2", "--reports", reports.toString());
        assertEquals(0, r.code(), r.all());
        front.verify(2, postRequestedFor(urlEqualTo("/oauth2/token")));
        assertTrue(r.out().contains(" passed, 0 failed"), r.out());
        String written = r.all() + readAll(reports);
        for (String secret : new String[] {SECRET, EXPIRED, server.token()}) {
          assertFalse(written.contains(secret), "a secret in the output or reports");
        }
      } finally {
        front.stop();
      }
    }
  }

  @Test
  void anUnreachableTokenEndpointFailsThePreflight() throws IOException {
    int closed;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closed = s.getLocalPort();
    }
    try (EmbeddedServer server = EmbeddedServer.start()) {
      CliRun r = CliRun.of("test", "--base-url", server.baseUrl(), "--oauth-token-url",
          "http://127.0.0.1:" + closed + "/token", "--client-id", "harness", "--client-secret", SECRET,
          "--tags", "@rfc7644-3.4.1", "--reports", "target/cli-run/oauth-unreachable");
      assertEquals(4, r.code(), r.all());
      assertTrue(r.err().contains("preflight failed: no access token: the OAuth 2.0 token endpoint http://127.0.0.1:"
          + closed + "/token could not be reached"), r.err());
      assertFalse(r.all().contains(SECRET));
      assertTrue(r.noStackTrace(), r.all());
    }
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder token(String value) {
    return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
        .withBody("{\"access_token\":\"" + value + "\",\"token_type\":\"Bearer\",\"expires_in\":60}");
  }

  private static String readAll(Path dir) throws IOException {
    StringBuilder sb = new StringBuilder();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        sb.append(Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1));
      }
    }
    return sb.toString();
  }
}
