package dev.scimharness.clientreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scimharness.requirements.Level;
import dev.scimharness.scim.Leniency;
import dev.scimharness.simulator.DialectLoader;
import dev.scimharness.simulator.Lifecycle;
import dev.scimharness.simulator.ReferenceTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The client report of the Entra ID (legacy) dialect's whole lifecycle against the lenient reference server, and
 * of the textbook RFC dialect's beside it: the report tells a client that breaks MUSTs from one that does not.
 * Writes {@code target/client-report-entra/} (the example in docs/idp-teams.md comes from it).
 */
class EntraClientReportTest {
  private static ClientReport entra;
  private static ClientReport rfc;

  @BeforeAll
  static void runTheDialects() throws Exception {
    entra = run("entra");
    rfc = run("rfc");
    ReportFiles.write(entra, Path.of("target", "client-report-entra"));
  }

  private static ClientReport run(String dialect) {
    try (ReferenceTarget target = ReferenceTarget.start(Leniency.LENIENT)) {
      ReportBuilder builder = new ReportBuilder("the " + dialect + " simulator", DialectShapes.shipped(),
          Clock.systemUTC());
      target.server().server().lint().listen(builder::add);
      Lifecycle.run(DialectLoader.standard().load(dialect), target.transport());
      return builder.snapshot();
    }
  }

  private static RuleGroup group(ClientReport r, String rule) {
    return r.groups().stream().filter(g -> g.rule().equals(rule)).findFirst()
        .orElseThrow(() -> new AssertionError("no group " + rule + " in " + r.groups()));
  }

  @Test
  void entraLegacyBreaksMustsAtTheStepsWhereItSendsReplaceAndFalse() {
    assertEquals(ClientVerdict.MUST_BROKEN, entra.verdict(), entra.totals());
    RuleGroup opCase = group(entra, "patch-op-case");
    assertEquals(Level.MUST, opCase.level());
    assertTrue(opCase.stages().containsKey(Stage.DEACTIVATE), opCase.stages().toString());
    assertTrue(opCase.example().body().contains("\"Replace\""), opCase.example().body());
    RuleGroup bool = group(entra, "string-boolean");
    assertEquals(Set.of(Stage.DEACTIVATE, Stage.REACTIVATE), bool.stages().keySet());
    assertTrue(entra.requests() > 0 && entra.requestsByStage().containsKey(Stage.CREATE), entra.toString());
  }

  @Test
  void entraLegacyIsLikeEntraLegacyMostOfAll() {
    DialectMatch first = entra.likeDialects().get(0);
    assertEquals("entra", first.dialect());
    assertTrue(first.sharedRules().containsAll(List.of("patch-op-case", "string-boolean")), first.toString());
    assertTrue(ReportMarkdown.render(entra).contains("like Microsoft Entra ID (legacy)"));
  }

  @Test
  void theTextbookClientHasNoFindings() {
    assertEquals(ClientVerdict.CLEAN, rfc.verdict(), rfc.groups().toString());
    assertEquals(List.of(), rfc.likeDialects());
  }

  @Test
  void theThreeFilesAreWrittenAndNoTokenIsInThem() throws Exception {
    Path dir = Path.of("target", "client-report-entra");
    for (String ext : List.of("md", "html", "json")) {
      String text = Files.readString(dir.resolve("client-report." + ext));
      assertTrue(text.contains("patch-op-case"), ext);
      assertTrue(!text.matches("(?s).*Bearer [0-9a-f]{16,}.*"), ext + " holds a token");
    }
  }
}
