package dev.scimharness.steps.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.scimharness.conformance.Targets;
import dev.scimharness.faults.Fault;
import dev.scimharness.report.FaultTable;
import dev.scimharness.report.RunSummary;
import dev.scimharness.report.ScenarioResult;
import dev.scimharness.steps.SuiteRun;
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
 * The harness proves it can fail: the suite runs in-process against the embedded reference server once clean
 * (every scenario must pass) and once per seeded {@link Fault} (at least one scenario must fail). A fault runs
 * against the feature files where it shows ({@link Fault#features()}); {@code -Dscim.faults.wholeSuite=true} runs
 * every fault against the whole suite instead. The fault → failing scenarios table goes to {@code reports/faults.md}.
 */
class FaultDetectionTest {
  // The fault runs check what the RFC requires or recommends; @may scenarios run in the clean run only.
  private static final String FAULT_TAGS = "@must or @should";
  private static final Map<String, RunSummary> RUNS = new LinkedHashMap<>();
  private static final boolean WHOLE_SUITE = Boolean.getBoolean("scim.faults.wholeSuite");
  private static long started;

  @BeforeAll
  static void onlyAgainstTheEmbeddedServer() {
    Assumptions.assumeTrue(System.getenv("SCIM_BASE_URL") == null && System.getProperty("scim.baseUrl") == null,
        "the fault self-test needs the embedded reference server; a remote target is configured");
  }

  @TestFactory
  Stream<DynamicTest> theCleanServerPassesEveryScenarioAndEverySeededFaultFailsOne() {
    started = System.nanoTime();
    List<DynamicTest> tests = new ArrayList<>();
    tests.add(DynamicTest.dynamicTest("the clean reference server passes every scenario", () -> {
      RunSummary run = run(null, "not @wip", Fault.WHOLE_SUITE);
      assertEquals(List.of(), names(run.failures()), "scenarios failing against the clean reference server");
      assertFalse(run.scenarios().isEmpty(), "no scenario ran");
    }));
    for (Fault fault : Fault.values()) {
      tests.add(DynamicTest.dynamicTest("the suite detects " + fault.name(), () -> {
        List<String> features = WHOLE_SUITE ? Fault.WHOLE_SUITE : fault.features();
        RunSummary run = run(fault, FAULT_TAGS, features);
        assertFalse(FaultTable.caught(run, RUNS.get("clean")).isEmpty(),
            "no scenario that passes against the clean server failed against fault " + fault + " (" + fault.rule() + ")");
      }));
    }
    return tests.stream();
  }

  @AfterAll
  static void writeTableAndStop() {
    Targets.closeCurrent();
    System.clearProperty("scim.fault");
    if (!RUNS.isEmpty()) {
      Map<String, String> rules = new LinkedHashMap<>();
      for (Fault f : Fault.values()) {
        rules.put(f.name(), f.rule());
      }
      long seconds = (System.nanoTime() - started) / 1_000_000_000L;
      FaultTable.write(RUNS, rules, (WHOLE_SUITE ? "Every fault ran against the whole suite"
          : "Each fault ran against the feature files where it shows (Fault.features(); -Dscim.faults.wholeSuite=true "
          + "runs the whole suite per fault)") + ", scenarios tagged " + FAULT_TAGS + "; the self-test took "
          + seconds + " s.", Path.of("reports", "faults.md"));
    }
  }

  private static RunSummary run(Fault fault, String tags, List<String> features) {
    String name = fault == null ? "clean" : fault.name();
    RunSummary summary = SuiteRun.named("fault-runs/" + name).tags(tags)
        .property("scim.fault", fault == null ? null : fault.name())
        .run(features);
    RUNS.put(name, summary);
    return summary;
  }

  private static List<String> names(List<ScenarioResult> results) {
    return results.stream().map(r -> r.uri() + ":" + r.line() + " " + r.name() + " — " + r.reason()).toList();
  }
}
