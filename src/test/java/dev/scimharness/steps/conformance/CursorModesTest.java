package dev.scimharness.steps.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.scimharness.report.Outcome;
import dev.scimharness.report.RunSummary;
import dev.scimharness.report.ScenarioResult;
import dev.scimharness.steps.SuiteRun;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The RFC 9865 features pass against the reference server in both modes that serve cursors: beside index paging
 * (the default, index the default method) and alone (cursor the default, RFC 9865 §2.3); in index mode the
 * configuration claims no cursors and every one of them is skipped.
 */
class CursorModesTest {
  private static final List<String> FEATURES = List.of("features/rfc9865");
  private static final String UNASKED_CURSOR = "A nextCursor on a list that asked for no cursor leads to the rest of"
      + " the matches";

  @ParameterizedTest
  @ValueSource(strings = {"both", "cursor"})
  void everyCursorScenarioPasses(String mode) {
    onlyEmbedded();
    RunSummary run = run(mode);
    assertEquals(List.of(), names(run.failures()), "failing with --pagination " + mode);
    List<String> skipped = run.scenarios().stream().filter(r -> r.status() == Outcome.SKIPPED)
        .map(ScenarioResult::name).toList();
    // Beside index paging the server offers no nextCursor unasked, so the scenario for a target that requires
    // cursors (RFC 9865 §2.3, a MAY) has nothing to follow; alone, cursor paging runs it too.
    assertEquals(mode.equals("both") ? List.of(UNASKED_CURSOR) : List.of(), skipped, "skipped with --pagination "
        + mode);
    assertFalse(run.scenarios().isEmpty(), "no scenario ran");
  }

  @org.junit.jupiter.api.Test
  void anIndexOnlyServerSkipsThemAll() {
    onlyEmbedded();
    RunSummary run = run("index");
    assertEquals(run.scenarios().size(), run.count(Outcome.SKIPPED), run.countsLine());
  }

  private static RunSummary run(String mode) {
    return SuiteRun.named("cursor-modes/" + mode).tags("not @wip").property("scim.pagination", mode).run(FEATURES);
  }

  private static void onlyEmbedded() {
    Assumptions.assumeTrue(System.getenv("SCIM_BASE_URL") == null && System.getProperty("scim.baseUrl") == null,
        "needs the embedded reference server");
  }

  private static List<String> names(List<ScenarioResult> results) {
    return results.stream().map(r -> r.uri() + ":" + r.line() + " " + r.name() + " — " + r.reason()).toList();
  }
}
