package dev.scimharness.simulator;

import dev.scimharness.endpoint.RetryAfter;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.scimharness.endpoint.HttpClients;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The engine against a target that throttles, fails, resets and answers garbage: it survives and says why. */
class HostileTargetTest {
  private static final String TOKEN = "s3cret-token-value";
  private static final String LIST = "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:ListResponse\"],"
      + "\"totalResults\":0,\"startIndex\":1,\"itemsPerPage\":0,\"Resources\":[]}";

  private final Instant now = Instant.parse("2025-03-01T10:00:00Z");
  private final List<Duration> waits = new ArrayList<>();
  private static WireMockServer wm;
  private Transport transport;

  @BeforeAll
  static void startWireMock() {
    wm = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    wm.start();
  }

  @AfterAll
  static void stopWireMock() {
    wm.stop();
  }

  @BeforeEach
  void start() {
    wm.resetAll();
    transport = new Transport(new Endpoint(URI.create("http://127.0.0.1:" + wm.port() + "/scim/v2"), TOKEN),
        HttpClients.shared(), waits::add, Clock.fixed(now, ZoneOffset.UTC), LintProbe.NONE, Duration.ofSeconds(5));
  }

  private StepResult probe(String dialect) {
    IdpDirectory dir = new IdpDirectory();
    return new SimulatorRun(DialectLoader.standard().load(dialect), transport, dir, SimulatorRun.Options.DEFAULT)
        .connectionTest();
  }

  private void stubSequence(String path, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder... answers) {
    String state = STARTED;
    for (int i = 0; i < answers.length; i++) {
      String next = i == answers.length - 1 ? state : "s" + (i + 1);
      wm.stubFor(get(urlPathEqualTo(path)).inScenario("seq").whenScenarioStateIs(state)
          .willReturn(answers[i]).willSetStateTo(next));
      state = next;
    }
  }

  @Test
  void a429IsRetriedAfterTheSecondsRetryAfterAsksFor() {
    stubSequence("/scim/v2/ServiceProviderConfig",
        aResponse().withStatus(429).withHeader("Retry-After", "3"),
        aResponse().withStatus(200).withHeader("Content-Type", "application/scim+json").withBody("{}"));
    StepResult r = probe("rfc");
    assertEquals(Outcome.PASS, r.outcome(), r.reason());
    assertEquals(List.of(Duration.ofSeconds(3)), waits);
    assertEquals(Verdict.RETRIED, r.exchanges().get(0).verdict());
    assertTrue(r.exchanges().get(0).reason().contains("Retry-After"), r.exchanges().get(0).reason());
  }

