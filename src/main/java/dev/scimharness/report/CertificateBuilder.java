package dev.scimharness.report;

import dev.scimharness.report.Certificate.Fact;
import dev.scimharness.report.Certificate.Section;
import dev.scimharness.requirements.Catalogue;
import dev.scimharness.requirements.Level;
import dev.scimharness.requirements.Requirement;
import dev.scimharness.requirements.Scope;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds the {@link Certificate} of a finished run, its waivers applied: the verdict the build ended with, a table per
 * level, per IdP dialect and per fuzz kind (when the run had them), the waivers in force, and every requirement of
 * the catalogue with the verdict of the scenarios that check it.
 *
 * @param profile how the run was set up: the embedded server's profile or a remote target, the tag filter, …
 * @param fuzzNote the fuzz's seed and tries, or {@code null}
 */
public record CertificateBuilder(RunSummary run, Verdict verdict, ExitCode exit, Waivers waivers, Catalogue catalogue,
    BuildInfo harness, String profile, String fuzzNote, Instant generated) {
  private static final List<Outcome> SHOWN = List.of(Outcome.PASSED, Outcome.FAILED, Outcome.WAIVED, Outcome.SKIPPED,
      Outcome.BLOCKED, Outcome.NOT_RUN);

  public Certificate build() {
    LocalDate today = generated.atZone(ZoneOffset.UTC).toLocalDate();
    List<Fact> facts = List.of(new Fact("Target", run.target()),
        new Fact("Date", DateTimeFormatter.ISO_INSTANT.format(generated.truncatedTo(java.time.temporal.ChronoUnit.SECONDS))),
        new Fact("Harness", "scim-harness " + harness.version()), new Fact("Commit", harness.commit()),
        new Fact("Profile", profile), new Fact("Results", run.countsLine() + "; wall time " + run.wallTime()));
    List<Section> sections = new ArrayList<>();
    sections.add(levels());
    List<ScenarioResult> idps = run.scenarios().stream().filter(ResultIds::isIdp).toList();
    if (!idps.isEmpty()) {
      sections.add(idps(idps));
    }
    List<ScenarioResult> fuzz = run.scenarios().stream().filter(ResultIds::isFuzz).toList();
    if (!fuzz.isEmpty()) {
      sections.add(new Section("Fuzz", fuzzNote, List.of("kind", "verdict", "detail"), fuzz.stream()
          .map(s -> List.of(s.name().replace("fuzz ", ""), s.status().word(), s.reason() == null ? "" : oneLine(s.reason())))
          .toList()));
    }
    sections.add(waivers(today));
    sections.add(requirements());
    String word = switch (exit) {
      case PASS -> "PASS";
      case MUST_FAILURES -> "FAIL";
      case INCONCLUSIVE -> "INCONCLUSIVE";
      case PREFLIGHT_FAILED -> "PREFLIGHT FAILED";
      case USAGE_ERROR -> "USAGE ERROR";
    };
    return new Certificate(word, verdict.explain(), facts, sections, Badge.of(run));
  }

  private Section levels() {
    List<String> columns = new ArrayList<>(List.of("level"));
    SHOWN.forEach(o -> columns.add(o.word()));
    columns.add("verdict");
    List<List<String>> rows = new ArrayList<>();
    for (Level level : Level.values()) {
      List<ScenarioResult> at = run.scenarios().stream().filter(s -> ResultIds.isScenario(s) && s.level() == level)
          .toList();
      List<String> row = new ArrayList<>(List.of(level.name()));
      SHOWN.forEach(o -> row.add(Long.toString(at.stream().filter(s -> s.status() == o).count())));
      row.add(levelVerdict(at));
      rows.add(row);
    }
    return new Section("Verdict per level", "Scenarios of the conformance suite by RFC 2119 level; a MUST failure"
        + " fails the run, a SHOULD or MAY failure is reported.", columns, rows);
  }

  private static String levelVerdict(List<ScenarioResult> at) {
    long failed = count(at, Outcome.FAILED);
    long waived = count(at, Outcome.WAIVED);
    if (failed > 0) {
      return "not met: " + failed + " failed" + (waived > 0 ? ", " + waived + " waived" : "");
    }
    if (count(at, Outcome.PASSED) == 0) {
      return "not shown: no scenario passed or failed";
    }
    return waived > 0 ? "met with " + waived + " waived" : "met";
  }

  private Section idps(List<ScenarioResult> idps) {
    Map<String, List<ScenarioResult>> byDialect = new LinkedHashMap<>();
    idps.forEach(s -> byDialect.computeIfAbsent(ResultIds.dialect(s), k -> new ArrayList<>()).add(s));
    List<List<String>> rows = new ArrayList<>();
    byDialect.forEach((dialect, steps) -> {
      List<String> notPassed = steps.stream()
          .filter(s -> s.status() != Outcome.PASSED && s.status() != Outcome.SKIPPED)
          .map(s -> s.id().substring(s.id().indexOf('/') + 1) + " " + s.status().word()).toList();
      String verdict;
      if (steps.stream().allMatch(s -> s.status() == Outcome.NOT_RUN)) {
        verdict = "not run: " + oneLine(steps.get(0).reason());
      } else if (count(steps, Outcome.FAILED) + count(steps, Outcome.BLOCKED) + count(steps, Outcome.NOT_RUN) > 0) {
        verdict = "does not provision";
      } else {
        long waived = count(steps, Outcome.WAIVED);
        verdict = waived > 0 ? "accepted: " + waived + " failing step(s) waived" : "provisions";
      }
      rows.add(List.of(dialect, steps.get(0).feature().replaceFirst("^IdP ", ""), verdict,
          count(steps, Outcome.PASSED) + " of " + (steps.size() - count(steps, Outcome.SKIPPED)),
          String.join(", ", notPassed)));
    });
    return new Section("Verdict per IdP dialect", "Each dialect's provisioning lifecycle (simulators/, docs/simulators.md)"
        + " against the same target; a step the IdP never takes is left out.",
        List.of("dialect", "IdP", "verdict", "steps passed", "steps not passed"), rows);
  }

  private Section waivers(LocalDate today) {
    List<List<String>> rows = new ArrayList<>();
    for (Waiver w : waivers.all()) {
      long waived = run.scenarios().stream().filter(s -> s.status() == Outcome.WAIVED && s.reason() != null
          && s.reason().startsWith("waived: " + w.id() + " ")).count();
      rows.add(List.of(w.id(), w.owner(), w.expires().toString(), w.reason(),
          w.expiredOn(today) ? "expired" : waived + " result(s) waived"));
    }
    String note = rows.isEmpty() ? "No waiver was in force." : "Known failures accepted until a date (docs/conformance.md);"
        + " a waived result is listed as waived everywhere in this certificate."
        + (verdict.waiverProblems().isEmpty() ? "" : " Problems: " + String.join("; ", verdict.waiverProblems()) + ".");
    return new Section("Waivers in force", note, List.of("id", "owner", "expires", "reason", "in this run"), rows);
  }

  private Section requirements() {
    Map<Requirement, List<ScenarioResult>> checking = Coverage.checking(run, catalogue);
    List<List<String>> rows = new ArrayList<>();
    checking.forEach((r, s) -> rows.add(List.of(r.id(), r.document() + " §" + r.section(),
        r.level().name(), requirementVerdict(r, s), s.isEmpty() ? "" : s.stream().map(x -> x.id() + " " + x.status().word())
            .collect(Collectors.joining(", ")))));
    return new Section("Verdict per requirement", "Every sentence of the requirement catalogue (docs/requirements.md)"
        + " with the scenarios of this run that check it.", List.of("requirement", "section", "level", "verdict",
        "scenarios"), rows);
  }

  static String requirementVerdict(Requirement r, List<ScenarioResult> checking) {
    if (r.scope() == Scope.CLIENT) {
      return "not applicable: binds the client";
    }
    if (r.scope() == Scope.UNTESTABLE) {
      return "not testable from outside" + (r.reason() == null ? "" : ": " + oneLine(r.reason()));
    }
    if (checking.isEmpty()) {
      return "not checked";
    }
    if (checking.stream().anyMatch(s -> s.status() == Outcome.FAILED)) {
      return "failed";
    }
    if (checking.stream().anyMatch(s -> s.status() == Outcome.WAIVED)) {
      return "waived";
    }
    if (checking.stream().allMatch(s -> s.status() == Outcome.PASSED)) {
      return "passed";
    }
    return checking.stream().anyMatch(s -> s.status() == Outcome.PASSED) ? "passed in part; the rest not conclusive"
        : "not conclusive (" + checking.stream().map(s -> s.status().word()).distinct().collect(Collectors.joining(", "))
        + ")";
  }

  private static long count(List<ScenarioResult> s, Outcome o) {
    return s.stream().filter(x -> x.status() == o).count();
  }

  private static String oneLine(String text) {
    String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
    return t.length() > 300 ? t.substring(0, 300) + "…" : t;
  }
}
