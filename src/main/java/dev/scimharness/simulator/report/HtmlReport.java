package dev.scimharness.simulator.report;

import dev.scimharness.lint.LintFinding;
import dev.scimharness.simulator.LifecycleResult;
import dev.scimharness.simulator.LifecycleStep;
import dev.scimharness.simulator.Outcome;
import dev.scimharness.simulator.StepLint;
import dev.scimharness.simulator.StepResult;
import dev.scimharness.simulator.WorkloadResult;
import java.util.List;
import java.util.Locale;

/**
 * {@code interop.html}: one self-contained page. Rows are dialects, columns lifecycle steps; each cell holds
 * one coloured badge per target, linked to the failure's exchange further down.
 */
public final class HtmlReport {
  private HtmlReport() {}

  private static final String STYLE = """
      body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#1d2330}
      table{border-collapse:collapse;margin:12px 0}
      th,td{border:1px solid #d5d9e0;padding:6px 8px;text-align:center}
      th{background:#f3f5f8;font-weight:600} td.d{text-align:left;white-space:nowrap}
      .b{display:inline-block;min-width:46px;margin:1px;padding:2px 6px;border-radius:4px;font-size:12px;color:#fff;text-decoration:none}
      .pass{background:#2e9d4f}.fail{background:#d23b3b}.na{background:#9aa3b0}.blocked{background:#8a5a00}
      pre{background:#f6f8fa;border:1px solid #e1e4e8;padding:8px;overflow:auto;max-height:360px}
      details{margin:8px 0;border-left:4px solid #d23b3b;padding-left:10px} summary{cursor:pointer;font-weight:600}
      .lint{color:#8a1f1f} .legend span{margin-right:12px}
      """;

  public static String render(InteropReport r) {
    List<String> targets = r.targets();
    StringBuilder h = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>IdP interop matrix</title><style>")
        .append(STYLE).append("</style></head><body><h1>IdP interop matrix</h1>");
    h.append("<p>Generated ").append(esc(r.generated().toString())).append(". Tokens are redacted.</p><p class=\"legend\">");
    for (int i = 0; i < targets.size(); i++) {
      h.append("<span><b>").append(key(i)).append("</b> = ").append(esc(targets.get(i))).append("</span>");
    }
    h.append("<br><span class=\"b pass\">pass</span> <span class=\"b fail\">fail</span> "
        + "<span class=\"b na\">n/a</span> (the IdP never takes this step) <span class=\"b blocked\">blocked</span></p>");
    h.append("<table><tr><th>dialect</th>");
    for (LifecycleStep s : LifecycleStep.values()) {
      h.append("<th>").append(esc(s.title())).append("</th>");
    }
    h.append("</tr>");
    for (String d : r.dialects()) {
      h.append("<tr><td class=\"d\"><b>").append(esc(d)).append("</b><br><small>").append(esc(r.title(d)))
          .append("</small></td>");
      for (LifecycleStep s : LifecycleStep.values()) {
        h.append("<td>");
        for (int i = 0; i < targets.size(); i++) {
          String target = targets.get(i);
          StepResult sr = r.find(d, target).flatMap(l -> l.step(s)).orElse(null);
          if (sr != null) {
            badge(h, sr, key(i), anchor(d, s, i), target);
          }
        }
        h.append("</td>");
      }
      h.append("</tr>");
    }
    h.append("</table>");
    workloads(h, r.workloads());
    h.append("<h2>Failures</h2>");
    boolean any = false;
    for (LifecycleResult l : r.lifecycles()) {
      int i = targets.indexOf(l.target());
      for (StepResult s : l.failures()) {
        any = true;
        failure(h, r, l, s, anchor(l.dialect(), s.step(), i));
      }
    }
    if (!any) {
      h.append("<p>None.</p>");
    }
    return h.append("</body></html>").toString();
  }

  private static void badge(StringBuilder h, StepResult sr, String key, String anchor, String target) {
    String cls = switch (sr.outcome()) {
      case PASS -> "pass";
      case FAIL -> "fail";
      case NOT_APPLICABLE -> "na";
      case BLOCKED -> "blocked";
    };
    String title = target + ": " + sr.outcome().label() + (sr.reason().isEmpty() ? "" : " — " + sr.reason());
    boolean failed = sr.outcome() == Outcome.FAIL || sr.outcome() == Outcome.BLOCKED;
    h.append(failed ? "<a href=\"#" + anchor + "\"" : "<span").append(" class=\"b ").append(cls).append("\" title=\"")
        .append(esc(title)).append("\">").append(key).append(' ').append(esc(sr.outcome().label()))
        .append(failed ? "</a>" : "</span>");
  }

  private static void workloads(StringBuilder h, List<WorkloadResult> ws) {
    if (ws.isEmpty()) {
      return;
    }
    h.append("<h2>Throughput</h2><table><tr><th>dialect</th><th>target</th><th>requests</th><th>errors</th><th>429s</th>"
        + "<th>seconds</th><th>requests/s</th><th>p50 ms</th><th>p99 ms</th></tr>");
    for (WorkloadResult w : ws) {
      h.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%s</td><td>%d</td><td>%d</td><td>%d</td><td>%.1f</td>"
              + "<td><b>%.1f</b></td><td>%.1f</td><td>%.1f</td></tr>", esc(w.dialect()), esc(w.target()), w.requests(),
          w.errors(), w.throttled(), w.seconds(), w.requestsPerSecond(), w.p50Millis(), w.p99Millis()));
    }
    h.append("</table>");
  }

  private static void failure(StringBuilder h, InteropReport r, LifecycleResult l, StepResult s, String anchor) {
    h.append("<details id=\"").append(anchor).append("\" open><summary>").append(esc(l.dialect())).append(" · ")
        .append(esc(s.step().title())).append(" · ").append(esc(l.target())).append("</summary><p>")
        .append(esc(s.reason())).append("</p>");
    StepLint lint = r.lint(l, s);
    for (LintFinding f : lint.findings()) {
      h.append("<p class=\"lint\">Request lint <code>").append(esc(f.rule())).append("</code> (")
          .append(esc(f.section())).append("): ").append(esc(f.detail()))
          .append(lint.source().isEmpty() ? "" : " <small>(" + esc(lint.source()) + ")</small>").append("</p>");
    }
    s.breakingExchange().ifPresent(e -> h.append("<pre>").append(esc(Pretty.exchange(e))).append("</pre>"));
    h.append("</details>");
  }

  private static String key(int i) {
    return i < 26 ? String.valueOf((char) ('A' + i)) : "T" + i;
  }

  private static String anchor(String dialect, LifecycleStep s, int target) {
    return (dialect + "-" + s.id() + "-" + target).replaceAll("[^A-Za-z0-9-]", "-");
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
