package dev.scimharness.report;

import dev.scimharness.requirements.Level;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code reports/summary.md}: the verdict, the findings (failures grouped by cause), counts per level and per RFC
 * section, every failure with its reason, then blocked, skipped and not-run scenarios grouped by reason.
 */
public final class SummaryMarkdown {
  private SummaryMarkdown() {}

  public static String render(RunSummary run, Verdict verdict) {
    StringBuilder md = new StringBuilder();
    md.append("# SCIM conformance summary\n\n");
    md.append("Target: ").append(run.target()).append("  \n");
    md.append("Result: **").append(run.countsLine()).append("** in ").append(run.wallTime()).append("  \n");
    md.append("Verdict: ").append(verdict.word()).append(" — ").append(verdict.explain()).append("\n\n");
    RunNotes notes = run.notes();
    if (notes.preflightFailure() != null) {
      md.append("**The preflight refused the target, so no scenario ran:** ").append(notes.preflightFailure())
          .append("\n\nEvery scenario is `not run` with this reason; fix the target or the settings and run again.\n");
      return md.toString();
    }
    if (notes.gaveUp() != null) {
      md.append("**The run gave up on the target:** ").append(notes.gaveUp()).append("; the scenarios after that are")
          .append(" `not run`.\n\n");
    }
    if (notes.sweep() != null) {
      md.append("Sweep: ").append(notes.sweep()).append("\n\n");
    }
    FindingsMarkdown.append(md, Findings.of(run));

    String header = "| passed | failed | skipped | blocked | not run | waived |\n|---|---:|---:|---:|---:|---:|---:|\n";
    md.append("\n## By level\n\n| level ").append(header);
    for (Level l : Level.values()) {
      md.append("| ").append(l.name());
      for (Outcome o : Outcome.values()) {
        md.append(" | ").append(run.count(o, l));
      }
      md.append(" |\n");
    }

    md.append("\n## By RFC section\n\n| section ").append(header);
    Map<String, long[]> bySection = new TreeMap<>(SummaryMarkdown::compareSections);
    for (ScenarioResult s : run.scenarios()) {
      for (String section : s.sections()) {
        bySection.computeIfAbsent(section, k -> new long[Outcome.values().length])[s.status().ordinal()]++;
      }
    }
    bySection.forEach((k, v) -> {
      md.append("| ").append(k);
      for (long n : v) {
        md.append(" | ").append(n);
      }
      md.append(" |\n");
    });

    List<ScenarioResult> failures = run.failures();
    md.append("\n## Failures (").append(failures.size()).append(")\n\n");
    if (failures.isEmpty()) {
      md.append("None.\n");
    }
    for (ScenarioResult f : failures) {
      md.append("- **").append(f.level().name()).append("** ").append(escape(f.feature())).append(" — ")
          .append(escape(f.name())).append(" (`").append(f.uri()).append(':').append(f.line()).append("`)\n");
      if (f.reason() != null) {
        md.append("  - ").append(escape(firstLines(f.reason(), 3)).replace("\n", "\n    ")).append('\n');
      }
    }
    if (!verdict.regressions().isEmpty() || !verdict.fixed().isEmpty()) {
      md.append("\n## Against the baseline\n\n");
      verdict.regressions().forEach(s -> md.append("- regression: ").append(escape(s.name())).append('\n'));
      verdict.fixed().forEach(s -> md.append("- now passing: ").append(escape(s.name())).append('\n'));
    }
    if (!verdict.waiverProblems().isEmpty()) {
      md.append("\n## Waivers that fail the run\n\n");
      verdict.waiverProblems().forEach(p -> md.append("- ").append(escape(p)).append('\n'));
    }
    reasons(md, run, Outcome.WAIVED, "Waived (known failures accepted until a date)");
    reasons(md, run, Outcome.BLOCKED, "Blocked (set-up failed; not failures)");
    reasons(md, run, Outcome.SKIPPED, "Skipped");
    reasons(md, run, Outcome.NOT_RUN, "Not run");
    return md.toString();
  }

  private static void reasons(StringBuilder md, RunSummary run, Outcome outcome, String title) {
    Map<String, Long> byReason = new TreeMap<>();
    run.scenarios().stream().filter(s -> s.status() == outcome)
        .forEach(s -> byReason.merge(s.reason() == null ? "(no reason given)" : firstLines(s.reason(), 1), 1L, Long::sum));
    if (!byReason.isEmpty()) {
      md.append("\n## ").append(title).append("\n\n");
      byReason.forEach((reason, n) -> md.append("- ").append(n).append(" × ").append(escape(reason)).append('\n'));
    }
  }

  public static void write(RunSummary run, Verdict verdict, Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, render(run, verdict));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // rfc7644-3.4.2.10 sorts after rfc7644-3.4.2.2: compare the numbers, not the text.
  static int compareSections(String a, String b) {
    String[] pa = a.split("[-.]");
    String[] pb = b.split("[-.]");
    for (int i = 0; i < Math.min(pa.length, pb.length); i++) {
      int c = pa[i].matches("\\d+") && pb[i].matches("\\d+")
          ? Integer.compare(Integer.parseInt(pa[i]), Integer.parseInt(pb[i])) : pa[i].compareTo(pb[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(pa.length, pb.length);
  }

  private static String firstLines(String text, int n) {
    String[] lines = text.split("\n");
    return String.join("\n", java.util.Arrays.copyOf(lines, Math.min(n, lines.length)));
  }

  private static String escape(String text) {
    return text == null ? "" : text.replace("|", "\\|");
  }
}
