package dev.scimharness.steps.conformance;

import dev.scimharness.conformance.AdvertisedTypes;
import dev.scimharness.conformance.Capability;
import dev.scimharness.conformance.NotRun;
import dev.scimharness.conformance.TargetSession;
import dev.scimharness.conformance.Targets;
import dev.scimharness.scim.SchemaRegistry;
import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import io.cucumber.java.Status;
import org.junit.jupiter.api.Assumptions;

/**
 * Marks scenarios not run once the target is unusable, skips those for capabilities it lacks, and cleans up after
 * every scenario.
 */
public final class Hooks {
  /** The name under which the failing exchange is attached; the summary plugin picks it up by this name. */
  public static final String FAILED_EXCHANGE = "failed exchange";
  /** Scenarios about the optional Enterprise User extension (RFC 7643 §4.3) carry this tag. */
  static final String ENTERPRISE = "@enterprise";
  /** Scenarios about the resource types a target advertises beyond User and Group carry this tag. */
  static final String ADVERTISED_TYPES = "@advertisedTypes";

  private final ScimWorld world;

  public Hooks(ScimWorld world) {
    this.world = world;
  }

  /** Once the preflight refused the target or the run gave up on it, the remaining scenarios are not run. */
  @Before(order = 0)
  public void notRunWhenTheTargetIsUnusable() {
    Targets.current().flatMap(TargetSession::unusable).ifPresent(why -> {
      throw new NotRun(why);
    });
  }

  @Before(order = 10)
  public void skipUnsupportedCapabilities(Scenario scenario) {
    for (String tag : scenario.getSourceTagNames()) {
      Capability.fromTag(tag).flatMap(c -> world.capabilities().unsupported(c))
          .ifPresent(reason -> Assumptions.abort("skipped: " + reason));
    }
    if (scenario.getSourceTagNames().contains(ENTERPRISE)) {
      world.extensions().unadvertised("User", SchemaRegistry.ENTERPRISE_USER)
          .ifPresent(reason -> Assumptions.abort("skipped: " + reason));
    }
    if (scenario.getSourceTagNames().contains(ADVERTISED_TYPES)) {
      AdvertisedTypes.noneAdvertised(world.extensions()).ifPresent(reason -> Assumptions.abort("skipped: " + reason));
    }
  }

  @After(order = 10)
  public void attachFailedExchangeAndCleanUp(Scenario scenario) {
    try {
      // A blocked set-up ends as an aborted (skipped) test: its exchange says why as much as a failure's does.
      if (scenario.isFailed() || scenario.getStatus() == Status.SKIPPED) {
        world.lastIfAny().ifPresent(r -> scenario.attach(r.exchange().transcript(), "text/plain", FAILED_EXCHANGE));
      }
    } finally {
      cleanUp();
    }
  }

  // A target the run gave up on gets no more requests: what the scenario created is left to the sweep.
  private void cleanUp() {
    if (Targets.current().flatMap(TargetSession::unusable).isPresent()) {
      return;
    }
    try {
      world.cleanUp();
    } catch (NotRun gaveUpMeanwhile) {
      // The scenario's own result stands; the sweep deletes what is left.
    }
  }
}
