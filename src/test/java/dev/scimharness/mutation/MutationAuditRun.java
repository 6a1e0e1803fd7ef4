package dev.scimharness.mutation;

import dev.scimharness.requirements.Level;
import dev.scimharness.report.Outcome;
import dev.scimharness.report.RunSummary;
import dev.scimharness.report.ScenarioResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The mutation audit ({@code mvn -B test -Pmutation}): runs each {@code @must} and {@code @should} scenario once
 * clean through the mutation proxy, derives the mutants of the exchanges it made, and runs it against at most
 * {@code mutation.max} of them drawn with {@code mutation.seed}. Writes {@code reports/mutation.md},
 * {@code reports/mutation.json} and the kills file the sample in {@code mvn test} replays.
 * {@code -Dmutation.features=3.3-create} narrows it to feature files whose path contains the text (several texts
 * separated by commas: any of them).
 */
class MutationAuditRun {
  static final long SEED = Long.getLong("mutation.seed", 7644);
  static final int MAX = Integer.getInteger("mutation.max", 20);
  /** Stops at a scenario's first kill: the score is the same, the run shorter, the per-scenario kill counts 1. */
  static final boolean FIRST_KILL = Boolean.getBoolean("mutation.firstKill");

  @Test
  void audit() throws Exception {
    String only = System.getProperty("mutation.features", "");
    int limit = Integer.getInteger("mutation.limit", Integer.MAX_VALUE);
    System.out.println("[mutation] seed " + SEED + ", at most " + MAX + " mutants per scenario");
    long start = System.nanoTime();
    Equivalents eq = Equivalents.load();
    List<ScenarioAudit> audits = new ArrayList<>();
    try (MutationTarget target = MutationTarget.start()) {
      RunSummary clean = target.suite();
      List<ScenarioResult> chosen = clean.scenarios().stream()
          .filter(s -> s.level() == Level.MUST || s.level() == Level.SHOULD)
          .filter(s -> java.util.Arrays.stream(only.split(",")).anyMatch(text -> s.uri().contains(text.trim())))
          .sorted(Comparator.comparing(ScenarioResult::uri).thenComparingInt(ScenarioResult::line))
          .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
      // A fixed random order, so a run stopped early still samples every feature file.
      java.util.Collections.shuffle(chosen, new java.util.Random(SEED));
      chosen = chosen.subList(0, Math.min(limit, chosen.size()));
      List<String> preflight = preflight(target, clean.scenarios());
      System.out.println("[mutation] the preflight every run makes: " + preflight);
      for (ScenarioResult s : chosen) {
        audits.add(audit(target, s, eq, preflight));
        ScenarioAudit a = audits.get(audits.size() - 1);
        System.out.println("[mutation] " + audits.size() + "/" + chosen.size() + " " + idOf(s) + " killed "
            + a.killed() + "/" + a.results().size() + " (clean " + a.clean().word() + ", " + a.millis() + " ms)");
        // Written after each scenario, so a run stopped early leaves its reports.
        write(audits, chosen.size(), start, only.isEmpty() && limit == Integer.MAX_VALUE);
      }
    }
    System.out.println("[mutation] " + write(audits, audits.size(), start, false).headline());
  }

  private static MutationReport write(List<ScenarioAudit> audits, int planned, long start, boolean kills)
      throws java.io.IOException {
    MutationReport report = new MutationReport(SEED, MAX, FIRST_KILL, List.copyOf(audits), planned,
        (System.nanoTime() - start) / 1_000_000);
    report.write(Path.of("reports"));
    if (kills) {
      report.writeKills(MutationSampleTest.KILLS);
    }
    return report;
  }

  // Two scenarios of different feature files that share no set-up: what their runs begin with alike is the
  // preflight, not theirs.
  private static List<String> preflight(MutationTarget target, List<ScenarioResult> all) {
    ScenarioResult a = all.stream().filter(s -> s.uri().contains("4-discovery")).findFirst().orElse(all.get(0));
    ScenarioResult b = all.stream().filter(s -> s.uri().contains("3.6-delete")).findFirst()
        .orElse(all.get(all.size() - 1));
    target.scenario(where(a), null);
    List<Exchange> first = target.proxy().recorded();
    target.scenario(where(b), null);
    return Mutants.commonPrefix(first, target.proxy().recorded());
  }

  private static ScenarioAudit audit(MutationTarget target, ScenarioResult s, Equivalents eq,
      List<String> preflight) {
    long start = System.nanoTime();
    String id = idOf(s);
    String uri = uri(s);
    Outcome clean = target.scenario(where(s), null);
    List<Exchange> recorded = target.proxy().recorded();
    Mutants.Derived derived = Mutants.checked(recorded, Mutants.preflight(recorded, preflight));
    List<Mutant> all = derived.all();
    List<ScenarioAudit.Result> results = new ArrayList<>();
    if (clean == Outcome.PASSED) {
      for (Mutant m : derived.sample(MAX, SEED ^ id.hashCode())) {
        Outcome o = target.scenario(where(s), m);
        ScenarioAudit.Result r = new ScenarioAudit.Result(m, o, target.proxy().applied(), eq.reason(id, m));
        results.add(r);
        if (FIRST_KILL && r.killed()) {
          break;
        }
      }
    }
    return new ScenarioAudit(id, s.line(), s.name(), feature(uri), s.level().name().toLowerCase(), clean, all.size(),
        results, (System.nanoTime() - start) / 1_000_000);
  }

  static String idOf(ScenarioResult s) {
    return s.tags().stream().filter(t -> t.startsWith("@id-")).findFirst().orElse(s.id());
  }

  // The feature path relative to the repository, as Cucumber takes it.
  static String uri(ScenarioResult s) {
    String u = s.uri();
    int i = u.indexOf("features/");
    return i >= 0 ? u.substring(i) : u;
  }

  static String where(ScenarioResult s) {
    return uri(s) + ":" + s.line();
  }

  static String feature(String uri) {
    return uri.substring(uri.lastIndexOf("features/") + "features/".length());
  }
}
