package dev.scimharness.endpoint;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A vendor's rate limit is kept to ({@code scim.rps}) and waited out ({@code Retry-After}), not reported as failures. */
class PaceAndRetryTest {
  private WireMockServer wm;
  private ScimClient client;

  @BeforeEach
  void start() {
    wm = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    wm.start();
    client = new ScimClient(URI.create("http://127.0.0.1:" + wm.port() + "/scim/v2"), "t", Map.of(),
        Duration.ofSeconds(2), Duration.ofSeconds(5), false);
  }

  @AfterEach
  void stop() {
    client.close();
    wm.stop();
  }

  private void limitedOnce(String path, int status, String retryAfter) {
    var first = aResponse().withStatus(status);
    if (retryAfter != null) {
      first = first.withHeader("Retry-After", retryAfter);
    }
    wm.stubFor(get(urlEqualTo(path)).inScenario(path).whenScenarioStateIs(Scenario.STARTED)
        .willReturn(first).willSetStateTo("open"));
    wm.stubFor(get(urlEqualTo(path)).inScenario(path).whenScenarioStateIs("open")
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/scim+json").withBody("{}")));
  }

  @Test
  void a429WithRetryAfterIsWaitedOutAndSentAgain() {
    limitedOnce("/scim/v2/Users/1", 429, "0");
    assertEquals(200, client.send(Request.of("GET", "/Users/1")).status());
    wm.verify(2, getRequestedFor(urlEqualTo("/scim/v2/Users/1")));
  }

  @Test
  void a503WithRetryAfterIsWaitedOutToo() {
    limitedOnce("/scim/v2/Users/2", 503, "0");
    assertEquals(200, client.send(Request.of("GET", "/Users/2")).status());
  }

  @Test
  void withoutRetryAfterOrWithALongOneTheAnswerStands() {
    limitedOnce("/scim/v2/Users/3", 503, null);
    assertEquals(503, client.send(Request.of("GET", "/Users/3")).status());
    limitedOnce("/scim/v2/Users/4", 429, "3600");
    assertEquals(429, client.send(Request.of("GET", "/Users/4")).status());
    wm.verify(1, getRequestedFor(urlEqualTo("/scim/v2/Users/4")));
  }

  @Test
  void aTargetThatAlwaysAnswers429IsTriedAFewTimesThenReported() {
    wm.stubFor(get(urlEqualTo("/scim/v2/Users/5")).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")));
    assertEquals(429, client.send(Request.of("GET", "/Users/5")).status());
    wm.verify(1 + ScimClient.MAX_RETRIES, getRequestedFor(urlEqualTo("/scim/v2/Users/5")));
  }

  @Test
  void theSimulatorsClientSendsAsGivenAndLeavesRetriesToTheirDialects() {
    limitedOnce("/scim/v2/Users/6", 429, "0");
    ScimClient given = ScimClient.asGiven(HttpClient.newHttpClient(), client.base(), Duration.ofSeconds(5),
        Redactor.of(null, Map.of()));
    assertEquals(429, given.send(Request.of("GET", "/Users/6")).status());
  }

  @Test
  void thePaceSpacesRequestsEvenly() {
    Pace p = new Pace(4);
    assertEquals(0, p.reserve(1_000_000_000L));
    assertEquals(250_000_000L, p.reserve(1_000_000_000L));
    assertEquals(500_000_000L, p.reserve(1_000_000_000L));
    // After a quiet second the next request goes at once.
    assertEquals(0, p.reserve(3_000_000_000L));
    assertEquals(0, Pace.NONE.reserve(5));
  }
}
