package dev.scimharness.clientreport;

import static dev.scimharness.clientreport.Pretty.html;

import dev.scimharness.requirements.Level;
import dev.scimharness.requirements.Requirement;
import java.util.List;
import java.util.stream.Collectors;

/** {@code client-report.html}: one self-contained page, no script, same sections as the markdown. */
public final class ReportHtml {
  private ReportHtml() {}

  public static String render(ClientReport r) {
    StringBuilder h = new StringBuilder();
    h.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Client report</title><style>")
        .append("body{font-family:sans-serif;max-width:70em;margin:2em auto}table{border-collapse:collapse}")
        .append("td,th{border:1px solid #ccc;padding:.3em .6em}pre{background:#f6f6f6;padding:.6em;overflow:auto}")
        .append(".MUST{color:#a00}.SHOULD{color:#a60}.MAY{color:#555}blockquote{border-left:3px solid #ccc;")
        .append("margin:.5em 0;padding-left:.8em}</style></head><body>\n<h1>Client report</h1>\n");
    h.append("<p>Traffic from ").append(html(r.source())).append(", written ").append(r.generated()).append(". ")
        .append(r.requests() < 0 ? "Requests with findings only (a lint log)." : r.requests() + " requests graded")
        .append(r.requestsByStage().isEmpty() ? "" : ": " + html(ReportMarkdown.stages(r.requestsByStage())))
        .append(".</p>\n");
    h.append("<p><strong>Verdict: ").append(html(r.verdict().text())).append("</strong> — ").append(r.findings())
        .append(" findings of ").append(r.groups().size()).append(" rules.</p>\n");
    h.append("<table><tr><th>level</th><th>rules broken</th><th>findings</th><th>verdict</th></tr>\n");
    for (Level level : Level.values()) {
      List<RuleGroup> at = r.at(level);
      h.append("<tr><td class=\"").append(level).append("\">").append(level).append("</td><td>")
          .append(at.stream().map(g -> "<code>" + html(g.rule()) + "</code>").collect(Collectors.joining(", ")))
          .append("</td><td>").append(r.findingsAt(level)).append("</td><td>")
          .append(ReportMarkdown.levelVerdict(level, at)).append("</td></tr>\n");
    }
    h.append("</table>\n<h2>Like known IdPs</h2>\n<ul>\n");
    if (r.likeDialects().isEmpty()) {
      h.append("<li>No shipped dialect sends any of these shapes.</li>\n");
    }
    for (DialectMatch m : r.likeDialects()) {
      h.append("<li>sends ").append(m.sharedRules().stream().map(rule -> "<code>" + html(rule) + "</code>")
          .collect(Collectors.joining(" and "))).append(" like ").append(html(m.title())).append("</li>\n");
    }
    h.append("</ul>\n<h2>Findings by rule</h2>\n");
    for (RuleGroup g : r.groups()) {
      h.append("<h3><code>").append(html(g.rule())).append("</code> — <span class=\"").append(g.level()).append("\">")
          .append(g.level()).append("</span>, ").append(g.count()).append(" findings</h3>\n<p>Steps: ")
          .append(html(ReportMarkdown.stages(g.stages()))).append(".</p>\n");
      for (Requirement q : g.requirements().map(l -> l.requirements()).orElse(List.of())) {
        h.append("<blockquote>").append(html(q.text())).append("<br>— <a href=\"").append(html(q.url()))
            .append("\">").append(html(q.document())).append(" §").append(html(q.section())).append("</a> (")
            .append(q.id()).append(", ").append(q.level()).append(")</blockquote>\n");
      }
      h.append("<p>Example (").append(html(g.exampleStage().label())).append("): ")
          .append(html(g.example().finding().detail())).append("</p>\n<pre>")
          .append(html(g.example().requestLine())).append("\nAuthorization: Bearer (redacted)\n");
      if (!g.example().body().isEmpty()) {
        h.append("\n").append(html(Pretty.json(g.example().body())));
      }
      h.append("</pre>\n");
    }
    return h.append("</body></html>\n").toString();
  }
}
