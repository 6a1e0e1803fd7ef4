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
    List<Mutant> checked = Mutants.checked(run, 0);
    assertTrue(checked.stream().allMatch(m -> m.signature().startsWith("GET /v2/Users") && m.occurrence() == 1),
        checked.toString());
    assertTrue(checked.stream().anyMatch(m -> m.kind() == Kind.DROP_ATTRIBUTE && m.target().equals("/userName")));
    // The second read of the same path can be answered with the first one's body.
    assertTrue(checked.stream().anyMatch(m -> m.kind() == Kind.PREVIOUS_VERSION));
  }

  @Test
  void aScenarioThatChecksOnlyItsGivenAnswersGetsTheirMutants() {
    List<Exchange> run = List.of(get("/v2/Users/1", "{\"id\":\"1\"}", Phase.GIVEN));
    assertEquals(Mutants.of(run, 0), Mutants.checked(run, 0));
    assertTrue(!Mutants.checked(run, 0).isEmpty());
  }

  @Test
  void andAndButContinueTheKeywordBeforeThem() {
    assertEquals(Phase.WHEN, PhasePlugin.of("When", Phase.GIVEN));
    assertEquals(Phase.THEN, PhasePlugin.of("And", Phase.THEN));
    assertEquals(Phase.GIVEN, PhasePlugin.of("But", Phase.GIVEN));
    assertEquals(Phase.THEN, PhasePlugin.of("Then", Phase.WHEN));
  }
}
