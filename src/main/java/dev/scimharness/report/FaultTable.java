package dev.scimharness.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code reports/faults.md}: for each seeded fault of the reference server, the scenarios that caught it — those
 * failing against the fault that pass against the clean server.
 */
public final class FaultTable {
  private static final int EXAMPLES = 3;

  private FaultTable() {}

  /**
   * Scenarios failing in {@code faulty} that did not fail in {@code clean} (all failures when clean is null). Only
   * failed scenarios count: a blocked one never caught a fault, since its check did not run.
   */
  public static List<ScenarioResult> caught(RunSummary faulty, RunSummary clean) {
    java.util.Set<String> cleanFailures = new java.util.HashSet<>();
    if (clean != null) {
      clean.failures().forEach(s -> cleanFailures.add(s.id()));
    }
    return faulty.failures().stream().filter(s -> !cleanFailures.contains(s.id())).toList();
  }

  /** {@code runs} maps "clean" and each fault name to its run; {@code rules} maps a fault to the rule it breaks. */
  public static String render(Map<String, RunSummary> runs, Map<String, String> rules) {
    return render(runs, rules, null);
  }

  /** As above, with a note on how the runs were made ({@code null} for none) under the title. */
  public static String render(Map<String, RunSummary> runs, Map<String, String> rules, String note) {
    StringBuilder md = new StringBuilder("# Seeded faults and the scenarios that catch them\n\n");
    if (note != null) {
      md.append(note).append("\n\n");
    }
    RunSummary clean = runs.get("clean");
    if (clean != null) {
      md.append("Clean reference server: ").append(counts(clean)).append(" in ").append(clean.wallTime())
          .append(".\n\n");
    }
    long caught = runs.entrySet().stream().filter(e -> !e.getKey().equals("clean"))
        .filter(e -> !caught(e.getValue(), clean).isEmpty()).count();
    long faults = runs.keySet().stream().filter(k -> !k.equals("clean")).count();
    md.append("Faults caught: **").append(caught).append(" of ").append(faults).append("**.\n\n");
    md.append("| fault | breaks | failing scenarios | for example |\n|---|---|---:|---|\n");
    runs.forEach((name, run) -> {
      if (name.equals("clean")) {
        return;
      }
      List<ScenarioResult> failed = caught(run, clean);
      md.append("| `").append(name).append("` | ").append(rules.getOrDefault(name, "")).append(" | ")
          .append(failed.isEmpty() ? "**0 — not caught**" : String.valueOf(failed.size())).append(" | ")
          .append(String.join("; ", failed.stream().limit(EXAMPLES).map(s -> escape(s.name())).toList()))
          .append(" |\n");
    });
    md.append("\n## Every failing scenario per fault\n");
    runs.forEach((name, run) -> {
      if (name.equals("clean")) {
        return;
      }
      md.append("\n### ").append(name).append("\n\n");
      List<ScenarioResult> failed = caught(run, clean);
      if (failed.isEmpty()) {
        md.append("None: this fault is not detected by the suite.\n");
      }
      failed.forEach(s -> md.append("- ").append(escape(s.feature())).append(" — ").append(escape(s.name()))
          .append(" (`").append(s.uri()).append(':').append(s.line()).append("`)\n"));
    });
    return md.toString();
  }

  public static void write(Map<String, RunSummary> runs, Map<String, String> rules, Path file) {
    write(runs, rules, null, file);
  }

  public static void write(Map<String, RunSummary> runs, Map<String, String> rules, String note, Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, render(runs, rules, note));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // The clean run names only the statuses it has: blocked and not-run scenarios catch nothing, and this line has
  // read "N passed, N failed, N skipped" since the table began.
  private static String counts(RunSummary run) {
    String line = run.count(Outcome.PASSED) + " passed, " + run.count(Outcome.FAILED) + " failed, "
        + run.count(Outcome.SKIPPED) + " skipped";
    for (Outcome o : java.util.List.of(Outcome.BLOCKED, Outcome.NOT_RUN)) {
      line += run.count(o) > 0 ? ", " + run.count(o) + " " + o.word() : "";
    }
    return line;
  }

  private static String escape(String s) {
    return s == null ? "" : s.replace("|", "\\|");
  }
}
