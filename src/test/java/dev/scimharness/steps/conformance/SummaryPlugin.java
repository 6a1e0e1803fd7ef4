package dev.scimharness.steps.conformance;

import dev.scimharness.conformance.Blocked;
import dev.scimharness.conformance.NotRun;
import dev.scimharness.conformance.TargetSession;
import dev.scimharness.conformance.Targets;
import dev.scimharness.report.Coverage;
import dev.scimharness.report.Gate;
import dev.scimharness.requirements.Catalogue;
import dev.scimharness.report.Outcome;
import dev.scimharness.report.RunNotes;
import dev.scimharness.report.RunSummary;
import dev.scimharness.report.ScenarioResult;
import dev.scimharness.report.SummaryJson;
import dev.scimharness.report.SummaryMarkdown;
import dev.scimharness.report.Verdict;
import dev.scimharness.endpoint.HarnessConfig;
import dev.scimharness.conformance.FuzzHook;
import dev.scimharness.fuzz.FuzzMarkdown;
import dev.scimharness.fuzz.FuzzOptions;
import dev.scimharness.fuzz.FuzzReport;
import dev.scimharness.report.FuzzRows;
import dev.scimharness.report.IdpRows;
import dev.scimharness.conformance.IdpHook;
import dev.scimharness.simulator.IdpRuns;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EmbedEvent;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestRunStarted;
import io.cucumber.plugin.event.TestSourceParsed;
import io.cucumber.plugin.event.TestStepFinished;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes {@code summary.json} and {@code summary.md} into the directory given as the plugin argument
 * ({@code dev.scimharness.steps.conformance.SummaryPlugin:reports}) and prints the closing counts line.
 */
public class SummaryPlugin implements ConcurrentEventListener {
  private final Path directory;
  private final Map<URI, String> featureNames = new ConcurrentHashMap<>();
  private final Map<TestCase, String> reasons = new ConcurrentHashMap<>();
  private final Map<TestCase, Outcome> endings = new ConcurrentHashMap<>();
  private final ScenarioIds ids = new ScenarioIds();
  private final Map<TestCase, String> exchanges = new ConcurrentHashMap<>();
  private final List<ScenarioResult> results = java.util.Collections.synchronizedList(new ArrayList<>());
  private long startNanos;
  private volatile RunSummary summary;

  public SummaryPlugin(String directory) {
    this.directory = Path.of(directory);
  }

  @Override
  public void setEventPublisher(EventPublisher publisher) {
    publisher.registerHandlerFor(TestRunStarted.class, e -> startNanos = System.nanoTime());
    publisher.registerHandlerFor(TestSourceParsed.class, this::featureName);
    publisher.registerHandlerFor(TestStepFinished.class, this::stepFinished);
    publisher.registerHandlerFor(EmbedEvent.class, this::embedded);
    publisher.registerHandlerFor(TestCaseFinished.class, this::caseFinished);
    publisher.registerHandlerFor(TestRunFinished.class, e -> finish());
  }

  private void featureName(TestSourceParsed e) {
    e.getNodes().stream().findFirst().flatMap(n -> n.getName()).ifPresent(name -> featureNames.put(e.getUri(), name));
  }

  private void stepFinished(TestStepFinished e) {
    Result r = e.getResult();
    if (r.getStatus() != Status.PASSED && !reasons.containsKey(e.getTestCase())) {
      reasons.put(e.getTestCase(), reason(r));
      ending(r.getError()).ifPresent(o -> endings.put(e.getTestCase(), o));
    }
  }

  private void embedded(EmbedEvent e) {
    if (Hooks.FAILED_EXCHANGE.equals(e.getName())) {
      exchanges.put(e.getTestCase(), new String(e.getData(), StandardCharsets.UTF_8));
    }
  }

  private void caseFinished(TestCaseFinished e) {
    TestCase tc = e.getTestCase();
    Outcome outcome = switch (e.getResult().getStatus()) {
      case PASSED -> Outcome.PASSED;
      // The first step that did not pass decides: a set-up that threw Blocked, a run that gave up (NotRun). Both
      // are aborted tests to Cucumber, so they arrive as skipped.
      case SKIPPED -> endings.getOrDefault(tc, ending(e.getResult().getError()).orElse(Outcome.SKIPPED));
      default -> endings.getOrDefault(tc, ending(e.getResult().getError()).orElse(Outcome.FAILED));
    };
    String reason = outcome == Outcome.PASSED ? null : reasons.getOrDefault(tc, reason(e.getResult()));
    String uri = relative(tc.getUri());
    results.add(new ScenarioResult(ids.of(tc.getUri(), uri, tc.getName(), tc.getLocation().getLine(), tc.getTags()),
        tc.getName(),
        featureNames.getOrDefault(tc.getUri(), uri), uri, tc.getLocation().getLine(), outcome, tc.getTags(), reason,
        outcome == Outcome.FAILED || outcome == Outcome.BLOCKED ? exchanges.get(tc) : null, e.getResult().getDuration().toMillis()));
  }

