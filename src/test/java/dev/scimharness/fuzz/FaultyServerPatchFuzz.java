package dev.scimharness.fuzz;

import dev.scimharness.faults.Fault;
import dev.scimharness.faults.Faults;
import dev.scimharness.scim.Leniency;
import net.jqwik.api.AfterFailureMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/**
 * The fuzz property against a server with one seeded {@link Fault} switched on. It is meant to fail, so its name
 * keeps it out of {@code mvn test}'s selection; {@link PatchFuzzFindsSeededFaultsAcceptanceTest} runs it through
 * the JUnit Platform launcher and requires the failure.
 */
@AddLifecycleHook(FaultyServerPatchFuzz.OnlyWithAFault.class)
class FaultyServerPatchFuzz {
  static final int TRIES = 300;

  /** Set by the test before it launches this class. */
  static volatile Fault fault;
  static volatile Leniency leniency = Leniency.LENIENT;

  private static PatchFuzzTarget target;

  /** Selected by a pattern such as {@code -Dtest='*Fault*'} rather than launched with a fault: nothing to run. */
  static final class OnlyWithAFault implements SkipExecutionHook {
    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
      return fault == null ? SkipResult.skip("no fault was set by PatchFuzzFindsSeededFaultsAcceptanceTest")
          : SkipResult.doNotSkip();
    }
  }

  @BeforeContainer
  static void startServer() {
    target = PatchFuzzTarget.start(leniency, Faults.of(fault));
  }

  @AfterContainer
  static void stopServer() {
    if (target != null) {
      target.close();
      target = null;
    }
  }

  /** Groups only for a fault in the membership path; users and groups otherwise. */
  @Provide
  Arbitrary<PatchFuzzCase> cases() {
    return fault == Fault.PATCH_REMOVE_IGNORES_FILTER ? PatchFuzzCases.groups()
        : Arbitraries.oneOf(PatchFuzzCases.users(), PatchFuzzCases.groups());
  }

  /** Always from the fixed seed: a sample stored by the run for another fault must not decide this one. */
  @Property(tries = TRIES, seed = "3552099", edgeCases = EdgeCasesMode.NONE,
      afterFailure = AfterFailureMode.PREVIOUS_SEED)
  void theServerPatchesAsTheEngineDoes(@ForAll("cases") PatchFuzzCase c) {
    PatchFuzzCheck.check(target, c);
  }
}
