package dev.scimharness.steps.interop;

import dev.scimharness.server.Profiles;
import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import org.junit.jupiter.api.Assumptions;

/** Attaches what broke a failed interop scenario; skips the sigma scenarios until that profile exists. */
public final class InteropHooks {
  private final InteropWorld world;

  public InteropHooks(InteropWorld world) {
    this.world = world;
  }

  @Before("@sigma-interop")
  public void needsTheSigmaProfile() {
    try {
      Profiles.named("sigma");
    } catch (IllegalArgumentException e) {
      Assumptions.abort("skipped: the reference server has no sigma profile yet");
    }
  }

  @After
  public void attachTheBreakingExchange(Scenario scenario) {
    if (scenario.isFailed()) {
      try {
        scenario.attach(Transcripts.of(world.lastStep()), "text/plain", "failed IdP step");
      } catch (IllegalStateException noStep) {
        // the scenario failed before any IdP step: nothing to attach
      }
    }
  }
}
