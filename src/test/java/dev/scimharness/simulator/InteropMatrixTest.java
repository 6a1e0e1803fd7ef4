package dev.scimharness.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scimharness.scim.Leniency;
import dev.scimharness.simulator.report.InteropReport;
import dev.scimharness.simulator.report.MarkdownReport;
import dev.scimharness.simulator.report.ReportWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every dialect's whole lifecycle against the reference server, lenient and strict; writes
 * {@code reports/interop.{md,json,html}}. Lenient: every step the IdP takes passes. Strict: a dialect fails
 * exactly at the steps where its file declares a deviation, and the server's lint names that rule. The sigma
 * profile is run for the report only.
 */
class InteropMatrixTest {
  private static final List<LifecycleResult> results = new ArrayList<>();
  private static List<Dialect> dialects;

  @BeforeAll
  static void runEveryDialectInBothModes() {
    dialects = DialectLoader.standard().all();
    for (Leniency mode : List.of(Leniency.LENIENT, Leniency.STRICT)) {
      try (ReferenceTarget target = ReferenceTarget.start(mode)) {
        for (Dialect d : dialects) {
          results.add(Lifecycle.run(d, target.transport()));
        }
      }
    }
    // the provider of the seed, for the report: its documented behaviour is what the sigma features check
    try (ReferenceTarget sigma = ReferenceTarget.startProfile("sigma")) {
      for (Dialect d : dialects) {
        results.add(Lifecycle.run(d, sigma.transport()));
      }
    }
  }

  @AfterAll
  static void writeTheReport() {
    InteropReport report = new InteropReport(Instant.now(), results, List.of());
    ReportWriter.write(report, Path.of("reports"));
    for (String t : report.targets()) {
      System.out.println(t + "\n" + MarkdownReport.matrix(report, t));
    }
  }

  private static LifecycleResult result(String dialect, Leniency mode) {
    return results.stream().filter(r -> r.dialect().equals(dialect) && r.target().equals(ReferenceTarget.label(mode)))
        .findFirst().orElseThrow();
  }

  @Test
  void everyDialectCompletesItsWholeLifecycleAgainstTheLenientServer() {
    Map<String, String> failures = new TreeMap<>();
    for (Dialect d : dialects) {
      for (StepResult s : result(d.name(), Leniency.LENIENT).failures()) {
        failures.put(d.name() + " " + s.step().id(), s.reason());
      }
    }
    assertEquals(Map.of(), failures);
  }

  @Test
  void againstTheStrictServerEachDialectFailsExactlyWhereItsDocumentedDeviationsAre() {
    Map<String, Set<String>> expected = new TreeMap<>();
    Map<String, Set<String>> actual = new TreeMap<>();
    for (Dialect d : dialects) {
      expected.put(d.name(), d.deviations().stream().map(Deviation::step).collect(Collectors.toCollection(TreeSet::new)));
      actual.put(d.name(), result(d.name(), Leniency.STRICT).failures().stream().map(s -> s.step().id())
          .collect(Collectors.toCollection(TreeSet::new)));
    }
    assertEquals(expected, actual);
  }

  @Test
  void eachStrictFailureNamesTheRfcRuleTheIdpBreaksFromTheRequestLint() {
    InteropReport report = new InteropReport(Instant.now(), results, List.of());
    for (Dialect d : dialects) {
      LifecycleResult strict = result(d.name(), Leniency.STRICT);
      for (Deviation dev : d.deviations()) {
        StepResult s = strict.step(dev.lifecycleStep()).orElseThrow();
        assertTrue(report.lint(strict, s).rules().contains(dev.rule()),
            d.name() + " " + dev.step() + ": lint said " + report.lint(strict, s).rules() + ", expected " + dev.rule());
      }
    }
  }

  @Test
  void inLenientModeTheLintNamesEveryDocumentedDeviationOnTheStepThatSendsIt() {
    for (Dialect d : dialects) {
      LifecycleResult lenient = result(d.name(), Leniency.LENIENT);
      for (Deviation dev : d.deviations()) {
        StepResult s = lenient.step(dev.lifecycleStep()).orElseThrow();
        assertTrue(s.lintRules().contains(dev.rule()), d.name() + " " + dev.step() + ": lint said " + s.lintRules());
      }
    }
  }

  @Test
  void theRfcDialectBreaksNoLintRuleAtAll() {
    for (Leniency mode : List.of(Leniency.LENIENT, Leniency.STRICT)) {
      for (StepResult s : result("rfc", mode).steps()) {
        assertEquals(Set.of(), s.lintRules(), s.step().id());
      }
    }
  }

  @Test
  void oktaNeverDeletesAndEntraNeverImports() {
    assertEquals(Outcome.NOT_APPLICABLE, result("okta", Leniency.LENIENT).step(LifecycleStep.DELETE).orElseThrow().outcome());
    assertEquals(Outcome.NOT_APPLICABLE, result("entra", Leniency.STRICT).step(LifecycleStep.IMPORT).orElseThrow().outcome());
  }

  @Test
  void theReportFilesNeverContainAToken() throws Exception {
    ReportWriter.write(new InteropReport(Instant.now(), results, List.of()), Path.of("reports"));
    for (String f : List.of("interop.md", "interop.json", "interop.html")) {
      String text = Files.readString(Path.of("reports", f));
      assertFalse(text.contains("Bearer " + "0") || text.matches("(?s).*Bearer [0-9a-f]{48}.*"), f);
      assertTrue(text.contains("Bearer ***") || f.equals("interop.md") || f.equals("interop.html") || !text.contains("Authorization"), f);
    }
  }
}
