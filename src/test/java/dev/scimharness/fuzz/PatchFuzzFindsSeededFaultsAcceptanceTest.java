package dev.scimharness.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.launcher.EngineFilter.includeEngines;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

import dev.scimharness.server.Fault;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The fuzz can fail: with a PATCH fault seeded into the reference server, the same property (run by jqwik through the
 * JUnit Platform launcher, fixed seed, bounded tries) finds a counterexample, shrinks it, and says what is wrong.
 */
class PatchFuzzFindsSeededFaultsAcceptanceTest {

  @ParameterizedTest
  @EnumSource(value = Fault.class, names = {"PATCH_NOT_APPLIED", "PATCH_REMOVE_IGNORES_FILTER"})
  void thePatchFuzzFindsACounterexampleWhenTheServerHasAPatchFault(Fault fault) {
    FaultyServerPatchFuzz.fault = fault;
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    LauncherFactory.create().execute(request().selectors(selectClass(FaultyServerPatchFuzz.class))
        .filters(includeEngines("jqwik")).build(), listener);

    TestExecutionSummary summary = listener.getSummary();
    assertEquals(1, summary.getTestsFoundCount(), "the fuzz property was not found");
    assertEquals(1, summary.getTestsFailedCount(), "the fuzz found no counterexample for " + fault);
    Throwable failure = summary.getFailures().get(0).getException();
    String message = String.valueOf(failure.getMessage());
    assertTrue(message.contains("the resource read back is not what the oracle gives"), message);
    assertFalse(message.contains("5xx"), message);
    if (fault == Fault.PATCH_REMOVE_IGNORES_FILTER) {
      assertTrue(message.contains("members[value eq"), message);
    }
  }
}
