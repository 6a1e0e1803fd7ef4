package dev.scimharness.steps.conformance;

import dev.scimharness.conformance.Expect;
import dev.scimharness.conformance.LocationChecks;
import dev.scimharness.conformance.LocationChecks.Source;
import dev.scimharness.endpoint.ScimResponse;
import io.cucumber.java.en.Then;

/**
 * The location scenarios: what the last answer's {@code Location} header or {@code meta.location} says about where
 * the resource lives. No request is sent to a location; the resource is read at {@code {base}/{type}/{id}}.
 */
public final class LocationSteps {
  private final ScimWorld world;

  public LocationSteps(ScimWorld world) {
    this.world = world;
  }

  @Then("the response's {string} is under the base URL")
  public void underBase(String reference) {
    LocationChecks.underBase(world.last(), Source.named(reference), world.client().base());
  }

  /** It ends in /{type}/{id}, and {base}/{type}/{id} serves the resource with that id. */
  @Then("the response's {string} names {string}")
  public void names(String reference, String alias) {
    ScimResponse answer = world.last();
    Tracked t = world.tracked(alias);
    LocationChecks.endsWith(answer, Source.named(reference), t.collection(), world.id(alias));
    ScimResponse read = world.send("GET", t.address(), null);
    Expect.status(read, 200);
    Expect.value(read, read.json(), "id", world.id(alias));
  }

  @Then("the response's {string} is an absolute URI")
  public void absolute(String reference) {
    LocationChecks.absolute(world.last(), Source.named(reference));
  }

  @Then("the response's Location header and meta.location are the same URI")
  public void same() {
    LocationChecks.same(world.last());
  }
}
