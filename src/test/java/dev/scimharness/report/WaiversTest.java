package dev.scimharness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scimharness.endpoint.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WaiversTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

  private static ScenarioResult failed(String id, String level) {
    return new ScenarioResult(id, "scenario " + id, "F", "features/rfc7644/x.feature", 3, Outcome.FAILED,
        List.of(level, "@rfc7644-3.3"), "expected status 201, but got status 409\n  at POST http://t/v2/Users -> 409",
        null, 1);
  }

  private static Waivers waivers(Path dir, String yaml) throws Exception {
    Path f = dir.resolve("waivers.yaml");
    Files.writeString(f, yaml);
    return Waivers.load(f);
  }

  @Test
  void aLiveWaiverTurnsItsFailureIntoWaivedAndTheVerdictPasses(@TempDir Path dir) throws Exception {
    Waivers w = waivers(dir, """
        waivers:
          - id: "@id-aaaaaaaa"
            reason: the directory checks member ids (ticket 42)
            expires: 2026-12-31
            owner: team@example.com
        """);
    RunSummary run = new RunSummary("t", 1, List.of(failed("id-aaaaaaaa", "@must"), failed("id-bbbbbbbb", "@should")));
    RunSummary applied = w.apply(run, TODAY);
    assertEquals(Outcome.WAIVED, applied.scenarios().get(0).status());
    assertTrue(applied.scenarios().get(0).reason().startsWith("waived: id-aaaaaaaa (owner team@example.com"));
    assertEquals(Outcome.FAILED, applied.scenarios().get(1).status());
    assertEquals(List.of(), w.problems(applied, TODAY));
    Verdict v = Verdict.of(applied, Optional.empty(), w.problems(applied, TODAY));
    assertEquals(ExitCode.PASS, v.exitCode());
    assertTrue(applied.countsLine().endsWith(", 1 waived"), applied.countsLine());
    // Without the waiver the same run fails.
    assertEquals(ExitCode.MUST_FAILURES, Verdict.of(run, Optional.empty()).exitCode());
  }

  @Test
  void anExpiredWaiverWaivesNothingAndFailsTheRun(@TempDir Path dir) throws Exception {
    Waivers w = waivers(dir, """
        waivers:
          - {id: id-aaaaaaaa, reason: r, expires: 2026-11-29, owner: o}
        """);
    RunSummary applied = w.apply(new RunSummary("t", 1, List.of(failed("id-aaaaaaaa", "@should"))), TODAY);
    assertEquals(Outcome.FAILED, applied.scenarios().get(0).status());
    List<String> problems = w.problems(applied, TODAY);
    assertEquals(List.of("waiver id-aaaaaaaa expired on 2026-11-29 (owner o): fix the failure or renew the waiver"),
        problems);
    Verdict v = Verdict.of(applied, Optional.empty(), problems);
    assertEquals(ExitCode.MUST_FAILURES, v.exitCode());
    assertTrue(v.explain().contains("expired on 2026-11-29"));
    // The expiry date itself is still live.
    assertEquals(Outcome.WAIVED, w.apply(new RunSummary("t", 1, List.of(failed("id-aaaaaaaa", "@should"))),
        LocalDate.of(2026, 11, 29)).scenarios().get(0).status());
  }

  @Test
  void anUnusedWaiverFailsTheRun(@TempDir Path dir) throws Exception {
    Waivers w = waivers(dir, """
        waivers:
          - {id: id-cccccccc, reason: r, expires: 2027-01-01, owner: o}
        """);
    RunSummary applied = w.apply(new RunSummary("t", 1, List.of(failed("id-aaaaaaaa", "@should"))), TODAY);
    assertEquals(List.of("waiver id-cccccccc (owner o) waived nothing in this run: remove it"),
        w.problems(applied, TODAY));
  }

  @Test
  void aFindingIdWaivesEveryScenarioItExplainsAndAScenarioIdEveryRowOfItsOutline(@TempDir Path dir)
      throws Exception {
    RunSummary run = new RunSummary("t", 1, List.of(failed("id-aaaaaaaa/0a1b2c", "@must"),
        failed("id-aaaaaaaa/3d4e5f", "@must"), failed("id-dddddddd", "@must")));
    String finding = Findings.of(run).get(0).id();
    assertTrue(finding.matches("f-[0-9a-f]{8}"), finding);
    Waivers byFinding = waivers(dir, "waivers:\n  - {id: " + finding + ", reason: r, expires: 2027-01-01, owner: o}\n");
    assertEquals(3, byFinding.apply(run, TODAY).count(Outcome.WAIVED));
    Waivers byOutline = waivers(dir, "waivers:\n  - {id: id-aaaaaaaa, reason: r, expires: 2027-01-01, owner: o}\n");
    RunSummary applied = byOutline.apply(run, TODAY);
    assertEquals(2, applied.count(Outcome.WAIVED));
    assertEquals(Outcome.FAILED, applied.scenarios().get(2).status());
  }

  @Test
  void aMalformedFileIsAClearConfigurationError(@TempDir Path dir) {
    assertTrue(assertThrows(ConfigException.class, () -> waivers(dir, "waivers:\n  - {id: id-aaaaaaaa, reason: r,"
        + " expires: 2027-01-01}\n")).getMessage().contains("waiver 1: 'owner' is required"));
    assertTrue(assertThrows(ConfigException.class, () -> waivers(dir, "waivers:\n  - {id: id-aaaaaaaa, reason: r,"
        + " expires: next week, owner: o}\n")).getMessage().contains("expires must be a date such as 2027-03-31"));
    assertTrue(assertThrows(ConfigException.class, () -> waivers(dir, "waivers:\n  - {id: scenario 7, reason: r,"
        + " expires: 2027-01-01, owner: o}\n")).getMessage().contains("neither a scenario id"));
    assertTrue(assertThrows(ConfigException.class, () -> waivers(dir, "hello: world\n")).getMessage()
        .contains("has no 'waivers:' list"));
  }

  @Test
  void theFindingIdIsStableForTheSameCause() {
    RunSummary a = new RunSummary("t", 1, List.of(failed("id-aaaaaaaa", "@must")));
    RunSummary b = new RunSummary("t", 1, List.of(failed("id-eeeeeeee", "@must"), failed("id-ffffffff", "@must")));
    assertEquals(Findings.of(a).get(0).id(), Findings.of(b).get(0).id());
  }
}
