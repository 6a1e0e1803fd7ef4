package dev.scimharness.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scimharness.simulator.Dialect;
import dev.scimharness.simulator.DialectLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The round trip of docs/learned-dialects.md for every shipped dialect: its lifecycle against a recording server,
 * a dialect learned from that traffic and written as YAML, the learned dialect's lifecycle against a fresh
 * recording server, and the two request streams compared line by line (ids, run names, timestamps normalised by
 * {@link RequestStream}). The dialects run side by side: each waits one second for its provoked Retry-After.
 */
class LearnedDialectRoundTripTest {
  private static final Map<String, Outcome> OUTCOMES = new ConcurrentHashMap<>();
  @TempDir
  static Path dir;

  /** One dialect's round trip: both recordings, and the learned file. */
  record Outcome(Dialect original, RoundTrip first, Path file, String yaml, Dialect learned, RoundTrip second) {}

  static List<String> dialects() {
    return DialectLoader.standard().names();
  }

  @BeforeAll
  static void roundTrips() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(dialects().size());
    try {
      List<Future<Outcome>> runs = dialects().stream().map(n -> pool.submit(() -> roundTrip(n))).toList();
      for (Future<Outcome> f : runs) {
        Outcome o = f.get(120, TimeUnit.SECONDS);
        OUTCOMES.put(o.original().name(), o);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  static Outcome roundTrip(String name) throws Exception {
    Dialect original = DialectLoader.standard().load(name);
    RoundTrip first = RoundTrip.record(original, "secret-first-" + name);
    LearnedDialect learned = DialectLearner.learn(name, first.requests());
    Path file = Files.createDirectories(dir.resolve(name)).resolve(name + ".yaml");
    DialectYaml.write(learned, file);
    Dialect replay = DialectLoader.read(file);
    RoundTrip second = RoundTrip.record(replay, "secret-second-" + name);
    return new Outcome(original, first, file, Files.readString(file), replay, second);
  }

  @Test
  void allNineShippedDialectsAreCovered() {
    assertEquals(9, dialects().size(), dialects().toString());
    assertEquals(dialects().size(), OUTCOMES.size());
  }

  @ParameterizedTest
  @MethodSource("dialects")
  void theLearnedDialectSendsTheSameRequests(String name) {
    Outcome o = OUTCOMES.get(name);
    List<String> expected = RequestStream.lines(o.first().requests());
    List<String> actual = RequestStream.lines(o.second().requests());
    assertTrue(expected.size() > 10, name + " sent only " + expected.size() + " requests");
    assertEquals(String.join("\n", expected), String.join("\n", actual),
        name + ": the learned dialect (" + o.file() + ") sends other requests; learned:\n" + o.yaml());
    System.out.printf("%s: %d requests learned from and sent again identically%n", name, expected.size());
    if (System.getProperty("learn.print") != null) {
      System.out.println(o.yaml());
    }
  }

  @ParameterizedTest
  @MethodSource("dialects")
  void whatOnlyTheProvocationsShowIsLearned(String name) {
    Outcome o = OUTCOMES.get(name);
    assertTrue(o.learned().retry().retries(429), name + ": the provoked 429 was retried");
    assertEquals(o.original().retry().honourRetryAfter(), o.learned().retry().honourRetryAfter(), name);
    assertEquals(o.original().users().match().notFoundMeansAbsent(), o.learned().users().match().notFoundMeansAbsent(),
        name + ": how a 404 to the lookup is read");
    assertTrue(o.yaml().contains("maxAttempts: unknown"), name + ": a single 429 does not show the attempts");
    assertFalse(o.yaml().contains("secret-first-"), name + ": the token is never written");
  }

  /** The comparison is not blind to casing: the learned entra dialect with one op lower-cased sends another stream. */
  @Test
  void aChangedOperationCaseIsCaught() throws Exception {
    Outcome o = OUTCOMES.get("entra");
    assertTrue(o.yaml().contains("op: Replace"), o.yaml());
    Path file = Files.createDirectories(dir.resolve("changed")).resolve("entra.yaml");
    Files.writeString(file, o.yaml().replaceFirst("op: Replace", "op: replace"));
    RoundTrip changed = RoundTrip.record(DialectLoader.read(file), "secret-changed");
    assertNotEquals(RequestStream.lines(o.first().requests()), RequestStream.lines(changed.requests()));
  }

  /** Nor to the PATCH shapes of different IdPs: okta and okta-aiw differ only in their update methods. */
  @Test
  void differentDialectsGiveDifferentStreams() {
    assertNotEquals(RequestStream.lines(OUTCOMES.get("okta").first().requests()),
        RequestStream.lines(OUTCOMES.get("okta-aiw").first().requests()));
  }
}
