package dev.scimharness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scimharness.requirements.Catalogue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** certificate.md and certificate.html of a run with failures, waivers, IdP steps and fuzz kinds. */
class CertificateTest {
  private static final Instant WHEN = Instant.parse("2026-12-01T10:15:30Z");
  private static final LocalDate TODAY = WHEN.atZone(ZoneOffset.UTC).toLocalDate();

  private static ScenarioResult row(String id, Outcome o, String... tags) {
    return new ScenarioResult(id, "scenario " + id, "F", "features/rfc7644/x.feature", 3, o, List.of(tags),
        o == Outcome.FAILED ? "expected status 201, but got status 409\n  at POST /Users -> 409" : null, null, 1);
  }

  private static ScenarioResult idp(String dialect, String step, Outcome o) {
    return new ScenarioResult("idp-" + dialect + "/" + step, step, "IdP " + dialect, "simulators/" + dialect + ".yaml",
        0, o, List.of("@idp", "@must"), o == Outcome.FAILED ? "refused: 400 invalidSyntax" : null, null, 1);
  }

  private static RunSummary run(String target) {
    return new RunSummary(target, 4200, List.of(
        row("id-00000001", Outcome.PASSED, "@must", "@req-7644-3.3-r1"),
        row("id-00000002", Outcome.FAILED, "@must", "@req-7644-3.3-r2"),
        row("id-00000003", Outcome.FAILED, "@must", "@req-7644-3.3-r3"),
        row("id-00000004", Outcome.FAILED, "@should"),
        row("id-00000005", Outcome.SKIPPED, "@may"),
        idp("okta", "member-add", Outcome.PASSED),
        idp("entra", "profile-update", Outcome.FAILED),
        idp("entra", "deactivate", Outcome.FAILED),
        idp("entra", "import", Outcome.SKIPPED),
        new ScenarioResult("fuzz-patch", "fuzz patch", "Fuzz", "fuzz/patch", 0, Outcome.FAILED,
            List.of("@fuzz", "@must", "@rfc7644-3.5.2"), "3 of 200 tries failed (SERVER_ERROR ×3)", null, 10)));
  }

  private static Certificate certificate(String target, Waivers waivers) {
    RunSummary applied = waivers.apply(run(target), TODAY);
    Verdict verdict = Verdict.of(applied, Optional.empty(), waivers.problems(applied, TODAY));
    return new CertificateBuilder(applied, verdict, verdict.exitCode(), waivers, Catalogue.shared(),
        new BuildInfo("1.2.3", "0123abcd"), "embedded reference server, profile rfc", "Seed 42, 200 tries per kind.",
        WHEN).build();
  }

  private static final Waivers WAIVERS = new Waivers(List.of(
      new Waiver("id-00000003", "tracked as SCIM-42", LocalDate.of(2027, 3, 31), "team@example.com"),
      new Waiver("idp-entra", "Entra's legacy PATCH, moving to the flag", LocalDate.of(2027, 1, 31), "idp@example.com")));

  @Test
  void aRunWithFailuresAndWaiversSaysWhatFailedWhatIsWaivedAndWho() {
    Certificate c = certificate("https://scim.example.com/v2", WAIVERS);
    String md = CertificateMarkdown.render(c);
    assertEquals("FAIL", c.verdict(), md);
    assertTrue(md.contains("| Target | https://scim.example.com/v2 |"), md);
    assertTrue(md.contains("| Date | 2026-12-01T10:15:30Z |"), md);
    assertTrue(md.contains("| Harness | scim-harness 1.2.3 |"), md);
    assertTrue(md.contains("| Commit | 0123abcd |"), md);
    assertTrue(md.contains("| Profile | embedded reference server, profile rfc |"), md);
    assertTrue(md.contains("| MUST | 1 | 1 | 1 | 0 | 0 | 0 | not met: 1 failed, 1 waived |"), md);
    assertTrue(md.contains("| SHOULD | 0 | 1 | 0 | 0 | 0 | 0 | not met: 1 failed |"), md);
    assertTrue(md.contains("| 7644-3.3-r1 | RFC 7644 §3.3 | MUST | passed | id-00000001 passed |"), md);
    assertTrue(md.contains("| 7644-3.3-r2 | RFC 7644 §3.3 | MUST | failed | id-00000002 failed |"), md);
    assertTrue(md.contains("| 7644-3.3-r3 | RFC 7644 §3.3 | MUST | waived | id-00000003 waived |"), md);
    assertTrue(md.contains("| okta | okta | provisions | 1 of 1 |  |"), md);
    assertTrue(md.contains("| entra | entra | accepted: 2 failing step(s) waived | 0 of 2 | profile-update waived, deactivate"
        + " waived |"), md);
    assertTrue(md.contains("| patch | failed | 3 of 200 tries failed (SERVER_ERROR ×3) |"), md);
    assertTrue(md.contains("Seed 42, 200 tries per kind."), md);
    assertTrue(md.contains("| id-00000003 | team@example.com | 2027-03-31 | tracked as SCIM-42 | 1 result(s) waived |"),
        md);
    assertTrue(md.contains("| idp-entra | idp@example.com | 2027-01-31 | Entra's legacy PATCH, moving to the flag | 2"
        + " result(s) waived |"), md);
    assertTrue(md.contains("![SCIM MUST 1/3](badge.svg)"), md);
  }

