package dev.scimharness.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scimharness.endpoint.HarnessConfig;
import dev.scimharness.endpoint.ScimClient;
import dev.scimharness.endpoint.Target;
import dev.scimharness.server.EmbeddedServer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PreflightTest {
  private static ScimClient client(String url, String token) {
    return new ScimClient(URI.create(url), token, Map.of(), Duration.ofSeconds(2), Duration.ofSeconds(5), false);
  }

  @Test
  void theReferenceServerPasses() {
    try (EmbeddedServer server = EmbeddedServer.start(); ScimClient c = client(server.baseUrl(), server.token())) {
      assertEquals(Optional.empty(), Preflight.check(c));
    }
  }

  @Test
  void aWrongTokenIsNamed() {
    try (EmbeddedServer server = EmbeddedServer.start(); ScimClient c = client(server.baseUrl(), "wrong")) {
      String why = Preflight.check(c).orElseThrow();
      assertTrue(why.startsWith("the token was refused") && why.contains("401"), why);
    }
  }

  @Test
  void aRefusedConnectionIsNamed() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    try (ScimClient c = client("http://127.0.0.1:" + port + "/scim/v2", "t")) {
      String why = Preflight.check(c).orElseThrow();
      assertTrue(why.startsWith("unreachable: connection refused"), why);
    }
  }

  @Test
  void anUnresolvableHostIsNamed() {
    HarnessConfig config = HarnessConfig.from(Map.of("scim.baseUrl", "http://no-such-host.invalid/scim",
        "scim.token", "t")::get, k -> null);
    try (Target t = Target.open(config); ScimClient c = ScimClient.forPreflight(t, config)) {
      String why = Preflight.check(c).orElseThrow();
      assertTrue(why.startsWith("unreachable: the host name does not resolve"), why);
    }
  }
}
