package dev.scimharness.steps.conformance;

import dev.scimharness.conformance.Expect;
import dev.scimharness.endpoint.ScimResponse;
import dev.scimharness.scim.Json;
import io.cucumber.java.en.Then;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;

/**
 * Features RFC 7644 leaves to the provider (a MAY) that a MUST scenario rests on: where the target shows it lacks
 * one, the scenario is skipped with the answer that says so, never failed.
 */
public final class OptionalFeatureSteps {
  /** What a target without a root query endpoint answers: no such resource, no such method, not implemented. */
  private static final Set<Integer> NO_ENDPOINT = Set.of(404, 405, 501);

  private final ScimWorld world;

  public OptionalFeatureSteps(ScimWorld world) {
    this.world = world;
  }

  /** RFC 7644 §3.4.2.1: "Queries MAY be performed against [...] a SCIM server root." */
  @Then("the target answers queries at its root")
  public void rootQueries() {
    ScimResponse r = world.last();
    Assumptions.assumeFalse(NO_ENDPOINT.contains(r.status()), "skipped: the target answers a query at its root "
        + r.status() + ", so it offers none (RFC 7644 §3.4.2.1 makes it a MAY)");
  }

  /** RFC 7644 §3.4.2.2: "Service providers MAY support complex filters"; one that does not refuses them 400. */
  @Then("the target answers [ ] filters")
  public void complexFilters() {
    ScimResponse r = world.last();
    var type = Json.field(r.json(), "scimType");
    Assumptions.assumeFalse(r.status() == 400 && type != null && type.asText().equals("invalidFilter"),
        "skipped: the target refuses the [ ] filter as invalidFilter, so it does not support complex filters"
            + " (a MAY of RFC 7644 §3.4.2.2)");
    Expect.listResponse(r);
  }

  /** RFC 7232 §2.3: a weak entity tag starts with "W/". */
  @Then("the ETag {string} is weak, or the scenario is skipped")
  public void weakEtag(String tag) {
    String t = world.fill(tag);
    Assumptions.assumeTrue(t.startsWith("W/"), "skipped: the target's ETag " + t + " is strong, and weak ones are"
        + " its option (RFC 7644 §3.14)");
  }
}
