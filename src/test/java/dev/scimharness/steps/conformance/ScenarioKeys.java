package dev.scimharness.steps.conformance;

import dev.scimharness.record.ScenarioKey;
import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;

/**
 * Names the scenario under way on its thread ({@link ScenarioKey}) from its first hook to its last: its run id is
 * drawn from it, and a recording keys the scenario's exchanges by it.
 */
public final class ScenarioKeys {
  private String previous;

  @Before(order = -1)
  public void enter(Scenario scenario) {
    previous = ScenarioKey.enter(ScenarioKey.of(scenario.getUri().toString(), scenario.getLine()));
  }

  // After hooks run highest order first: this one last, after the clean-up's requests.
  @After(order = -1)
  public void leave() {
    ScenarioKey.restore(previous);
  }
}
