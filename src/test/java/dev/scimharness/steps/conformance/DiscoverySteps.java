package dev.scimharness.steps.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.conformance.ConformanceFailure;
import dev.scimharness.conformance.DiscoveryChecks;
import dev.scimharness.conformance.Expect;
import dev.scimharness.conformance.ListView;
import dev.scimharness.scim.Json;
import dev.scimharness.endpoint.ScimResponse;
import io.cucumber.java.en.Then;
import java.util.ArrayList;
import java.util.List;

/** The discovery endpoints, checked for form and for consistency with each other and with behaviour. */
public final class DiscoverySteps {
  private final ScimWorld world;

  public DiscoverySteps(ScimWorld world) {
    this.world = world;
  }

  @Then("the ServiceProviderConfig is well-formed")
  public void serviceProviderConfig() {
    ScimResponse r = world.send("GET", "/ServiceProviderConfig", null);
    Expect.status(r, 200);
    report(r, DiscoveryChecks.serviceProviderConfig(r.json()));
  }

  @Then("every schema served at {string} is well-formed")
  public void schemas(String path) {
    ScimResponse r = list(path);
    List<String> problems = new ArrayList<>();
    ListView.resources(r.json()).forEach(s -> problems.addAll(DiscoveryChecks.schema(s)));
    report(r, problems);
  }

  @Then("every resource type names schemas that {string} serves")
  public void resourceTypesConsistent(String schemasPath) {
    ScimResponse types = list("/ResourceTypes");
    ScimResponse schemas = list(schemasPath);
    report(types, DiscoveryChecks.resourceTypesAgainstSchemas(ListView.resources(types.json()),
        ListView.resources(schemas.json())));
  }

  @Then("every resource type's endpoint answers a ListResponse")
  public void endpointsAnswer() {
    ScimResponse types = list("/ResourceTypes");
    for (JsonNode rt : ListView.resources(types.json())) {
      JsonNode endpoint = Json.field(rt, "endpoint");
      if (endpoint == null) {
        throw Expect.fail(types, "an endpoint for every resource type", rt.toString());
      }
      ScimResponse r = world.send("GET", endpoint.asText() + "?count=1", null);
      Expect.listResponse(r);
    }
  }

  @Then("every resource type and schema is served by its id")
  public void servedById() {
    for (String path : List.of("/ResourceTypes", "/Schemas")) {
      ScimResponse all = list(path);
      for (JsonNode n : ListView.resources(all.json())) {
        JsonNode id = Json.field(n, "id");
        String key = path.equals("/ResourceTypes") && Json.field(n, "name") != null ? (id == null
            ? Json.field(n, "name").asText() : id.asText()) : String.valueOf(id == null ? null : id.asText());
        ScimResponse one = world.send("GET", path + "/" + key, null);
        Expect.status(one, 200);
        Expect.value(one, one.json(), "id", key);
      }
    }
  }

  /** A provider may leave an attribute out; one it defines must carry these characteristics (RFC 7643 §7). */
  @Then("if the schema defines attribute {string}, it has:")
  public void attributeCharacteristics(String attribute, java.util.Map<String, String> expected) {
    ScimResponse r = world.last();
    Expect.status(r, 200);
    JsonNode definition = DiscoveryChecks.attribute(r.json(), attribute);
    if (definition != null) {
      expected.forEach((characteristic, value) -> Expect.value(r, definition, characteristic, "~" + value));
    }
  }

  private ScimResponse list(String path) {
    ScimResponse r = world.send("GET", path, null);
    Expect.status(r, 200);
    if (r.json() == null) {
      throw Expect.fail(r, "a JSON body", "none");
    }
    return r;
  }

  private static void report(ScimResponse r, List<String> problems) {
    if (!problems.isEmpty()) {
      throw new ConformanceFailure(problems.size() + " problem(s) at " + r.exchange().uri() + ":\n  - "
          + String.join("\n  - ", problems));
    }
  }
}
