package dev.scimharness.clientreport;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.requirements.Level;
import dev.scimharness.requirements.Requirement;
import dev.scimharness.scim.Json;
import java.util.Map;

/** {@code client-report.json}: the same content as the markdown, for machines. */
public final class ReportJson {
  private ReportJson() {}

  public static ObjectNode tree(ClientReport r) {
    ObjectNode o = Json.object();
    o.put("generated", r.generated().toString());
    o.put("source", r.source());
    if (r.requests() >= 0) {
      o.put("requests", r.requests());
    }
    o.set("requestsByStep", stages(r.requestsByStage()));
    o.put("findings", r.findings());
    o.put("verdict", r.verdict().name());
    o.put("verdictText", r.verdict().text());
    ObjectNode levels = o.putObject("levels");
    for (Level level : Level.values()) {
      ObjectNode l = levels.putObject(level.name());
      l.put("findings", r.findingsAt(level));
      ArrayNode rules = l.putArray("rules");
      r.at(level).forEach(g -> rules.add(g.rule()));
      l.put("verdict", ReportMarkdown.levelVerdict(level, r.at(level)));
    }
    ArrayNode like = o.putArray("likeDialects");
    for (DialectMatch m : r.likeDialects()) {
      ObjectNode d = like.addObject();
      d.put("dialect", m.dialect());
      d.put("title", m.title());
      m.sharedRules().forEach(d.putArray("sharedRules")::add);
    }
    ArrayNode groups = o.putArray("groups");
    for (RuleGroup g : r.groups()) {
      ObjectNode n = groups.addObject();
      n.put("rule", g.rule());
      n.put("level", g.level().name());
      n.put("count", g.count());
      n.set("steps", stages(g.stages()));
      ArrayNode reqs = n.putArray("requirements");
      for (Requirement q : g.requirements().map(l -> l.requirements()).orElse(java.util.List.of())) {
        ObjectNode rq = reqs.addObject();
        rq.put("id", q.id());
        rq.put("level", q.level().name());
        rq.put("text", q.text());
        rq.put("url", q.url());
      }
      ObjectNode ex = n.putObject("example");
      ex.put("step", g.exampleStage().label());
      ex.put("request", g.example().requestLine());
      ex.put("body", g.example().body());
      ex.put("fragment", g.example().finding().fragment());
      ex.put("detail", g.example().finding().detail());
    }
    return o;
  }

  private static ObjectNode stages(Map<Stage, Long> stages) {
    ObjectNode o = Json.object();
    stages.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> o.put(e.getKey().label(), e.getValue()));
    return o;
  }

  public static String render(ClientReport r) {
    try {
      return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree(r)) + "\n";
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
