package dev.scimharness.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.conformance.TargetSession;
import dev.scimharness.conformance.Targets;
import dev.scimharness.report.Outcome;
import dev.scimharness.report.RunSummary;
import dev.scimharness.report.ScenarioResult;
import dev.scimharness.scim.Json;
import dev.scimharness.steps.SuiteRun;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestRunFinished;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Records a stateful subset of the conformance suite against the embedded reference server with a seeded fault
 * (so the recording holds failures as well as passes), four scenarios at a time, then replays the recording with
 * WireMock as the target, also four at a time, and expects the same verdict for every scenario and no request the
 * recording cannot answer. A replay that does not reuse the recorded seed is shown to stray.
 */
class RecordReplayRoundTripTest {
  static final String FAULT = "MISSING_LOCATION";
  // Creates, PATCH, ETags, concurrent twins, authentication and cursors whose clock moves (@clock).
  static final List<String> FEATURES = List.of("features/rfc7644/3.3-create.feature",
      "features/rfc7644/3.5.2-patch.feature", "features/rfc7644/3.14-etags.feature",
      "features/rfc7644/3.x-concurrency-idempotency.feature", "features/rfc7644/2-authentication.feature",
      "features/rfc9865/2.1-pagination-errors.feature");
  private static final Path DIR = Path.of("target", "record-replay");

  @BeforeAll
  static void onlyAgainstTheEmbeddedServer() {
    Assumptions.assumeTrue(System.getenv("SCIM_BASE_URL") == null && System.getProperty("scim.baseUrl") == null,
        "the round trip records the embedded reference server; a remote target is configured");
  }

  @Test
  void aRecordedRunReplaysWithTheSameVerdictsAndNoUnansweredRequest() throws IOException {
    Path recording = DIR.resolve("recording");
    AtomicReference<String> token = new AtomicReference<>();
    RunSummary recorded = SuiteRun.named("record-replay/recorded").tags("not @wip")
        .property("scim.record", recording.toString()).property("scim.fault", FAULT)
        .plugin(atRunEnd(s -> token.set(s.target().token().orElseThrow())))
        .run(FEATURES);
    Map<String, Outcome> before = verdicts(recorded);
    assertTrue(before.containsValue(Outcome.FAILED), "the seeded fault " + FAULT + " failed no scenario: " + before);
    assertTrue(before.values().stream().filter(o -> o == Outcome.PASSED).count() > 20, "too few passes: " + before);

    AtomicInteger unmatched = new AtomicInteger(-1);
    RunSummary replayed = replay(recording, "record-replay/replayed", unmatched, FEATURES);
    assertEquals(Map.of(), differences(before, verdicts(replayed)),
        "scenarios whose verdict in the replay differs from the recorded run's (recorded -> replayed)");
    assertEquals(0, unmatched.get(), "requests of the replay that no mapping of the recording answered");

    String secret = token.get();
    try (Stream<Path> files = Files.walk(recording)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        assertFalse(Files.readString(f).contains(secret), f + " holds the bearer token");
      }
    }
    List<String> harProblems = HarCheck.problems(Json.MAPPER.readTree(recording.resolve("run.har").toFile()));
    assertEquals(List.of(), harProblems, "run.har against HAR 1.2");
  }

  @Test
  void aReplayWithAnotherSeedStrays() throws IOException {
    Path recording = DIR.resolve("recording-reseeded");
    RunSummary recorded = SuiteRun.named("record-replay/reseed-recorded").tags("not @wip")
        .property("scim.record", recording.toString()).run(List.of(FEATURES.get(0)));
    ObjectNode meta = (ObjectNode) Json.MAPPER.readTree(recording.resolve(Recording.FILE).toFile());
    meta.put("seed", meta.get("seed").asLong() + 1);
    Files.writeString(recording.resolve(Recording.FILE), Json.write(meta));

    AtomicInteger unmatched = new AtomicInteger(-1);
    RunSummary replayed = replay(recording, "record-replay/reseed-replayed", unmatched, List.of(FEATURES.get(0)));
    assertTrue(unmatched.get() > 0, "a replay with another seed sends other names, which the recording cannot answer");
    assertNotEquals(Map.of(), differences(verdicts(recorded), verdicts(replayed)), "the comparison sees the difference");
  }

  private static RunSummary replay(Path recording, String name, AtomicInteger unmatched, List<String> features) {
    return SuiteRun.named(name).tags("not @wip").property("scim.replay", recording.toString())
        .plugin(atRunEnd(s -> unmatched.set(((ReplayTarget) s.target()).unmatched())))
        .run(features);
  }

  private static Map<String, String> differences(Map<String, Outcome> recorded, Map<String, Outcome> replayed) {
    Map<String, String> out = new TreeMap<>();
    java.util.Set<String> ids = new java.util.TreeSet<>(recorded.keySet());
    ids.addAll(replayed.keySet());
    ids.stream().filter(id -> recorded.get(id) != replayed.get(id))
        .forEach(id -> out.put(id, recorded.get(id) + " -> " + replayed.get(id)));
    return out;
  }

  private static Map<String, Outcome> verdicts(RunSummary run) {
    return run.scenarios().stream().collect(Collectors.toMap(ScenarioResult::id, ScenarioResult::status,
        (a, b) -> a, TreeMap::new));
  }

  /** Reads the session as the run ends, before it is closed. */
  private static ConcurrentEventListener atRunEnd(java.util.function.Consumer<TargetSession> read) {
    return new ConcurrentEventListener() {
      @Override
      public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestRunFinished.class, e -> Targets.current().ifPresent(read));
      }
    };
  }
}
