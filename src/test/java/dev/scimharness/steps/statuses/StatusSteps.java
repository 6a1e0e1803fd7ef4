package dev.scimharness.steps.statuses;

import dev.scimharness.conformance.Blocked;
import dev.scimharness.conformance.ConformanceFailure;
import dev.scimharness.conformance.NotRun;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;

/** Steps that end a scenario each way there is, for {@code StatusMappingTest}. */
public class StatusSteps {
  @Given("the set-up works")
  public void works() {}

  @Given("the set-up is blocked")
  public void blocked() {
    throw new Blocked("could not create \"alice\": POST /Users answered 500");
  }

  @Given("the run gave up")
  public void gaveUp() {
    throw new NotRun("target unreachable since 2026-01-01T00:00:00Z");
  }

  @Then("the check holds")
  public void holds() {}

  @Then("the check does not hold")
  public void doesNotHold() {
    throw new ConformanceFailure("expected status 200, but got status 400");
  }
}
