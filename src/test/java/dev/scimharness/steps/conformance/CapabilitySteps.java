package dev.scimharness.steps.conformance;

import dev.scimharness.conformance.CapabilityProbe;
import dev.scimharness.conformance.ConformanceFailure;
import dev.scimharness.conformance.Expect;
import dev.scimharness.conformance.ListView;
import dev.scimharness.conformance.Templates;
import dev.scimharness.endpoint.ScimResponse;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/** Steps that depend on the limits and claims of the target's ServiceProviderConfig. */
public final class CapabilitySteps {
  // Beyond this a target's limit is not worth a request that large; the scenario is skipped instead.
  private static final long LARGEST_PROBED_LIMIT = 10_000;
  private final ScimWorld world;
  private long limit;

  public CapabilitySteps(ScimWorld world) {
    this.world = world;
  }

  @When("the client sends a bulk request with one operation more than bulk.maxOperations")
  public void tooManyBulkOperations() {
    limit = declared("bulk", "maxOperations");
    StringBuilder ops = new StringBuilder();
    for (long i = 0; i <= limit; i++) {
      ops.append(i == 0 ? "" : ",").append("{\"method\":\"DELETE\",\"path\":\"/Users/no-such-").append(world.run())
          .append('-').append(i).append("\"}");
    }
    world.send("POST", "/Bulk",
        "{\"schemas\":[\"" + Templates.BULK_REQUEST + "\"],\"Operations\":[" + ops + "]}");
  }

  @When("the client asks for one more resource than filter.maxResults")
  public void moreThanMaxResults() {
    limit = declared("filter", "maxResults");
    world.send("GET", "/Users?count=" + (limit + 1), null);
  }

  @Then("the list holds at most filter.maxResults resources")
  public void atMostMaxResults() {
    ScimResponse r = world.last();
    int n = ListView.resources(r.json()).size();
    if (n > limit) {
      throw Expect.fail(r, "at most " + limit + " Resources (filter.maxResults)", n + " Resources");
    }
  }

  @Then("every capability the ServiceProviderConfig claims is not answered 501")
  public void claimsHold() {
    List<String> problems = CapabilityProbe.claimedButRefused(world.client(), world.capabilities(), world.run());
    if (!problems.isEmpty()) {
      throw new ConformanceFailure(String.join("\n", problems));
    }
  }

  @Then("the response is the subject's resource or a SCIM error 501 or 404")
  public void meAnswer() {
    ScimResponse r = world.last();
    if (r.status() == 200) {
      Expect.value(r, r.json(), "id", "<string>");
    } else {
      Expect.scimError(r, r.status() == 404 ? 404 : 501, null);
    }
  }

  @Then("the response is successful or a SCIM error 501, 404 or 400")
  public void meWriteAnswer() {
    ScimResponse r = world.last();
    if (r.status() < 200 || r.status() > 299) {
      Expect.statusIn(r, java.util.Set.of(501, 404, 400));
      Expect.scimError(r, r.status(), null);
    }
  }

  private long declared(String attribute, String sub) {
    long value = world.capabilities().number(attribute, sub)
        .orElseThrow(() -> new ConformanceFailure("the ServiceProviderConfig declares no " + attribute + "." + sub));
    Assumptions.assumeTrue(value <= LARGEST_PROBED_LIMIT,
        "skipped: " + attribute + "." + sub + " = " + value + " is too large to exceed in a test");
    return value;
  }
}
