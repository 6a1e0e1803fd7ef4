package dev.scimharness.clientreport;

import dev.scimharness.requirements.Level;
import dev.scimharness.requirements.Requirement;
import dev.scimharness.server.LintRecord;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code client-report.md}: the report for people, the example request in each group with its token redacted. */
public final class ReportMarkdown {
  private ReportMarkdown() {}

  public static String render(ClientReport r) {
    StringBuilder md = new StringBuilder();
    md.append("# Client report\n\n");
    md.append("Traffic from ").append(r.source()).append(", written ").append(r.generated()).append(". ");
    md.append(r.requests() < 0 ? "Requests with findings only (a lint log)." : r.requests() + " requests graded")
        .append(r.requestsByStage().isEmpty() ? "" : ": " + stages(r.requestsByStage())).append(".\n\n");
    md.append("**Verdict: ").append(r.verdict().text()).append("** — ").append(r.findings()).append(" findings of ")
        .append(r.groups().size()).append(" rules.\n\n");
    md.append("| level | rules broken | findings | verdict |\n|---|---|---|---|\n");
    for (Level level : Level.values()) {
      List<RuleGroup> at = r.at(level);
      md.append("| ").append(level).append(" | ")
          .append(at.isEmpty() ? "—" : at.stream().map(g -> "`" + g.rule() + "`").collect(Collectors.joining(", ")))
          .append(" | ").append(r.findingsAt(level)).append(" | ").append(levelVerdict(level, at)).append(" |\n");
    }
    md.append("\n## Like known IdPs\n\n");
    if (r.likeDialects().isEmpty()) {
      md.append("No shipped dialect sends any of these shapes.\n");
    }
    for (DialectMatch m : r.likeDialects()) {
      md.append("- sends ").append(m.sharedRules().stream().map(rule -> shape(r, rule))
          .collect(Collectors.joining(", "))).append(" like ").append(m.title()).append("\n");
    }
    md.append("\n## Findings by rule\n");
    for (RuleGroup g : r.groups()) {
      md.append("\n### `").append(g.rule()).append("` — ").append(g.level()).append(", ").append(g.count())
          .append(g.count() == 1 ? " finding" : " findings").append("\n\n");
      md.append("Steps: ").append(stages(g.stages())).append(".\n\n");
      List<Requirement> reqs = g.requirements().map(l -> l.requirements()).orElse(List.of());
      if (reqs.isEmpty()) {
        md.append("No RFC sentence is mapped to this rule (held to MUST).\n\n");
      }
      for (Requirement q : reqs) {
        md.append("> ").append(q.text()).append("\n>\n> — ").append(q.document()).append(" §").append(q.section())
            .append(" (").append(q.id()).append(", ").append(q.level()).append(", ").append(q.url()).append(")\n\n");
      }
      LintRecord e = g.example();
      md.append("Example (").append(g.exampleStage().label()).append("): ").append(e.finding().detail())
          .append("\n\n```http\n").append(e.requestLine()).append("\nAuthorization: Bearer (redacted)\n");
      if (!e.body().isEmpty()) {
        md.append("\n").append(Pretty.json(e.body())).append("\n");
      }
      md.append("```\n");
      if (!e.finding().fragment().isEmpty()) {
        md.append("\nFragment: `").append(e.finding().fragment().replace("`", "'")).append("`\n");
      }
    }
    return md.toString();
  }

  static String levelVerdict(Level level, List<RuleGroup> at) {
    if (at.isEmpty()) {
      return "held";
    }
    return level == Level.MAY ? "noted" : "broken";
  }

  /** The client's own fragment for a rule it shares with a dialect. */
  static String shape(ClientReport r, String rule) {
    return r.groups().stream().filter(g -> g.rule().equals(rule)).findFirst()
        .map(g -> g.example().finding().fragment()).filter(f -> !f.isBlank())
        .filter(f -> f.length() <= 40).map(f -> "`" + f.replace("`", "'") + "` (`" + rule + "`)")
        .orElse("`" + rule + "`");
  }

  static String stages(Map<Stage, Long> stages) {
    return stages.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(e -> e.getKey().label() + " " + e.getValue()).collect(Collectors.joining(", "));
  }
}
