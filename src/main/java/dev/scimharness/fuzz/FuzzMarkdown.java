package dev.scimharness.fuzz;

import dev.scimharness.scim.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Map;

/**
 * {@code reports/fuzz.md}: per kind the tries, failures, rate, outcomes, the target's profile of choices where the
 * RFC allows several answers, and the shrunk first failure with its replay script; and the short section
 * {@code summary.md} gets.
 */
public final class FuzzMarkdown {
  private FuzzMarkdown() {}

  public static String render(FuzzReport report) {
    StringBuilder md = new StringBuilder("# SCIM fuzz report\n\n");
    md.append("Target: ").append(report.target()).append("  \n");
    md.append("Seed: ").append(report.seed()).append(", tries per kind: ").append(report.tries());
    if (report.replay() != null) {
      md.append(", replaying ").append(report.replay());
    }
    md.append("  \nResult: **").append(report.explain()).append("**\n");
    for (KindResult k : report.kinds()) {
      md.append("\n## ").append(k.kind().wire()).append("\n\n");
      md.append(String.format(Locale.ROOT, "%d tries, %d failed, %d could not be set up, %.1f s (%.0f tries/s)%n",
          k.tries(), k.failed(), k.setUpFailed(), k.seconds(), k.triesPerSecond()));
      table(md, "Outcome", k.outcomes());
      table(md, "Rule broken", k.rules());
      table(md, "The target's choice where the RFC allows several answers", k.choices());
      Counterexample c = k.counterexample();
      if (c != null) {
        md.append("\n### First failure, try ").append(c.tryIndex()).append(", shrunk in ").append(c.shrinkSteps())
            .append(" steps to ").append(c.requestsBeyondSetUp()).append(" request(s) beyond set-up\n\n");
        c.violations().forEach(v -> md.append("- **").append(v.rule().name()).append("** ")
            .append(v.rule().text()).append(": ").append(escape(v.detail())).append('\n'));
        md.append("\nFound as: `").append(escape(c.found())).append("`  \nShrunk to: `")
            .append(escape(Json.write(c.shrunk().toJson()))).append("`\n");
        if (c.scriptFile() != null) {
          md.append("\nReplay: `").append(c.scriptFile()).append("` (`-Dscim.fuzz.replay=").append(c.scriptFile())
              .append("`)\n");
        }
        md.append("\n```bash\n").append(c.script()).append("```\n");
      }
    }
    return md.toString();
  }

  private static void table(StringBuilder md, String title, Map<String, Long> counts) {
    if (counts.isEmpty()) {
      return;
    }
    md.append("\n| ").append(title).append(" | tries |\n|---|---:|\n");
    counts.forEach((k, n) -> md.append("| ").append(escape(k)).append(" | ").append(n).append(" |\n"));
  }

  /** The fuzz section of {@code summary.md}. */
  public static String summarySection(FuzzReport report) {
    StringBuilder md = new StringBuilder("\n## Fuzz\n\n").append(report.explain()).append(" (seed ")
        .append(report.seed()).append("); details in `fuzz.md`.\n");
    for (KindResult k : report.kinds()) {
      if (k.counterexample() != null) {
        md.append("\n- ").append(k.kind().wire()).append(": ")
            .append(escape(k.counterexample().violations().get(0).toString().replaceAll("\\s+", " ")));
      }
    }
    return md.append(report.kinds().stream().anyMatch(k -> k.counterexample() != null) ? "\n" : "").toString();
  }

  public static void write(FuzzReport report, Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, render(report));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Appends the fuzz section to a written {@code summary.md}. */
  public static void appendSummary(FuzzReport report, Path summary) {
    try {
      Files.writeString(summary, summarySection(report), StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String escape(String text) {
    return text.replace("|", "\\|").replace("`", "'");
  }
}
