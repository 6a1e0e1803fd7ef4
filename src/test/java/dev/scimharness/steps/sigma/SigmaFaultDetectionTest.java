package dev.scimharness.steps.sigma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.scimharness.report.FaultTable;
import dev.scimharness.report.RunSummary;
import dev.scimharness.sigma.SigmaFault;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The sigma features prove they can fail: they run against the sigma profile once clean (every scenario passes) and
 * once per {@link SigmaFault}, on the feature files where it shows ({@link SigmaFault#features()}); each fault must
 * fail a scenario that passes clean. The fault → failing scenarios table goes to {@code reports/sigma-faults.md}.
 */
class SigmaFaultDetectionTest {
  private static final String TAGS = "@sigma";
  private static final Map<String, RunSummary> RUNS = new LinkedHashMap<>();
  private static long started;

  @BeforeAll
  static void onlyAgainstTheEmbeddedServer() {
    Assumptions.assumeFalse(SigmaRuns.remoteTargetConfigured(),
        "the sigma fault self-test needs the embedded server's sigma profile; a remote target is configured");
  }

  @TestFactory
  Stream<DynamicTest> theCleanProfilePassesEverySigmaScenarioAndEverySigmaFaultFailsOne() {
    started = System.nanoTime();
    List<DynamicTest> tests = new ArrayList<>();
    tests.add(DynamicTest.dynamicTest("the clean sigma profile passes every @sigma scenario", () -> {
      RunSummary run = run(null, List.of("features/sigma"));
      assertEquals(List.of(), run.failures().stream().map(r -> r.uri() + ":" + r.line() + " " + r.name()).toList(),
          "scenarios failing against the clean sigma profile");
      assertFalse(run.scenarios().isEmpty(), "no scenario ran");
    }));
    for (SigmaFault fault : SigmaFault.values()) {
      tests.add(DynamicTest.dynamicTest("the sigma features detect " + fault.name(), () -> {
        RunSummary run = run(fault, fault.features());
        assertFalse(FaultTable.caught(run, RUNS.get("clean")).isEmpty(), "no scenario that passes against the clean"
            + " sigma profile failed with " + fault + " (the guide: \"" + fault.guide() + "\")");
      }));
    }
    return tests.stream();
  }

  @AfterAll
  static void writeTable() {
    if (RUNS.isEmpty()) {
      return;
    }
    Map<String, String> guide = new LinkedHashMap<>();
    for (SigmaFault f : SigmaFault.values()) {
      guide.put(f.name(), "the guide: \"" + f.guide() + "\"");
    }
    long millis = (System.nanoTime() - started) / 1_000_000L;
    FaultTable.write(RUNS, guide, "Sigma faults (-Dscim.sigmaFault=NAME) against the sigma profile: each ran against"
        + " the sigma feature files where it shows (SigmaFault.features()), scenarios tagged " + TAGS
        + "; the self-test took " + millis / 1000 + " s.", Path.of("reports", "sigma-faults.md"));
  }

  private static RunSummary run(SigmaFault fault, List<String> features) {
    String name = fault == null ? "clean" : fault.name();
    RunSummary summary = SigmaRuns.withSigmaFault("sigma-faults/" + name, "sigma",
        fault == null ? null : fault.name(), TAGS, features);
    RUNS.put(name, summary);
    return summary;
  }
}
