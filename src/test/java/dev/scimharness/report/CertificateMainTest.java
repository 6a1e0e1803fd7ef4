package dev.scimharness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scimharness.fuzz.FuzzJson;
import dev.scimharness.fuzz.FuzzKind;
import dev.scimharness.fuzz.FuzzReport;
import dev.scimharness.fuzz.KindResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main job's first and last steps in their own JVM: the certificate beside the summary, -Dscim.idps checked. */
class CertificateMainTest {
  private record Exit(int code, String output) {}

  private static Exit run(Path workDir, String main, List<String> args, String... properties) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path")));
    cmd.addAll(List.of(properties));
    cmd.add(main);
    cmd.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).directory(workDir.toFile());
    pb.environment().remove("SCIM_IDPS");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes());
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), main + " did not end");
    return new Exit(p.exitValue(), out);
  }

  private static ScenarioResult row(String id, Outcome o, String... tags) {
    return new ScenarioResult(id, "scenario " + id, "F", "features/rfc7644/x.feature", 3, o, List.of(tags),
        o == Outcome.FAILED ? "expected status 201, but got status 409" : null, null, 1);
  }

  @Test
  void everyVerdictWritesTheCertificateAndTheBadgeBesideTheSummary(@TempDir Path dir) throws Exception {
    Path summary = dir.resolve("summary.json");
    SummaryJson.write(new RunSummary("https://scim.example.com/<v2>", 1, List.of(
        row("id-aaaaaaaa", Outcome.FAILED, "@must", "@req-7644-3.3-r2"), row("id-bbbbbbbb", Outcome.PASSED, "@must"),
        new ScenarioResult("fuzz-patch", "fuzz patch", "Fuzz", "fuzz/patch", 0, Outcome.FAILED,
            List.of("@fuzz", "@must"), "2 of 10 tries failed (SERVER_ERROR ×2)", null, 1))), summary);
    FuzzJson.write(new FuzzReport("t", 42, 10, null, List.of(new KindResult(FuzzKind.PATCH, 10, 2, 0, 1.0, Map.of(),
        Map.of(), Map.of("SERVER_ERROR", 2L), null)), null), dir.resolve("fuzz.json"));
    Exit failing = run(dir, VerdictMain.class.getName(), List.of(summary.toString()), "-Dscim.fuzz=patch");
    assertEquals(1, failing.code(), failing.output());
    assertTrue(failing.output().contains("[conformance] certificate: "), failing.output());
    String md = Files.readString(dir.resolve("certificate.md"));
    assertTrue(md.contains("**Verdict: FAIL**"), md);
    assertTrue(md.contains("| 7644-3.3-r2 | RFC 7644 §3.3 | MUST | failed | id-aaaaaaaa failed |"), md);
    assertTrue(md.contains("Seed 42, 10 tries per kind"), md);
    assertTrue(Files.readString(dir.resolve("badge.svg")).contains("SCIM MUST: 1/2"));
    String html = Files.readString(dir.resolve("certificate.html"));
    assertTrue(html.contains("https://scim.example.com/&lt;v2&gt;"), html);

    Path waivers = dir.resolve("waivers.yaml");
    Files.writeString(waivers, """
        waivers:
          - {id: id-aaaaaaaa, reason: ticket 42, expires: 2999-12-31, owner: team@example.com}
          - {id: fuzz-patch, reason: ticket 43, expires: 2999-12-31, owner: team@example.com}
        """);
    Exit waived = run(dir, VerdictMain.class.getName(), List.of(summary.toString()), "-Dscim.fuzz=patch",
        "-Dscim.waivers=" + waivers);
    assertEquals(0, waived.code(), waived.output());
    md = Files.readString(dir.resolve("certificate.md"));
    assertTrue(md.contains("**Verdict: PASS**"), md);
    assertTrue(md.contains("| fuzz-patch | team@example.com | 2999-12-31 | ticket 43 | 1 result(s) waived |"), md);
    assertTrue(md.contains("| patch | waived |"), md);
  }

  @Test
  void anUnknownIdpDialectStopsTheRunBeforeItStarts(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("simulators"));
    Files.copy(Path.of("simulators/okta.yaml"), dir.resolve("simulators/okta.yaml"));
    Exit bad = run(dir, ConfigCheck.class.getName(), List.of(), "-Dscim.idps=okta,okda");
    assertEquals(2, bad.code(), bad.output());
    assertTrue(bad.output().contains("configuration error: scim.idps (SCIM_IDPS): no IdP dialect 'okda'; known: okta,"
        + " or all."), bad.output());
    assertFalse(bad.output().contains("Exception"), bad.output());
    Exit good = run(dir, ConfigCheck.class.getName(), List.of(), "-Dscim.idps=okta");
    assertEquals(0, good.code(), good.output());
  }
}
