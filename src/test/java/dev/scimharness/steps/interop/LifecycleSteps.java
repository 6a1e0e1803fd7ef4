package dev.scimharness.steps.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scimharness.scim.Leniency;
import dev.scimharness.simulator.Lifecycle;
import dev.scimharness.simulator.LifecycleResult;
import dev.scimharness.simulator.LifecycleStep;
import dev.scimharness.simulator.Outcome;
import dev.scimharness.simulator.ReferenceTarget;
import dev.scimharness.simulator.SimulatorRun;
import dev.scimharness.simulator.StepLint;
import dev.scimharness.simulator.StepResult;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** One lifecycle step of one IdP dialect against the reference server, and its outcome. */
public final class LifecycleSteps {
  private final InteropWorld world;

  public LifecycleSteps(InteropWorld world) {
    this.world = world;
  }

  @Given("the reference server in {word} mode")
  public void referenceServer(String mode) {
    world.useReferenceServer(Leniency.valueOf(mode.toUpperCase(Locale.ROOT)));
  }

  /** The hook for the sigma profile: {@code @sigma-interop} scenarios are skipped until it exists. */
  @Given("the reference server with the {string} profile")
  public void referenceServerWithProfile(String profile) {
    world.useProfile(profile);
  }

  @When("the {string} IdP takes the lifecycle step {string}")
  public void takeStep(String dialect, String step) {
    LifecycleStep s = LifecycleStep.of(step);
    LifecycleResult r = Lifecycle.run(world.dialect(dialect), world.transport(), EnumSet.of(s),
        SimulatorRun.Options.DEFAULT);
    world.lastLifecycle(r);
    world.lastStep(r.step(s).orElseThrow());
  }

  @When("the {string} IdP runs its whole lifecycle")
  public void wholeLifecycle(String dialect) {
    LifecycleResult r = Lifecycle.run(world.dialect(dialect), world.transport());
    world.lastLifecycle(r);
    r.steps().stream().filter(StepResult::failed).findFirst().or(() -> r.steps().stream().findFirst())
        .ifPresent(world::lastStep);
  }

  @Then("the step passes")
  public void passes() {
    StepResult r = world.lastStep();
    assertEquals(Outcome.PASS, r.outcome(), Transcripts.of(r));
  }

  @Then("the step is not applicable")
  public void notApplicable() {
    StepResult r = world.lastStep();
    assertEquals(Outcome.NOT_APPLICABLE, r.outcome(), Transcripts.of(r));
  }

  /**
   * A strict server refuses the request and may not lint it; the same step against the lenient server, which
   * accepts and lints it, then names the rule (see {@link StepLint}).
   */
  @Then("the step fails, and the request lint names {string}")
  public void failsNaming(String rule) {
    StepResult r = world.lastStep();
    assertEquals(Outcome.FAIL, r.outcome(), Transcripts.of(r));
    StepLint lint = StepLint.of(r, () -> Optional.of(Lifecycle.run(world.dialect(world.lastLifecycle().dialect()),
            ReferenceServers.in(Leniency.LENIENT).transport(), EnumSet.of(r.step()), SimulatorRun.Options.DEFAULT))
        .flatMap(l -> l.step(r.step())), ReferenceTarget.label(Leniency.LENIENT));
    assertTrue(lint.rules().contains(rule), "expected the lint rule " + rule + ", the lint named " + lint.rules()
        + (lint.source().isEmpty() ? "" : " (" + lint.source() + ")") + "\n" + Transcripts.of(r));
  }

  @Then("every step it takes passes")
  public void everyStepPasses() {
    LifecycleResult r = world.lastLifecycle();
    assertEquals("", r.failures().stream().map(Transcripts::of).collect(Collectors.joining("\n\n")));
  }
}
