package dev.scimharness.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code reports/summary.md}: counts per RFC section and per level, then every failure with its reason. */
public final class SummaryMarkdown {
  private SummaryMarkdown() {}

  public static String render(RunSummary run, Verdict verdict) {
    StringBuilder md = new StringBuilder();
    md.append("# SCIM conformance summary\n\n");
    md.append("Target: ").append(run.target()).append("  \n");
    md.append("Result: **").append(run.countsLine()).append("** in ").append(run.wallTime()).append("  \n");
    md.append("Verdict: ").append(verdict.passes() ? "pass — " : "FAIL — ").append(verdict.explain()).append("\n\n");

    md.append("## By level\n\n| level | passed | failed | skipped |\n|---|---:|---:|---:|\n");
    for (Level l : Level.values()) {
      md.append("| ").append(l.name()).append(" | ").append(run.count(Outcome.PASSED, l)).append(" | ")
          .append(run.count(Outcome.FAILED, l)).append(" | ").append(run.count(Outcome.SKIPPED, l)).append(" |\n");
    }

    md.append("\n## By RFC section\n\n| section | passed | failed | skipped |\n|---|---:|---:|---:|\n");
    Map<String, long[]> bySection = new TreeMap<>(SummaryMarkdown::compareSections);
    for (ScenarioResult s : run.scenarios()) {
      for (String section : s.sections()) {
        bySection.computeIfAbsent(section, k -> new long[3])[s.status().ordinal()]++;
      }
    }
    bySection.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v[0]).append(" | ").append(v[1])
        .append(" | ").append(v[2]).append(" |\n"));

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
    Map<String, Long> skipReasons = new TreeMap<>();
    run.scenarios().stream().filter(s -> s.status() == Outcome.SKIPPED)
        .forEach(s -> skipReasons.merge(s.reason() == null ? "(no reason given)" : s.reason(), 1L, Long::sum));
    if (!skipReasons.isEmpty()) {
      md.append("\n## Skipped\n\n");
      skipReasons.forEach((reason, n) -> md.append("- ").append(n).append(" × ").append(escape(reason)).append('\n'));
    }
    return md.toString();
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
