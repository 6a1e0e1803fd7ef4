package dev.scimharness.steps.sigma;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import org.junit.jupiter.api.Assumptions;

/** Skips @control scenarios when the target has no Sigma admin controls; checks no refusal went unnoticed. */
public final class SigmaHooks {
  private final SigmaWorld world;

  public SigmaHooks(SigmaWorld world) {
    this.world = world;
  }

  @Before(value = "@control", order = 20)
  public void requireControls() {
    if (world.control().isEmpty()) {
      Assumptions.abort("skipped: @control scenarios drive the organisation through the sigma profile's in-process"
          + " admin controls, which only an embedded server with -Dscim.profile=sigma offers");
    }
  }

  @After(value = "@sigma", order = 20)
  public void noUnnoticedRefusal() {
    try {
      world.requireRefusalSeen();
    } finally {
      world.close();
    }
  }
}
