package dev.scimharness.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scimharness.endpoint.HarnessConfig;
import dev.scimharness.endpoint.Redactor;
import dev.scimharness.endpoint.Request;
import dev.scimharness.endpoint.ScimClient;
import dev.scimharness.endpoint.ScimResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small recording served by {@link ReplayTarget}: per-scenario order, parallel twins, absolute URLs, strays. */
class ReplayTargetTest {
  private static final String A = "features/rfc7644/3.6-delete.feature:9";
  private static final String B = "features/rfc7644/3.4.1-retrieve.feature:7";
  private static final String USER = "/Users/2819c223";
  // Enough pairs at once that WireMock without SerialMatching answers some pair 201 twice (seen in every try).
  private static final int TWINS = 40;
  private static final String CREATE = "{\"userName\":\"twin\"}";

  @TempDir
  static Path dir;
  private static ReplayTarget target;
  private static ScimClient client;

  @BeforeAll
  static void recordAndServe() throws IOException {
    List<Recorded> run = new ArrayList<>();
    String located = "{\"id\":\"2819c223\",\"meta\":{\"location\":\"" + Exchanges.BASE + USER + "\"}}";
    run.add(Exchanges.configured(B, 0, "GET", USER, "", 200, located));
    run.add(Exchanges.configured(A, 1, "GET", USER, "", 200, located));
    run.add(Exchanges.configured(A, 2, "DELETE", USER, "", 204, ""));
    run.add(Exchanges.configured(A, 3, "GET", USER, "", 404, "{\"status\":\"404\"}"));
    for (int i = 0; i < TWINS; i++) {
      run.add(Exchanges.configured(twin(i), 10 + 2 * i, "POST", "/Users", CREATE, 201, "{\"id\":\"t" + i + "\"}"));
      run.add(Exchanges.configured(twin(i), 11 + 2 * i, "POST", "/Users", CREATE, 409, "{\"status\":\"409\"}"));
    }
    new MappingWriter(Redactor.of(Exchanges.TOKEN, Map.of()), Exchanges.ORIGIN, Exchanges.TOKEN).write(dir, run);
    new Recording(new RunSeed("hrec1", 42), URI.create(Exchanges.BASE), true, true, run.size()).write(dir);
    target = ReplayTarget.start(dir);
    client = ScimClient.of(target, HarnessConfig.embedded(Optional.empty()));
  }

  @AfterAll
  static void stop() {
    client.close();
    target.close();
  }

  private static String twin(int i) {
    return "features/rfc7644/3.x-concurrency-idempotency.feature:" + (20 + i);
  }

  private static ScimResponse in(String scenario, Request r) {
    String previous = ScenarioKey.enter(scenario);
    try {
      return client.send(r);
    } finally {
      ScenarioKey.restore(previous);
    }
  }

  @Test
  void eachScenarioGetsItsOwnAnswersInOrderWhateverRanBetween() {
    assertEquals(200, in(A, Request.of("GET", USER)).status());
    assertEquals(204, in(A, Request.of("DELETE", USER)).status());
    assertEquals(404, in(A, Request.of("GET", USER)).status());
    assertEquals(404, in(A, Request.of("GET", USER)).status(), "the last answer repeats");
    // B read the user before A deleted it in the recording; it still does, though it asks after A here.
    assertEquals(200, in(B, Request.of("GET", USER)).status());
  }

  @Test
  void absoluteUrlsOfTheRecordingNameTheReplayServer() {
    ScimResponse r = in(B, Request.of("GET", USER));
    assertEquals(target.baseUrl() + USER, r.json().path("meta").path("location").asText());
    assertTrue(target.baseUrl().toString().startsWith("http://127.0.0.1:"), target.baseUrl().toString());
  }

  @Test
  void identicalRequestsSentAtOnceGetOneAnswerEach() throws Exception {
    List<java.util.concurrent.CompletableFuture<ScimResponse>> sent = new ArrayList<>();
    for (int i = 0; i < TWINS; i++) {
      String previous = ScenarioKey.enter(twin(i));
      try {
        sent.add(client.sendAsync(Request.of("POST", "/Users", CREATE)));
        sent.add(client.sendAsync(Request.of("POST", "/Users", CREATE)));
      } finally {
        ScenarioKey.restore(previous);
      }
    }
    for (int i = 0; i < TWINS; i++) {
      List<Integer> pair = List.of(sent.get(2 * i).get().status(), sent.get(2 * i + 1).get().status());
      assertTrue(pair.contains(201) && pair.contains(409), "twins of " + twin(i) + " got " + pair);
    }
  }

  @Test
  void aRequestOutsideItsScenarioGetsTheFirstAnswerAndAStrayIsCounted() {
    assertEquals(200, client.send(Request.of("GET", USER)).status());
    int before = target.unmatched();
    assertEquals(404, client.send(Request.of("GET", "/Users/never-recorded")).status());
    assertEquals(before + 1, target.unmatched());
  }

  @Test
  void theReplayKeepsTheRecordedSeedAndTarget() {
    assertEquals(new RunSeed("hrec1", 42), target.seed());
    assertTrue(target.embedded());
    assertTrue(target.advanceClock(java.time.Duration.ofMinutes(5)));
  }
}
