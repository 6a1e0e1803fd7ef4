package dev.scimharness.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.launcher.EngineFilter.includeEngines;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

import dev.scimharness.faults.Fault;
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
  @EnumSource(value = Fault.class, names = {"PATCH_NOT_APPLIED", "PATCH_REMOVE_IGNORES_FILTER",
      "PATCH_REPLACE_IGNORES_FILTER", "PATCH_RETURNS_STALE_RESOURCE", "PATCH_MUTABILITY_NOT_ENFORCED"})
  void thePatchFuzzFindsACounterexampleWhenTheServerHasAPatchFault(Fault fault) {
    FaultyServerPatchFuzz.fault = fault;
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    try {
      LauncherFactory.create().execute(request().selectors(selectClass(FaultyServerPatchFuzz.class))
          .filters(includeEngines("jqwik")).build(), listener);
    } finally {
      FaultyServerPatchFuzz.fault = null;
    }

    TestExecutionSummary summary = listener.getSummary();
    assertEquals(1, summary.getTestsFoundCount(), "the fuzz property was not found");
    assertEquals(1, summary.getTestsFailedCount(), "the fuzz found no counterexample for " + fault);
    String message = String.valueOf(summary.getFailures().get(0).getException().getMessage());
    assertTrue(message.contains(symptom(fault)), message);
    assertFalse(message.contains("5xx"), message);
  }

  /** What the check must say about each fault, so a failure for another reason does not count. */
  private static String symptom(Fault fault) {
    return switch (fault) {
      case PATCH_RETURNS_STALE_RESOURCE -> "the 200 response body is not the resource read back";
      case PATCH_MUTABILITY_NOT_ENFORCED -> "scimType mutability but got 200";
      case PATCH_REMOVE_IGNORES_FILTER -> "\"op\":\"remove\",\"path\":\"members[value eq";
      case PATCH_REPLACE_IGNORES_FILTER -> "\"op\":\"replace\",\"path\":";
      default -> "the resource read back is not what the oracle gives";
    };
  }
}