  @Test
  void aRetryAfterGivenAsAnHttpDateIsWaitedUntil() {
    String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.ofInstant(now.plusSeconds(7), ZoneOffset.UTC));
    stubSequence("/scim/v2/ServiceProviderConfig",
        aResponse().withStatus(503).withHeader("Retry-After", date),
        aResponse().withStatus(200).withHeader("Content-Type", "application/scim+json").withBody("{}"));
    assertEquals(Outcome.PASS, probe("rfc").outcome());
    assertEquals(List.of(Duration.ofSeconds(7)), waits);
  }

  @Test
  void withoutRetryAfterTheBackOffGrowsExponentiallyAndTheIdpGivesUp() {
    wm.stubFor(get(urlPathEqualTo("/scim/v2/ServiceProviderConfig")).willReturn(aResponse().withStatus(502)));
    StepResult r = probe("rfc");
    assertEquals(Outcome.FAIL, r.outcome());
    assertEquals(List.of(Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(800)), waits);
    assertEquals(4, r.exchanges().size());
    assertTrue(r.reason().contains("gave up after 4 attempts"), r.reason());
  }

  @Test
  void aRetryAfterLongerThanTheIdpWaitsEndsTheRequest() {
    wm.stubFor(get(urlPathEqualTo("/scim/v2/ServiceProviderConfig"))
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));
    StepResult r = probe("rfc");
    assertEquals(Outcome.FAIL, r.outcome());
    assertTrue(waits.isEmpty());
    assertTrue(r.reason().contains("3600 s"), r.reason());
  }

  @Test
  void oktaDoesNotRetryA500() {
    wm.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(500)));
    StepResult r = probe("okta");
    assertEquals(Outcome.FAIL, r.outcome());
    assertEquals(1, r.exchanges().size());
    assertTrue(waits.isEmpty());
  }

  @Test
  void connectionResetsAreExchangesWithNoAnswerRetriedUntilTheIdpGivesUp() {
    wm.stubFor(get(urlPathEqualTo("/scim/v2/ServiceProviderConfig"))
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    StepResult r = probe("rfc");
    assertEquals(Outcome.FAIL, r.outcome());
    assertEquals(4, r.exchanges().size());
    assertTrue(r.exchanges().stream().allMatch(e -> e.status() == 0));
    assertEquals(Verdict.RETRIED, r.exchanges().get(0).verdict());
    assertTrue(r.reason().contains("no answer"), r.reason());
  }

  @Test
  void malformedJsonInAListIsAnAnswerTheIdpCannotUse() {
    wm.stubFor(get(urlPathEqualTo("/scim/v2/Users")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/scim+json").withBody("{\"totalResults\": 1, \"Resources\": [")));
    StepResult r = probe("okta");
    assertEquals(Outcome.FAIL, r.outcome());
    assertTrue(r.reason().contains("not JSON"), r.reason());
  }

  @Test
  void anHtmlPageWhereAListBelongsIsAFailureNamingTheContentType() {
    wm.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html")
        .withBody("<html>login</html>")));
    StepResult r = probe("okta");
    assertEquals(Outcome.FAIL, r.outcome());
    assertTrue(r.reason().contains("text/html") || r.reason().contains("not JSON"), r.reason());
  }

  @Test
  void entraRefusesA404ToItsProbeWhereItExpectsAnEmptyList() {
    wm.stubFor(get(urlPathEqualTo("/scim/v2/Users")).willReturn(aResponse().withStatus(404)));
    StepResult r = probe("entra");
    assertEquals(Outcome.FAIL, r.outcome());
    wm.resetAll();
    wm.stubFor(get(urlPathEqualTo("/scim/v2/Users")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/scim+json").withBody(LIST)));
    assertEquals(Outcome.PASS, probe("entra").outcome());
  }

  @Test
  void entraPutsSpacesOnTheWireAsPlusAndOktaAsPercentTwenty() {
    wm.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/scim+json").withBody(LIST)));
    probe("entra");
    String entraUrl = wm.getAllServeEvents().get(0).getRequest().getUrl();
    assertTrue(entraUrl.startsWith("/scim/v2/Users?filter=userName+eq+%22"), entraUrl);
    IdpDirectory dir = new IdpDirectory();
    dir.enableProvisioning();
    IdpUser u = dir.addUser("test.user@okta.local", "Test", "User");
    dir.assign(u.key());
    wm.resetRequests();
    new SimulatorRun(DialectLoader.standard().load("okta"), transport, dir, SimulatorRun.Options.DEFAULT).createOrLink();
    wm.verify(getRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo(
        "/scim/v2/Users?filter=userName%20eq%20%22test.user%40okta.local%22&startIndex=1&count=100")));
  }

  @Test
  void oktaSendsItsHeadersAndReadsAGzippedAnswer() throws Exception {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
      gz.write(LIST.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    wm.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/scim+json")
        .withHeader("Content-Encoding", "gzip").withBody(zipped.toByteArray())));
    StepResult r = probe("okta");
    assertEquals(Outcome.PASS, r.outcome(), r.reason());
    var req = wm.getAllServeEvents().get(0).getRequest();
    assertEquals("Okta SCIM Client 1.0.0", req.getHeader("User-Agent"));
    assertEquals("utf-8", req.getHeader("Accept-Charset"));
    assertEquals("Bearer " + TOKEN, req.getHeader("Authorization"));
  }

  @Test
  void theTokenIsRedactedFromEveryRecordEvenWhenTheTargetEchoesIt() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(401).withHeader("X-Echo", TOKEN)
        .withBody("{\"detail\":\"bad token " + TOKEN + "\"}")));
    StepResult r = probe("okta");
    assertFalse(r.reason().contains(TOKEN), r.reason());
    for (StepExchange e : r.exchanges()) {
      assertFalse(e.toString().contains(TOKEN), e.toString());
      assertEquals("Bearer ***", e.wire().requestHeaders().get("Authorization"));
    }
  }

  @Test
  void aCreateAnsweredWithoutAnIdFailsTheStepAndTheHarnessStillLinksTheUserForLaterSteps() {
    wm.stubFor(get(urlPathEqualTo("/scim/v2/Users")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/scim+json").withBody(LIST)));
    wm.stubFor(post(urlPathEqualTo("/scim/v2/Users")).withHeader("User-Agent", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Okta SCIM Client 1.0.0"))
        .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/scim+json").withBody("{}")));
    wm.stubFor(post(urlPathEqualTo("/scim/v2/Users")).withHeader("User-Agent", com.github.tomakehurst.wiremock.client.WireMock.notContaining("Okta"))
        .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/scim+json").withBody("{\"id\":\"u1\"}")));
    IdpDirectory dir = new IdpDirectory();
    dir.enableProvisioning();
    IdpUser u = dir.addUser("pat@example.com", "Pat", "Lee");
    dir.assign(u.key());
    SimulatorRun sim = new SimulatorRun(DialectLoader.standard().load("okta"), transport, dir,
        new SimulatorRun.Options(Duration.ZERO, false));
    StepResult r = sim.createOrLink();
    assertEquals(Outcome.FAIL, r.outcome());
    assertTrue(r.reason().contains("without a string \"id\""), r.reason());
    StepResult next = sim.deactivate(u.key());
    assertTrue(next.exchanges().stream().anyMatch(e -> e.origin() == Origin.HARNESS && e.status() == 201));
    assertEquals("u1", dir.targetId(u.key()).orElseThrow());
  }
}
