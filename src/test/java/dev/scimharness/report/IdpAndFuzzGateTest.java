package dev.scimharness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scimharness.endpoint.ConfigException;
import dev.scimharness.fuzz.FuzzKind;
import dev.scimharness.fuzz.FuzzReport;
import dev.scimharness.fuzz.KindResult;
import dev.scimharness.scim.Leniency;
import dev.scimharness.simulator.DialectLoader;
import dev.scimharness.simulator.IdpRuns;
import dev.scimharness.simulator.Lifecycle;
import dev.scimharness.simulator.LifecycleResult;
import dev.scimharness.simulator.ReferenceTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * IdP lifecycle steps and fuzz kinds are results of the main job like its scenarios: stable ids, judged by the
 * verdict, waived by id, compared with the baseline. The IdP results come from real lifecycles against the strict
 * reference server, where Okta's passes and Entra's legacy PATCH is refused (docs/simulators.md).
 */
class IdpAndFuzzGateTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
  private static List<ScenarioResult> idps;

  @BeforeAll
  static void playOktaAndEntraAgainstTheStrictServer() {
    DialectLoader loader = DialectLoader.standard();
    List<LifecycleResult> results = new ArrayList<>();
    try (ReferenceTarget target = ReferenceTarget.start(Leniency.STRICT)) {
      results.add(Lifecycle.run(loader.load("okta"), target.transport()));
      results.add(Lifecycle.run(loader.load("entra"), target.transport()));
    }
    idps = IdpRows.of(new IdpRuns(List.of("okta", "entra"), results, null));
  }

  private static ScenarioResult get(List<ScenarioResult> rows, String id) {
    return rows.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
  }

  private static Waivers waivers(String... ids) {
    return new Waivers(java.util.Arrays.stream(ids).map(id -> new Waiver(id, "r", LocalDate.of(2027, 1, 1), "o"))
        .toList());
  }

  @Test
  void everyDialectAndStepHasItsOwnStableId() {
    assertEquals(22, idps.size());
    assertEquals(22, new HashSet<>(idps.stream().map(ScenarioResult::id).toList()).size());
    assertTrue(idps.stream().allMatch(ResultIds::isIdp));
    assertEquals(Outcome.PASSED, get(idps, "idp-okta/member-add").status());
    assertEquals(Outcome.SKIPPED, get(idps, "idp-okta/delete").status(), "Okta never deletes a user");
    ScenarioResult refused = get(idps, "idp-entra/profile-update");
    assertEquals(Outcome.FAILED, refused.status());
    assertTrue(refused.reason().contains("\n  at PATCH /scim/v2/Users/"), refused.reason());
    // The embedded server's port changes from run to run; a finding's id must not.
    assertTrue(idps.stream().allMatch(s -> s.reason() == null || !s.reason().contains("127.0.0.1")), idps.toString());
    assertTrue(refused.exchange().startsWith("PATCH "), refused.exchange());
    assertEquals("entra", ResultIds.dialect(refused));
  }

  @Test
  void anIdpStepThatFailsFailsTheRunUnlessAWaiverNamesItOrItsDialect() {
    RunSummary run = new RunSummary("t", 1, idps);
    assertEquals(ExitCode.MUST_FAILURES, Verdict.of(run, Optional.empty()).exitCode());

    Waivers oneStep = waivers("idp-entra/profile-update");
    RunSummary partly = oneStep.apply(run, TODAY);
    assertEquals(Outcome.WAIVED, get(partly.scenarios(), "idp-entra/profile-update").status());
    assertEquals(Outcome.FAILED, get(partly.scenarios(), "idp-entra/deactivate").status());

    Waivers dialect = waivers("idp-entra");
    RunSummary waived = dialect.apply(run, TODAY);
    assertEquals(0, waived.count(Outcome.FAILED));
    assertEquals(ExitCode.PASS, Verdict.of(waived, Optional.empty(), dialect.problems(waived, TODAY)).exitCode());

    Waivers stale = waivers("idp-entra", "idp-okta/member-add");
    RunSummary again = stale.apply(run, TODAY);
    assertEquals(List.of("waiver idp-okta/member-add (owner o) waived nothing in this run: remove it"),
        stale.problems(again, TODAY));
  }

  @Test
  void theBaselineCatchesAnIdpStepThatPassedBefore() {
    RunSummary before = new RunSummary("t", 1, idps.stream().map(s -> s.status() == Outcome.FAILED
        ? new ScenarioResult(s.id(), s.name(), s.feature(), s.uri(), s.line(), Outcome.PASSED, s.tags(), null, null, 1)
        : s).toList());
    Baseline baseline = Baseline.of(before);
    List<String> regressed = baseline.regressions(new RunSummary("t", 1, idps)).stream().map(ScenarioResult::id).toList();
    assertTrue(regressed.contains("idp-entra/profile-update"), regressed.toString());
    assertEquals(idps.stream().filter(s -> s.status() == Outcome.FAILED).count(), regressed.size());
    assertTrue(baseline.regressions(before).isEmpty());
  }

  private static KindResult kind(FuzzKind k, int tries, int failed, int setUpFailed) {
    return new KindResult(k, tries, failed, setUpFailed, 1.5, Map.of(), Map.of(),
        failed > 0 ? Map.of("SERVER_ERROR", (long) failed) : Map.of(), null);
  }

  @Test
  void fuzzKindsAreResultsTooWaivableByKind() {
    FuzzReport report = new FuzzReport("t", 42, 100, null, List.of(kind(FuzzKind.PATCH, 100, 3, 0),
        kind(FuzzKind.FILTER, 100, 0, 0), kind(FuzzKind.LIFECYCLE, 10, 0, 10)), null);
    List<ScenarioResult> rows = FuzzRows.of(report, List.of(FuzzKind.values()));
    assertEquals(List.of("fuzz-patch", "fuzz-filter", "fuzz-lifecycle"), rows.stream().map(ScenarioResult::id).toList());
    assertEquals(Outcome.FAILED, rows.get(0).status());
    assertTrue(rows.get(0).reason().startsWith("3 of 100 tries failed (SERVER_ERROR ×3)"), rows.get(0).reason());
    assertEquals(Outcome.PASSED, rows.get(1).status());
    assertEquals(Outcome.BLOCKED, rows.get(2).status());
    RunSummary run = new RunSummary("t", 1, rows);
    assertEquals(ExitCode.MUST_FAILURES, Verdict.of(run, Optional.empty()).exitCode());
    Waivers w = waivers("fuzz-patch");
    RunSummary waived = w.apply(run, TODAY);
    assertEquals(Outcome.WAIVED, waived.scenarios().get(0).status());
    assertTrue(w.problems(waived, TODAY).isEmpty());

    List<ScenarioResult> notRun = FuzzRows.of(FuzzReport.notRun("t", new dev.scimharness.fuzz.FuzzOptions(
        java.util.Set.of(FuzzKind.PATCH), 10, 1, Optional.empty()), "read-only"), List.of(FuzzKind.PATCH));
    assertEquals(Outcome.NOT_RUN, notRun.get(0).status());
    assertEquals(ExitCode.INCONCLUSIVE, Verdict.of(new RunSummary("t", 1, notRun), Optional.empty()).exitCode());
  }

  @Test
  void anIdpRunThatCouldNotStartIsNotRunForEveryStep() {
    List<ScenarioResult> rows = IdpRows.of(IdpRuns.notRun(List.of("okta"), "a read-only run writes nothing"));
    assertEquals(11, rows.size());
    assertTrue(rows.stream().allMatch(s -> s.status() == Outcome.NOT_RUN
        && s.reason().equals("a read-only run writes nothing")));
  }

  @Test
  void theWaiverFileAcceptsIdpAndFuzzIdsAndNamesAMisspeltOne(@TempDir Path dir) throws Exception {
    Path ok = dir.resolve("ok.yaml");
    Files.writeString(ok, """
        waivers:
          - {id: idp-entra-flagged/profile-update, reason: r, expires: 2027-01-01, owner: o}
          - {id: idp-okta-aiw, reason: r, expires: 2027-01-01, owner: o}
          - {id: fuzz-lifecycle, reason: r, expires: 2027-01-01, owner: o}
        """);
    assertEquals(List.of("idp-entra-flagged/profile-update", "idp-okta-aiw", "fuzz-lifecycle"),
        Waivers.load(ok).all().stream().map(Waiver::id).toList());
    for (String bad : List.of("idp-", "fuzz-PATCH", "okta/member-add")) {
      Path f = dir.resolve("bad.yaml");
      Files.writeString(f, "waivers:\n  - {id: '" + bad + "', reason: r, expires: 2027-01-01, owner: o}\n");
      ConfigException e = assertThrows(ConfigException.class, () -> Waivers.load(f), bad);
      assertTrue(e.getMessage().contains("an IdP step (idp-<dialect>/<step>"), e.getMessage());
    }
  }
}
