package dev.scimharness.steps.conformance;

import dev.scimharness.conformance.DefaultedFilter;
import dev.scimharness.conformance.Expect;
import dev.scimharness.conformance.ListView;
import dev.scimharness.endpoint.ScimResponse;
import dev.scimharness.scim.Json;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.List;
import java.util.Objects;

/** Attributes a create left out: what the create answered for them is what later reads and filters see. */
public final class DefaultedSteps {
  private final ScimWorld world;
  private DefaultedFilter probe;

  public DefaultedSteps(ScimWorld world) {
    this.world = world;
  }

  /** Reads the create's answer as the scenario tracked it, before any read refreshed it. */
  @When("the client filters Users for {string} by the {string} its create answered")
  public void filterByAnswered(String alias, String attribute) {
    Tracked t = world.tracked(alias);
    probe = DefaultedFilter.of(t.json(), Json.field(t.json(), "userName").asText(), attribute);
    world.send("GET", "/Users?filter=" + Query.value(probe.filter()), null);
  }

  @Then("the list holds {string} exactly when its create answered {string}")
  public void holdsWhenAnswered(String alias, String attribute) {
    ScimResponse r = world.last();
    Expect.listResponse(r);
    List<String> want = probe.answered() ? List.of(world.id(alias)) : List.of();
    List<String> got = ListView.ids(r.json());
    if (!got.equals(want)) {
      throw Expect.fail(r, (probe.answered() ? "exactly " + alias + " for " : "nothing for ") + probe.filter()
          + " (the create answered " + (probe.answered() ? "a value" : "no value") + " for " + attribute + ")",
          got.toString());
    }
  }

  /** RFC 7644 §3.3: a default the provider assigns is part of "the final resource representation". */
  @Then("{string} read back has {string} as its create answered it")
  public void readBackAsCreated(String alias, String attribute) {
    var created = Json.field(world.tracked(alias).json(), attribute);
    ScimResponse r = world.send("GET", world.address(alias), null);
    Expect.status(r, 200);
    var now = Json.field(r.json(), attribute);
    if (!Objects.equals(created, now)) {
      throw Expect.fail(r, attribute + " as the create answered it, " + created, String.valueOf(now));
    }
  }
}
