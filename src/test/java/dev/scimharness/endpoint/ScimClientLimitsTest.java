package dev.scimharness.endpoint;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The total deadline and the body cap: no answer, however slow or large, holds a request past them. */
class ScimClientLimitsTest {
  private static WireMockServer wm;

  @BeforeAll
  static void start() {
    wm = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    wm.start();
    wm.stubFor(get(urlEqualTo("/big")).willReturn(aResponse().withStatus(200).withBody("x".repeat(5000))));
    // Headers at once, then the body a byte at a time over ten seconds: the JDK's own timeout stops at the headers.
    wm.stubFor(get(urlEqualTo("/trickle")).willReturn(aResponse().withStatus(200).withBody("y".repeat(20))
        .withChunkedDribbleDelay(20, 10_000)));
  }

  @AfterAll
  static void stop() {
    wm.stop();
  }

  private static ScimClient client(String... settings) {
    Map<String, String> p = new java.util.HashMap<>(Map.of("scim.baseUrl", wm.baseUrl(), "scim.token", "t"));
    for (int i = 0; i < settings.length; i += 2) {
      p.put(settings[i], settings[i + 1]);
    }
    HarnessConfig config = HarnessConfig.from(p::get, k -> null);
    return ScimClient.of(Target.open(config), config);
  }

  @Test
  void aBodyOverTheCapEndsTheRequestUnanswered() {
    try (ScimClient c = client("scim.maxBodyBytes", "1000")) {
      Exchange e = c.send(Request.of("GET", "/big")).raw();
      assertEquals(0, e.status());
      assertTrue(e.error().contains("larger than 1000 bytes"), e.error());
    }
    try (ScimClient c = client()) {
      assertEquals(5000, c.send(Request.of("GET", "/big")).body().length(), "10 MiB by default");
    }
  }

  @Test
  void aTricklingBodyEndsAtTheTotalDeadline() {
    try (ScimClient c = client("scim.requestTimeout", "1000")) {
      long start = System.nanoTime();
      Exchange e = c.send(Request.of("GET", "/trickle")).raw();
      long ms = (System.nanoTime() - start) / 1_000_000;
      assertEquals(0, e.status());
      assertTrue(e.error().contains("request deadline of 1000 ms"), e.error());
      assertTrue(ms < 3000, "ended after " + ms + " ms");
    }
  }
}