  private void finish() {
    Optional<TargetSession> session = Targets.current();
    // Before the sweep, so that it also finds what an interrupted fuzz left; nothing without -Dscim.fuzz.
    Optional<FuzzReport> fuzz = this instanceof QuietSummaryPlugin ? Optional.empty()
        : FuzzHook.afterSuite(session, directory);
    Optional<IdpRuns> idps = this instanceof QuietSummaryPlugin ? Optional.empty() : idps(session);
    session.ifPresent(TargetSession::sweep);
    long wall = (System.nanoTime() - startNanos) / 1_000_000;
    RunNotes notes = session.map(t -> new RunNotes(t.preflightFailure().orElse(null), t.gaveUp().orElse(null),
        t.namePrefix(), t.sweepResult().orElse(null))).orElse(RunNotes.NONE);
    Gate gate = gate();
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
    List<ScenarioResult> all = new ArrayList<>(uniqueIds(results));
    fuzz.ifPresent(f -> all.addAll(FuzzRows.of(f, FuzzOptions.fromSystem().map(o -> List.copyOf(o.kinds()))
        .orElse(List.of()))));
    idps.ifPresent(i -> all.addAll(IdpRows.of(i)));
    RunSummary run = gate.apply(new RunSummary(HarnessConfig.fromSystem().describe(), wall, all, notes), today);
    Verdict verdict = gate.verdict(run, today);
    summary = run;
    SummaryJson.write(run, directory.resolve("summary.json"));
    SummaryMarkdown.write(run, verdict, directory.resolve("summary.md"));
    coverage(run);
    fuzz.ifPresent(f -> FuzzMarkdown.appendSummary(f, directory.resolve("summary.md")));
    announce(run, verdict);
  }

  // The main job checked -Dscim.idps before the run (ConfigCheck); here a bad value only costs the IdP results.
  private Optional<IdpRuns> idps(Optional<TargetSession> session) {
    try {
      return IdpHook.afterSuite(session, directory);
    } catch (dev.scimharness.endpoint.ConfigException e) {
      System.err.println("[conformance] " + e.getMessage() + " (no IdP lifecycle run)");
      return Optional.empty();
    }
  }

  // The catalogue ships with the harness; if it cannot be read the other reports still stand.
  private void coverage(RunSummary run) {
    try {
      Coverage.write(run, Catalogue.shared(), directory.resolve("coverage.md"));
    } catch (RuntimeException unreadable) {
      System.err.println("[conformance] no coverage.md: " + unreadable.getMessage());
    }
  }

  // The main job checked these settings before the run (ConfigCheck); a run that set none gets no gate.
  private static Gate gate() {
    try {
      return Gate.fromSystem();
    } catch (dev.scimharness.endpoint.ConfigException e) {
      System.err.println("[conformance] " + e.getMessage() + " (no baseline or waivers applied)");
      return Gate.NONE;
    }
  }

  /** The results of the finished run; {@code null} before the run ends. */
  public RunSummary summary() {
    return summary;
  }

  /** Prints the verdict and the closing counts line; a quiet subclass prints nothing. */
  protected void announce(RunSummary run, Verdict verdict) {
    System.out.println();
    System.out.println("[conformance] " + run.target() + ": " + verdict.word() + " — " + verdict.explain()
        + "; wall time " + run.wallTime()
        + "; reports in " + directory.toAbsolutePath());
    System.out.println(run.countsLine());
  }

  // Two rows with the same cells would share an id; their line numbers keep them apart.
  private static List<ScenarioResult> uniqueIds(List<ScenarioResult> all) {
    List<ScenarioResult> sorted = new ArrayList<>(all);
    sorted.sort(java.util.Comparator.comparing(ScenarioResult::uri).thenComparingInt(ScenarioResult::line));
    Set<String> seen = new HashSet<>();
    Set<String> dup = new HashSet<>();
    sorted.forEach(s -> {
      if (!seen.add(s.id())) {
        dup.add(s.id());
      }
    });
    return sorted.stream().map(s -> dup.contains(s.id()) ? s.withId(s.id() + "#" + s.line()) : s).toList();
  }

  private static Optional<Outcome> ending(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof Blocked) {
        return Optional.of(Outcome.BLOCKED);
      }
      if (t instanceof NotRun) {
        return Optional.of(Outcome.NOT_RUN);
      }
    }
    return Optional.empty();
  }

  private static String reason(Result r) {
    Throwable t = r.getError();
    if (t == null) {
      return r.getStatus().name().toLowerCase(java.util.Locale.ROOT);
    }
    String msg = t.getMessage();
    return msg == null || msg.isBlank() ? t.getClass().getSimpleName() : msg;
  }

  static String relative(URI uri) {
    String s = uri.toString();
    int i = s.lastIndexOf("features/");
    return i >= 0 ? s.substring(i) : s;
  }
}
