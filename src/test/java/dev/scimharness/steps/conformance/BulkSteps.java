package dev.scimharness.steps.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.conformance.BodyPath;
import dev.scimharness.conformance.CircularBulk;
import dev.scimharness.conformance.Expect;
import dev.scimharness.endpoint.ScimResponse;
import dev.scimharness.scim.Json;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

  /**
   * RFC 7644 §3.7.3: past the failOnErrors limit the provider stops "failing the remaining operations returning
   * the response"; an operation it did not perform may be left out of the BulkResponse or listed as failed.
   */
  @Then("the bulk operation {string} is absent from the response or listed with a non-2xx status")
  public void notPerformed(String bulkId) {
    ScimResponse bulk = bulkResponse == null ? world.last() : bulkResponse;
    List<JsonNode> listed = BodyPath.select(bulk.json(), "Operations[bulkId eq \"" + bulkId + "\"]");
    for (JsonNode op : listed) {
      JsonNode status = Json.field(op, "status");
      String text = status == null ? "" : status.asText().trim();
      if (!text.matches("\\d{3}") || text.startsWith("2")) {
        throw Expect.fail(bulk, "bulk operation " + bulkId + " absent or with a non-2xx status", op.toString());
      }
    }
  }

  /** RFC 7644 §3.7.1: the operations of a cycle are created with each other as members, or answer 409. */
  @Then("the bulk operations {string} resolve their references to each other or answer 409")
  public void circular(String bulkIds) {
    ScimResponse bulk = bulkResponse == null ? world.last() : bulkResponse;
    Expect.status(bulk, 200);
    List<String> ids = List.of(bulkIds.split("\\s*,\\s*"));
    Map<String, String> statuses = CircularBulk.statuses(bulk.json(), ids);
    Map<String, JsonNode> created = new LinkedHashMap<>();
    statuses.forEach((id, status) -> {
      if (status.startsWith("2")) {
        created(id, id, "Groups");
        created.put(id, world.last().json());
      }
    });
    List<String> problems = CircularBulk.problems(ids, statuses, created);
    if (!problems.isEmpty()) {
      throw Expect.fail(bulk, "a cycle resolved or refused with 409 (RFC 7644 §3.7.1)", String.join("; ", problems));
    }
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

  /** RFC 7644 §3.7: "For normal completion, the server MAY elect to omit the response body." */
  @Then("the bulk operation {string}'s response body, where given, is {string}")
  public void responseBody(String bulkId, String alias) {
    ScimResponse bulk = bulkResponse == null ? world.last() : bulkResponse;
    JsonNode body = BodyPath.first(bulk.json(), "Operations[bulkId eq \"" + bulkId + "\"].response");
    if (body != null && !body.isNull()) {
      JsonNode id = dev.scimharness.scim.Json.field(body, "id");
      if (id == null || !id.asText().equals(world.id(alias))) {
        throw Expect.fail(bulk, "no response, or the created resource " + world.id(alias) + " for bulk operation "
            + bulkId, body.toString());
      }
    }
  }
}
