package dev.scimharness.steps.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.conformance.ConformanceFailure;
import dev.scimharness.conformance.DiscoveryChecks;
import dev.scimharness.conformance.DiscoveryConventions;
import dev.scimharness.conformance.Expect;
import dev.scimharness.conformance.ListView;
import dev.scimharness.conformance.ResourceTypeEndpoint;
import dev.scimharness.scim.Json;
import dev.scimharness.endpoint.ScimResponse;
import io.cucumber.java.en.Then;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

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
    ScimResponse r = world.getJson(path);
    List<String> problems = new ArrayList<>();
    nonEmpty(r);
    ListView.resources(r.json()).forEach(s -> problems.addAll(DiscoveryChecks.schema(s)));
    report(r, problems);
  }

  @Then("every resource type names schemas that {string} serves")
  public void resourceTypesConsistent(String schemasPath) {
    ScimResponse types = world.getJson("/ResourceTypes");
    ScimResponse schemas = world.getJson(schemasPath);
    report(types, DiscoveryChecks.resourceTypesAgainstSchemas(ListView.resources(types.json()),
        ListView.resources(schemas.json())));
  }

  @Then("every resource type's endpoint answers a ListResponse, or a discovery resource type its object")
  public void endpointsAnswer() {
    ScimResponse types = world.getJson("/ResourceTypes");
    nonEmpty(types);
    for (JsonNode rt : ListView.resources(types.json())) {
      JsonNode endpoint = Json.field(rt, "endpoint");
      if (endpoint == null) {
        throw Expect.fail(types, "an endpoint for every resource type", rt.toString());
      }
      ScimResponse r = world.send("GET", endpoint.asText() + "?count=1", null);
      ResourceTypeEndpoint.checkAnswer(r, rt);
    }
  }

  @Then("the response has an endpoint naming {string} relative to the base URL")
  public void endpointNames(String collection) {
    ScimResponse r = world.last();
    JsonNode endpoint = r.json() == null ? null : Json.field(r.json(), "endpoint");
    if (endpoint == null || !endpoint.isTextual() || !ResourceTypeEndpoint.names(endpoint.asText(), collection)) {
      throw Expect.fail(r, "\"endpoint\" \"" + collection + "\" or \"/" + collection + "\" (RFC 7643 §6)",
          "endpoint " + endpoint);
    }
  }

  @Then("every resource type and schema is served by its id")
  public void servedById() {
    for (String path : List.of("/ResourceTypes", "/Schemas")) {
      ScimResponse all = world.getJson(path);
      nonEmpty(all);
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

  /**
   * A provider may leave an attribute out; one it defines must carry these characteristics (RFC 7643 §7). A
   * schema or attribute the target does not define skips the row, since it checks nothing; an answer that is no
   * schema representation at all fails it.
   */
  @Then("if the schema defines attribute {string}, it has:")
  public void attributeCharacteristics(String attribute, java.util.Map<String, String> expected) {
    ScimResponse r = world.last();
    Assumptions.assumeFalse(r.status() == 404 && r.json() != null && r.json().isObject(),
        "skipped: the target serves no schema at " + r.exchange().uri() + " (404)");
    Expect.status(r, 200);
    JsonNode body = r.json();
    if (body == null || !body.isObject() || Json.field(body, "id") == null
        || Json.field(body, "attributes") == null || !Json.field(body, "attributes").isArray()) {
      throw Expect.fail(r, "a schema representation with \"id\" and \"attributes\" (RFC 7643 §7)",
          body == null ? "a body that is not JSON" : "JSON without them");
    }
    JsonNode definition = DiscoveryChecks.attribute(body, attribute);
    Assumptions.assumeTrue(definition != null, "skipped: the schema " + Json.field(body, "id").asText()
        + " defines no attribute " + attribute);
    expected.forEach((characteristic, value) -> Expect.value(r, definition, characteristic, "~" + value));
  }

  /** RFC 7644 §3.1: message schemas "SHALL NOT be discoverable using the "/Schemas" endpoint". */
  @Then("no listed schema has an id under {string}")
  public void noSchemaUnder(String prefix) {
    ScimResponse r = world.last();
    List<String> found = DiscoveryConventions.idsUnder(ListView.resources(r.json()), prefix);
    if (!found.isEmpty()) {
      throw Expect.fail(r, "no schema under " + prefix + " (RFC 7644 §3.1)", found.toString());
    }
  }

  /** RFC 7644 §3.2: endpoints SHOULD be the resource name pluralized "by appending an 's'". */
  @Then("every listed resource type but the discovery ones has its name with an \"s\" as its endpoint")
  public void pluralized() {
    ScimResponse r = world.last();
    nonEmpty(r);
    List<String> other = DiscoveryConventions.unpluralized(ListView.resources(r.json()));
    if (!other.isEmpty()) {
      throw Expect.fail(r, "every endpoint the resource name and an \"s\" (RFC 7644 §3.2)", other.toString());
    }
  }

  /** RFC 7644 §4: "Query parameters described in Section 3.4.2, such as filtering, sorting, and pagination, SHALL be ignored." */
  @Then("the list holds the same ids, in the same order, as GET {string} without parameters")
  public void sameAsPlain(String path) {
    ScimResponse withParams = world.last();
    nonEmpty(withParams);
    ScimResponse plain = world.getJson(path);
    List<String> want = ListView.ids(plain.json());
    List<String> got = ListView.ids(withParams.json());
    if (!got.equals(want)) {
      throw Expect.fail(withParams, "the list GET " + path + " answers, " + want + " (parameters ignored)",
          got.toString());
    }
  }


  // A check over every listed schema or resource type checks nothing when none is listed.
  private static void nonEmpty(ScimResponse r) {
    if (ListView.resources(r.json()).isEmpty()) {
      throw Expect.fail(r, "a list with at least one entry (RFC 7644 §4)", "no Resources");
    }
  }

  private static void report(ScimResponse r, List<String> problems) {
    if (!problems.isEmpty()) {
      throw new ConformanceFailure(problems.size() + " problem(s) at " + r.exchange().uri() + ":\n  - "
          + String.join("\n  - ", problems));
    }
  }
}
