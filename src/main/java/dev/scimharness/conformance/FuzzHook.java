package dev.scimharness.conformance;

import dev.scimharness.fuzz.*;
import dev.scimharness.endpoint.HarnessConfig;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The fuzz step of the conformance run: after the last scenario and before the sweep, when {@code -Dscim.fuzz} or
 * {@code -Dscim.fuzz.replay} is given, fuzz the run's target and write {@code fuzz.md} and {@code fuzz.json} beside
 * the summary. Without either option it does nothing, so the run is what it was.
 */
public final class FuzzHook {
  private FuzzHook() {}

  public static Optional<FuzzReport> afterSuite(Optional<TargetSession> session, Path reports) {
    Optional<FuzzOptions> options = FuzzOptions.fromSystem();
    if (options.isEmpty()) {
      return Optional.empty();
    }
    FuzzOptions o = options.get();
    String target = HarnessConfig.fromSystem().describe();
    FuzzReport report;
    if (session.isEmpty()) {
      report = FuzzReport.notRun(target, o, "no target was opened");
    } else if (session.get().unusable().isPresent()) {
      report = FuzzReport.notRun(target, o, session.get().unusable().get());
    } else if (session.get().config().limits().readOnly()) {
      report = FuzzReport.notRun(target, o, "a read-only run writes nothing, and the fuzz creates resources");
    } else {
      TargetSession s = session.get();
      report = FuzzRun.run(s.client(), s.namePrefix(), target, o, reports);
    }
    FuzzJson.write(report, reports.resolve("fuzz.json"));
    FuzzMarkdown.write(report, reports.resolve("fuzz.md"));
    System.out.println("[conformance] " + report.explain() + "; see " + reports.resolve("fuzz.md"));
    return Optional.of(report);
  }
}
