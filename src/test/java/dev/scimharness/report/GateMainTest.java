package dev.scimharness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main job's last step, as a pipeline sees it: exit codes and messages with baselines and waivers. */
class GateMainTest {
  private record Exit(int code, String output) {}

  private static ScenarioResult scenario(String id, Outcome o, String level) {
    return new ScenarioResult(id, "scenario " + id, "F", "features/rfc7644/x.feature", 3, o, List.of(level),
        o == Outcome.FAILED ? "expected status 201, but got status 409" : null, null, 1);
  }

  private static Path summary(Path dir, ScenarioResult... s) {
    Path f = dir.resolve("summary-" + System.nanoTime() + ".json");
    SummaryJson.write(new RunSummary("t", 1, List.of(s)), f);
    return f;
  }

  private static Exit verdict(Path summary, String... properties) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path")));
    cmd.addAll(List.of(properties));
    cmd.addAll(List.of(VerdictMain.class.getName(), summary.toString()));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "VerdictMain did not end");
    return new Exit(p.exitValue(), out);
  }

  @Test
  void waiversTurnAKnownFailureIntoAPassUntilTheyExpire(@TempDir Path dir) throws Exception {
    Path run = summary(dir, scenario("id-aaaaaaaa", Outcome.FAILED, "@must"), scenario("id-bbbbbbbb", Outcome.PASSED, "@must"));
    assertEquals(1, verdict(run).code());
    Path live = dir.resolve("live.yaml");
    Files.writeString(live, "waivers:\n  - {id: id-aaaaaaaa, reason: ticket 42, expires: 2999-12-31, owner: o}\n");
    Exit waived = verdict(run, "-Dscim.waivers=" + live);
    assertEquals(0, waived.code(), waived.output());
    assertTrue(waived.output().contains("1 passed, 0 failed, 0 skipped, 0 blocked, 1 waived"), waived.output());
    Path expired = dir.resolve("expired.yaml");
    Files.writeString(expired, "waivers:\n  - {id: id-aaaaaaaa, reason: ticket 42, expires: 2020-01-31, owner: o}\n");
    Exit stale = verdict(run, "-Dscim.waivers=" + expired);
    assertEquals(1, stale.code(), stale.output());
    assertTrue(stale.output().contains("waiver id-aaaaaaaa expired on 2020-01-31 (owner o)"), stale.output());
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "waivers:\n  - {id: id-aaaaaaaa, expires: 2999-12-31, owner: o}\n");
    Exit usage = verdict(run, "-Dscim.waivers=" + bad);
    assertEquals(2, usage.code(), usage.output());
    assertTrue(usage.output().contains("'reason' is required"), usage.output());
  }

  @Test
  void theBaselineIsWrittenOnRequestAndThenHoldsTheNextRun(@TempDir Path dir) throws Exception {
    Path base = dir.resolve("baseline.json");
    Path green = summary(dir, scenario("id-aaaaaaaa", Outcome.PASSED, "@should"), scenario("id-bbbbbbbb", Outcome.PASSED, "@must"));
    Exit written = verdict(green, "-Dscim.baseline=" + base, "-Dscim.baseline.update=true");
    assertEquals(0, written.code(), written.output());
    assertTrue(written.output().contains("baseline written: "), written.output());
    assertEquals(2, SummaryJson.read(base).count(Outcome.PASSED));
    Path worse = summary(dir, scenario("id-aaaaaaaa", Outcome.FAILED, "@should"), scenario("id-bbbbbbbb", Outcome.PASSED, "@must"));
    Exit regression = verdict(worse, "-Dscim.baseline=" + base);
    assertEquals(1, regression.code(), regression.output());
    assertTrue(regression.output().contains("regression: F — scenario id-aaaaaaaa"), regression.output());
    Exit missing = verdict(worse, "-Dscim.baseline=" + dir.resolve("none.json"));
    assertEquals(2, missing.code(), missing.output());
    assertTrue(missing.output().contains("which is not a file (write one with scim.baseline.update=true)"),
        missing.output());
  }
}
