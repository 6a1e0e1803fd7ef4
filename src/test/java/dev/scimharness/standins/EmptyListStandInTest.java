package dev.scimharness.standins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scimharness.report.Outcome;
import dev.scimharness.report.RunSummary;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * No vacuous passes: a target that answers every request with an empty ListResponse (200, SCIM JSON) satisfies
 * no scenario. A check over a list must find the list non-empty or first create what it lists.
 */
class EmptyListStandInTest {
  static final String EMPTY_LIST = "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:ListResponse\"],"
      + "\"totalResults\":0,\"itemsPerPage\":0,\"startIndex\":1,\"Resources\":[]}";

  @Test
  void aTargetThatListsNothingPassesNoScenario() throws Exception {
    long start = System.nanoTime();
    RunSummary run;
    try (CannedTarget target = CannedTarget.start((method, path) ->
        new CannedTarget.Answer(200, "application/scim+json", EMPTY_LIST))) {
      run = StandInRun.run("empty-list", target.baseUrl());
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertFalse(run.scenarios().isEmpty(), "no scenario ran");
    assertEquals(0, run.count(Outcome.PASSED), "scenarios that passed against a target that lists nothing: "
        + StandInRun.ids(run, Outcome.PASSED));
    assertTrue(took.compareTo(Duration.ofSeconds(60)) < 0, "the run took " + took);
  }
}
