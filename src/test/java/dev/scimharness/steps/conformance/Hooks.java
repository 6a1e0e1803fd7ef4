package dev.scimharness.steps.conformance;

import dev.scimharness.conformance.Capability;
import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import org.junit.jupiter.api.Assumptions;

/** Skips scenarios for capabilities the target lacks, and cleans up after every scenario. */
public final class Hooks {
  /** The name under which the failing exchange is attached; the summary plugin picks it up by this name. */
  public static final String FAILED_EXCHANGE = "failed exchange";

  private final ScimWorld world;

  public Hooks(ScimWorld world) {
    this.world = world;
  }

  @Before(order = 10)
  public void skipUnsupportedCapabilities(Scenario scenario) {
    for (String tag : scenario.getSourceTagNames()) {
      Capability.fromTag(tag).flatMap(c -> world.capabilities().unsupported(c))
          .ifPresent(reason -> Assumptions.abort("skipped: " + reason));
    }
  }

  @After(order = 10)
  public void attachFailedExchangeAndCleanUp(Scenario scenario) {
    try {
      if (scenario.isFailed()) {
        world.lastIfAny().ifPresent(r -> scenario.attach(r.exchange().transcript(), "text/plain", FAILED_EXCHANGE));
      }
    } finally {
      world.cleanUp();
    }
  }
}
