package dev.scimharness.steps.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.conformance.BodyPath;
import dev.scimharness.conformance.Expect;
import dev.scimharness.endpoint.ScimResponse;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/** RFC 7644 §3.7: Bulk requests and the resources their operations create. */
public final class BulkSteps {
  private final ScimWorld world;
  private ScimResponse bulkResponse;

  public BulkSteps(ScimWorld world) {
    this.world = world;
  }

  @When("the client sends a bulk request with:")
  public void bulk(String body) {
    bulkResponse = world.send("POST", "/Bulk", body);
  }

  /** Names the resource a bulk operation created, by its bulkId, so later steps can read it back. */
  @Then("the bulk operation {string} created {string} in {string}")
  public void created(String bulkId, String alias, String collection) {
    // Read-backs in between replace the last response; the bulk answer is kept apart.
    ScimResponse bulk = bulkResponse == null ? world.last() : bulkResponse;
    JsonNode location = BodyPath.first(bulk.json(), "Operations[bulkId eq \"" + bulkId + "\"].location");
    if (location == null || location.asText().isBlank()) {
      throw Expect.fail(bulk, "a location for bulk operation " + bulkId, "none");
    }
    // The location names the resource; it is read at {base}/{type}/{id}, whatever host the target wrote.
    String address = dev.scimharness.conformance.Created.addressUnder(world.client().base(), bulk.requestUri(),
        location.asText()).orElseThrow(() -> Expect.fail(bulk, "a location ending in /{type}/{id} for bulk operation "
        + bulkId, location.toString()));
    ScimResponse r = world.send("GET", address, null);
    Expect.status(r, 200);
    world.track(alias, collection, r);
  }
}
