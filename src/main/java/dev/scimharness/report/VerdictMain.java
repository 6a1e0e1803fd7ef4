package dev.scimharness.report;

import dev.scimharness.endpoint.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The last step of the conformance build: reads {@code reports/summary.json}, prints the closing line and ends the
 * build with the {@link ExitCode} of the verdict.
 */
public final class VerdictMain {
  private VerdictMain() {}

  public static void main(String[] args) {
    Decision d = decide(Path.of(args.length > 0 ? args[0] : "reports/summary.json"));
    switch (d.code()) {
      case PASS -> { }
      // An exception, not System.exit: Maven then ends with its own BUILD FAILURE, total time and exit code 1.
      case MUST_FAILURES -> throw new ConformanceVerdictException(d.why());
      default -> System.exit(d.code().code());
    }
  }

  /** The exit code of a run and, when it fails, why in a few words. */
  public record Decision(ExitCode code, String why) {}

  /**
   * Reads the summary, applies the gate (baseline and waivers), prints the closing lines and decides; shared by the
   * main job and the jar's {@code test} command.
   */
  public static Decision decide(Path summary) {
    if (!Files.isRegularFile(summary)) {
      System.err.println("[conformance] no " + summary + ": the suite did not run to its end (see the output above).");
      return new Decision(ExitCode.MUST_FAILURES, "the suite did not run to its end");
    }
    Gate gate;
    try {
      gate = Gate.fromSystem();
    } catch (ConfigException e) {
      System.err.println("[conformance] " + e.getMessage());
      return new Decision(ExitCode.USAGE_ERROR, e.getMessage());
    }
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    RunSummary run = gate.apply(SummaryJson.read(summary), today);
    Verdict verdict = gate.verdict(run, today);
    if (gate.updateBaseline()) {
      Path to = gate.baselineFile().orElseThrow();
      SummaryJson.write(run, to);
      System.out.println("[conformance] baseline written: " + to.toAbsolutePath() + " (" + run.countsLine() + ")");
    }
    for (String problem : verdict.waiverProblems()) {
      System.out.println("[conformance] " + problem);
    }
    for (ScenarioResult s : verdict.mustFailures()) {
      System.out.println("[conformance] MUST failed: " + s.feature() + " — " + s.name());
    }
    for (ScenarioResult s : verdict.regressions()) {
      System.out.println("[conformance] regression: " + s.feature() + " — " + s.name());
    }
    System.out.println("[conformance] " + run.target() + ": " + verdict.word() + " — " + verdict.explain()
        + "; wall time " + run.wallTime() + "; reports in " + summary.toAbsolutePath().getParent());
    System.out.println(run.countsLine());
    ExitCode code = FuzzVerdict.apply(verdict.exitCode(), summary.toAbsolutePath().getParent(), run);
    Certificates.write(run, verdict, code, gate, summary.toAbsolutePath().getParent());
    switch (code) {
      case PASS -> { }
      case MUST_FAILURES -> { }
      default -> System.err.println("[conformance] exit " + code.code() + " ("
          + code.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + "): " + code.meaning());
    }
    return new Decision(code, code != ExitCode.MUST_FAILURES ? code.meaning() : verdict.passes()
        ? "the fuzz found what no conformant server does (see reports/fuzz.md)"
        : verdict.explain() + " (see reports/summary.md)");
  }
}
