package dev.scimharness.simulator.report;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.Json;
import dev.scimharness.simulator.StepExchange;
import dev.scimharness.simulator.LifecycleResult;
import dev.scimharness.simulator.StepLint;
import dev.scimharness.simulator.StepResult;
import dev.scimharness.simulator.WorkloadResult;

/**
 * {@code interop.json}: per dialect and target, per step: outcome, reason, the lint rules broken, and
 * every exchange (the failing one marked by its verdict).
 */
public final class JsonReport {
  private JsonReport() {}

  public static String render(InteropReport r) {
    ObjectNode root = Json.object();
    root.put("generated", r.generated().toString());
    ArrayNode rows = root.putArray("lifecycles");
    for (LifecycleResult l : r.lifecycles()) {
      ObjectNode row = rows.addObject();
      row.put("dialect", l.dialect());
      row.put("title", l.dialectTitle());
      row.put("target", l.target());
      ObjectNode steps = row.putObject("steps");
      for (StepResult s : l.steps()) {
        ObjectNode step = steps.putObject(s.step().id());
        step.put("id", s.step().resultId(l.dialect()));
        step.put("outcome", s.outcome().label());
        step.put("reason", s.reason());
        StepLint lint = r.lint(l, s);
        ArrayNode rules = step.putArray("lintRules");
        lint.rules().forEach(rules::add);
        if (!lint.source().isEmpty()) {
          step.put("lintSource", lint.source());
        }
        ArrayNode ex = step.putArray("exchanges");
        for (StepExchange e : s.exchanges()) {
          ex.add(ExchangeJson.of(e));
        }
      }
    }
    ArrayNode w = root.putArray("workloads");
    for (WorkloadResult x : r.workloads()) {
      w.add(Json.MAPPER.valueToTree(x));
    }
    try {
      return Json.MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
