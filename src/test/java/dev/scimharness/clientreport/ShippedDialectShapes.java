package dev.scimharness.clientreport;

import dev.scimharness.lint.LintFinding;
import dev.scimharness.scim.Leniency;
import dev.scimharness.simulator.Dialect;
import dev.scimharness.simulator.DialectLoader;
import dev.scimharness.simulator.Lifecycle;
import dev.scimharness.simulator.LifecycleResult;
import dev.scimharness.simulator.Origin;
import dev.scimharness.simulator.ReferenceTarget;
import dev.scimharness.simulator.StepExchange;
import dev.scimharness.simulator.StepResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The shapes of {@code simulators/*.yaml} as traffic shows them: each dialect's whole lifecycle against the
 * lenient reference server, and the lint rules its own requests (not the harness's checks) break.
 */
final class ShippedDialectShapes {
  private ShippedDialectShapes() {}

  static DialectShapes compute() {
    List<Dialect> dialects = new ArrayList<>(DialectLoader.standard().all());
    dialects.sort(Comparator.comparing(Dialect::name));
    List<DialectShapes.Shape> shapes = new ArrayList<>();
    try (ReferenceTarget target = ReferenceTarget.start(Leniency.LENIENT)) {
      for (Dialect d : dialects) {
        shapes.add(new DialectShapes.Shape(d.name(), d.title(), rules(Lifecycle.run(d, target.transport()))));
      }
    }
    return new DialectShapes(shapes);
  }

  /** Rule → the first fragment that broke it, ids and generated names masked so the data is stable. */
  static Map<String, String> rules(LifecycleResult result) {
    Map<String, String> rules = new TreeMap<>();
    for (StepResult s : result.steps()) {
      for (StepExchange e : s.exchanges()) {
        if (e.origin() == Origin.IDP) {
          for (LintFinding f : e.lint()) {
            rules.putIfAbsent(f.rule(), stable(f.fragment()));
          }
        }
      }
    }
    return new LinkedHashMap<>(rules);
  }

  static String stable(String fragment) {
    return fragment.replaceAll("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", "<id>")
        // the simulator's run id, random so that runs against a vendor do not collide
        .replaceAll("\\.[0-9a-z]{1,6}@example\\.com", ".<run>@example.com");
  }
}
