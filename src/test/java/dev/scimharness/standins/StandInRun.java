package dev.scimharness.standins;

import dev.scimharness.endpoint.Setting;
import dev.scimharness.report.Outcome;
import dev.scimharness.report.RunSummary;
import dev.scimharness.report.ScenarioResult;
import dev.scimharness.steps.SuiteRun;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Runs the whole conformance suite in this JVM against a stand-in target, as a remote target with a token. */
final class StandInRun {
  static final List<String> SUITE = List.of("features/rfc7643", "features/rfc7644");

  private StandInRun() {}

  static RunSummary run(String name, String baseUrl) {
    return run(name, baseUrl, "t");
  }

  static RunSummary run(String name, String baseUrl, String token) {
    SuiteRun run = SuiteRun.named("standins/" + name).tags("not @wip");
    for (Setting s : Setting.values()) {
      run.property(s.property(), null);
    }
    return run.property(Setting.BASE_URL.property(), baseUrl).property(Setting.TOKEN.property(), token).run(SUITE);
  }

  /** The stable ids ({@code @id-…}) and names of the scenarios that ended {@code outcome}. */
  static Set<String> ids(RunSummary run, Outcome outcome) {
    Set<String> out = new TreeSet<>();
    for (ScenarioResult r : run.scenarios()) {
      if (r.status() == outcome) {
        out.add(r.tags().stream().filter(t -> t.startsWith("@id-")).findFirst().orElse("(no id)") + " " + r.name());
      }
    }
    return out;
  }
}
