package dev.scimharness.simulator.report;

import dev.scimharness.lint.LintFinding;
import dev.scimharness.simulator.LifecycleResult;
import dev.scimharness.simulator.LifecycleStep;
import dev.scimharness.simulator.Outcome;
import dev.scimharness.simulator.StepLint;
import dev.scimharness.simulator.StepExchange;
import dev.scimharness.simulator.StepResult;
import dev.scimharness.simulator.WorkloadResult;
import java.util.Locale;

/** {@code interop.md}: one matrix per target, then every failure with the exchange that broke it. */
public final class MarkdownReport {
  private MarkdownReport() {}

  public static String render(InteropReport r) {
    StringBuilder md = new StringBuilder("# IdP interop matrix\n\n");
    md.append("Generated ").append(r.generated()).append(". ✅ pass · ❌ fail · — not applicable (the IdP never "
        + "takes this step) · ⛔ blocked (nothing to act on). Tokens are redacted.\n\n");
    for (String target : r.targets()) {
      md.append("## ").append(target).append("\n\n").append(matrix(r, target)).append('\n');
    }
    if (!r.workloads().isEmpty()) {
      md.append("## Throughput\n\n| dialect | target | requests | errors | 429s | seconds | requests/s | p50 ms | p99 ms |\n");
      md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
      for (WorkloadResult w : r.workloads()) {
        md.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %.1f | %.1f | %.1f | %.1f |%n", w.dialect(),
            w.target(), w.requests(), w.errors(), w.throttled(), w.seconds(), w.requestsPerSecond(), w.p50Millis(),
            w.p99Millis()));
      }
      md.append('\n');
    }
    md.append("## Failures\n\n");
    boolean any = false;
    for (LifecycleResult l : r.lifecycles()) {
      for (StepResult s : l.failures()) {
        any = true;
        failure(md, r, l, s);
      }
    }
    if (!any) {
      md.append("None.\n");
    }
    return md.toString();
  }

  public static String matrix(InteropReport r, String target) {
    StringBuilder md = new StringBuilder("| dialect |");
    for (LifecycleStep s : LifecycleStep.values()) {
      md.append(' ').append(s.id()).append(" |");
    }
    md.append("\n|---|");
    md.append(":---:|".repeat(LifecycleStep.values().length)).append('\n');
    for (String d : r.dialects()) {
      LifecycleResult l = r.find(d, target).orElse(null);
      if (l == null) {
        continue;
      }
      md.append("| ").append(d).append(" |");
      for (LifecycleStep s : LifecycleStep.values()) {
        md.append(' ').append(l.step(s).map(x -> Pretty.symbol(x.outcome())).orElse(" ")).append(" |");
      }
      md.append('\n');
    }
    return md.toString();
  }

  private static void failure(StringBuilder md, InteropReport r, LifecycleResult l, StepResult s) {
    md.append("### ").append(l.dialect()).append(" · ").append(s.step().id()).append(" · ").append(l.target())
        .append("\n\n").append(s.outcome() == Outcome.BLOCKED ? "Blocked: " : "").append(s.reason()).append("\n\n");
    StepLint lint = r.lint(l, s);
    if (!lint.findings().isEmpty()) {
      md.append("Request lint").append(lint.source().isEmpty() ? "" : " (" + lint.source() + ")").append(":\n");
      for (LintFinding f : lint.findings()) {
        md.append("- `").append(f.rule()).append("` (").append(f.section()).append("): ").append(f.detail()).append('\n');
      }
      md.append('\n');
    }
    s.breakingExchange().ifPresent(e -> exchange(md, e));
  }

  private static void exchange(StringBuilder md, StepExchange e) {
    md.append("```http\n").append(Pretty.exchange(e)).append(e.wire().responseBody().isEmpty() ? "" : "\n")
        .append("```\n\n");
  }
}