  @Test
  void withoutTheWaiversTheSameRunShowsEveryFailure() {
    String md = CertificateMarkdown.render(certificate("t", Waivers.NONE));
    assertTrue(md.contains("| MUST | 1 | 2 | 0 | 0 | 0 | 0 | not met: 2 failed |"), md);
    assertTrue(md.contains("| entra | entra | does not provision | 0 of 2 | profile-update failed, deactivate failed |"),
        md);
    assertTrue(md.contains("No waiver was in force."), md);
  }

  @Test
  void anExpiredWaiverIsListedAsExpiredAndNamedAmongTheProblems() {
    Waivers old = new Waivers(List.of(new Waiver("id-00000003", "r", LocalDate.of(2020, 1, 1), "o")));
    Certificate c = certificate("t", old);
    String md = CertificateMarkdown.render(c);
    assertTrue(md.contains("| id-00000003 | o | 2020-01-01 | r | expired |"), md);
    assertTrue(md.contains("Problems: waiver id-00000003 expired on 2020-01-01"), md);
    assertTrue(md.contains("| 7644-3.3-r3 | RFC 7644 §3.3 | MUST | failed |"), md);
  }

  @Test
  void aPassingRunIsCertifiedAsPassing() {
    RunSummary green = new RunSummary("t", 1, List.of(row("id-00000001", Outcome.PASSED, "@must", "@req-7644-3.3-r1")));
    Verdict v = Verdict.of(green, Optional.empty());
    Certificate c = new CertificateBuilder(green, v, v.exitCode(), Waivers.NONE, Catalogue.shared(),
        new BuildInfo("1", "c"), "p", null, WHEN).build();
    assertEquals("PASS", c.verdict());
    String md = CertificateMarkdown.render(c);
    assertTrue(md.contains("| MUST | 1 | 0 | 0 | 0 | 0 | 0 | met |"), md);
    assertFalse(md.contains("## Verdict per IdP dialect"), md);
    assertFalse(md.contains("## Fuzz"), md);
  }

  @Test
  void targetStringsAreEscapedInHtmlAndMarkdown() {
    String hostile = "https://x.example/<script>alert('x')</script>?a=1&b=\"2\"|3";
    Certificate c = certificate(hostile, WAIVERS);
    String html = CertificateHtml.render(c);
    assertFalse(html.contains("<script"), html);
    assertTrue(html.contains("https://x.example/&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;?a=1&amp;b=&quot;2&quot;|3"),
        html);
    String md = CertificateMarkdown.render(c);
    assertFalse(md.contains("<script"), md);
    assertTrue(md.contains("| Target | https://x.example/&lt;script&gt;alert('x')&lt;/script&gt;?a=1&b=\"2\"\\|3 |"), md);
  }

  @Test
  void theHtmlPageFetchesNothing() {
    String html = CertificateHtml.render(certificate("t", WAIVERS));
    assertTrue(html.startsWith("<!DOCTYPE html>"), html);
    for (String external : List.of("<script", "<link", "src=", "@import", "url(http", "<iframe", "<img")) {
      assertFalse(html.contains(external), external + " in " + html);
    }
    assertTrue(html.contains("<svg"), "the badge is inline");
    assertTrue(html.contains("<td class=\"waived\">waived</td>"), html);
  }
}
