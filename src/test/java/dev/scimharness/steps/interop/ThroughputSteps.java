package dev.scimharness.steps.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scimharness.simulator.Workload;
import dev.scimharness.simulator.WorkloadResult;
import dev.scimharness.simulator.WorkloadRun;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Duration;
import java.util.Locale;

/** Workloads: an initial sync, then a bounded stream of updates; what rate the target sustained. */
public final class ThroughputSteps {
  private final InteropWorld world;
  private Scenario scenario;

  public ThroughputSteps(InteropWorld world) {
    this.world = world;
  }

  @Before
  public void remember(Scenario s) {
    this.scenario = s;
  }

  @When("the {string} IdP syncs {int} users and {int} groups of {int} members, then sends {int} profile updates on {int} connections")
  public void workload(String dialect, int users, int groups, int members, int updates, int connections) {
    run(dialect, new Workload(users, groups, members, updates, 0, connections, Duration.ofSeconds(60)));
  }

  @When("the {string} IdP syncs {int} users and {int} groups of {int} members, then sends {int} profile updates at up to {int} requests per second on {int} connections")
  public void pacedWorkload(String dialect, int users, int groups, int members, int updates, int rate, int connections) {
    run(dialect, new Workload(users, groups, members, updates, rate, connections, Duration.ofSeconds(60)));
  }

  private void run(String dialect, Workload w) {
    WorkloadResult r = WorkloadRun.run(world.dialect(dialect), world.transport(), w);
    world.lastWorkload(r);
    scenario.log(String.format(Locale.ROOT, "%s: %d requests in %.2f s = %.1f requests/s; p50 %.1f ms, p99 %.1f ms; "
            + "sync %d requests, %d failed; %d failed updates; %d × 429", r.dialect(), r.requests(), r.seconds(),
        r.requestsPerSecond(), r.p50Millis(), r.p99Millis(), r.syncRequests(), r.syncFailures(), r.errors(), r.throttled()));
  }

  @Then("the target sustained at least {int} requests per second with no failed update")
  public void sustained(int rate) {
    WorkloadResult r = world.lastWorkload();
    assertEquals(0, r.syncFailures(), "sync failures");
    assertEquals(0, r.errors(), "failed updates: " + r.sampleErrors());
    assertTrue(r.requestsPerSecond() >= rate, String.format(Locale.ROOT,
        "the target sustained %.1f requests/s, below the %d the Entra gallery requires", r.requestsPerSecond(), rate));
  }
}
