package dev.scimharness.mutation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MutantsTest {
  private static Exchange get(String path, String body, Phase phase) {
    return new Exchange("GET", path, null, "", 200, Map.of("Content-Type", List.of("application/scim+json")), body,
        phase);
  }

  @Test
  void onlyTheExchangesOfWhenAndThenStepsAreMutatedWhenThereAreAny() {
    List<Exchange> run = List.of(
        get("/v2/ServiceProviderConfig", "{\"patch\":{\"supported\":true}}", Phase.HOOK),
        get("/v2/Users/1", "{\"id\":\"1\"}", Phase.GIVEN),
        get("/v2/Users/1", "{\"id\":\"1\",\"userName\":\"a\"}", Phase.THEN));
    List<Mutant> checked = Mutants.checked(run, 0).all();
    assertTrue(checked.stream().allMatch(m -> m.signature().startsWith("GET /v2/Users") && m.occurrence() == 1),
        checked.toString());
    assertTrue(checked.stream().anyMatch(m -> m.kind() == Kind.DROP_ATTRIBUTE && m.target().equals("/userName")));
    // The second read of the same path can be answered with the first one's body.
    assertTrue(checked.stream().anyMatch(m -> m.kind() == Kind.PREVIOUS_VERSION));
  }

  @Test
  void aScenarioThatChecksOnlyItsGivenAnswersGetsTheirMutants() {
    List<Exchange> run = List.of(get("/v2/Users/1", "{\"id\":\"1\"}", Phase.GIVEN));
    assertEquals(Mutants.of(run, 0), Mutants.checked(run, 0).all());
    assertTrue(!Mutants.checked(run, 0).all().isEmpty());
  }

  @Test
  void andAndButContinueTheKeywordBeforeThem() {
    assertEquals(Phase.WHEN, PhasePlugin.of("When", Phase.GIVEN));
    assertEquals(Phase.THEN, PhasePlugin.of("And", Phase.THEN));
    assertEquals(Phase.GIVEN, PhasePlugin.of("But", Phase.GIVEN));
    assertEquals(Phase.THEN, PhasePlugin.of("Then", Phase.WHEN));
  }

  @Test
  void theSampleSpreadsOverTheKindsAndPrefersShallowAttributes() {
    List<Mutant> all = new java.util.ArrayList<>();
    for (int i = 0; i < 100; i++) {
      all.add(new Mutant("GET /v2/Users/*", 0, Kind.DROP_ATTRIBUTE, "/emails/0/a" + i));
    }
    all.add(new Mutant("GET /v2/Users/*", 0, Kind.DROP_ATTRIBUTE, "/userName"));
    all.add(new Mutant("GET /v2/Users/*", 0, Kind.STATUS, "201"));
    all.add(new Mutant("GET /v2/Users/*", 0, Kind.CHANGE_HEADER, "ETag"));
    List<Mutant> s = Mutants.sample(all, 5, 7644);
    assertEquals(5, s.size());
    assertEquals(Kind.STATUS, s.get(0).kind());
    assertEquals(Kind.CHANGE_HEADER, s.get(1).kind());
    assertEquals("/userName", s.get(2).target());
    assertEquals(s, Mutants.sample(all, 5, 7644), "the same seed draws the same sample");
    assertEquals(all.size(), Mutants.sample(all, 1000, 1).size());
  }

  @Test
  void theAnswersThenStepsJudgeAreSampledFirst() {
    List<Exchange> run = List.of(
        get("/v2/Users/1", "{\"id\":\"1\",\"a\":1,\"b\":2,\"c\":3}", Phase.WHEN),
        get("/v2/Users/2", "{\"id\":\"2\"}", Phase.WHEN),
        get("/v2/Groups/1", "{\"id\":\"g\"}", Phase.THEN));
    Mutants.Derived d = Mutants.checked(run, 0);
    assertTrue(d.judged().stream().noneMatch(m -> m.occurrence() == 0 && m.signature().startsWith("GET /v2/Users")),
        "the first When answer is not what a Then step judges: " + d.judged());
    assertTrue(d.judged().stream().anyMatch(m -> m.signature().startsWith("GET /v2/Groups")));
    assertTrue(d.judged().stream().anyMatch(m -> m.occurrence() == 1 && m.signature().startsWith("GET /v2/Users")),
        "the last When answer is");
    List<Mutant> sample = d.sample(d.judged().size() + 1, 1);
    assertEquals(d.judged().size() + 1, sample.size());
    assertTrue(sample.subList(0, d.judged().size()).containsAll(d.judged()));
  }
}
