package dev.scimharness.steps.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.conformance.Blocked;
import dev.scimharness.conformance.ConformanceFailure;
import dev.scimharness.conformance.Expect;
import dev.scimharness.conformance.ListView;
import dev.scimharness.conformance.ResourceAnswers;
import dev.scimharness.conformance.SchemaShapes;
import dev.scimharness.conformance.SchemasAttribute;
import dev.scimharness.endpoint.ScimResponse;
import dev.scimharness.scim.Json;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** The "schemas" attribute of resources (RFC 7643 §3, §3.3) and the schema definitions served at /Schemas. */
public final class SchemasSteps {
  private final ScimWorld world;

  public SchemasSteps(ScimWorld world) {
    this.world = world;
  }

  @Then("{string} read back has a non-empty {string} of distinct URIs")
  public void distinctUris(String alias, String ignored) {
    ScimResponse r = world.readBack(alias);
    report(r, SchemasAttribute.shapeProblems(r.json()));
  }

  @Then("every listed resource has a non-empty {string} of distinct URIs")
  public void listedDistinctUris(String ignored) {
    ScimResponse r = world.last();
    Expect.listResponse(r);
    List<String> problems = new ArrayList<>(SchemasAttribute.shapeProblems(r.json()));
    List<JsonNode> resources = ListView.resources(r.json());
    if (resources.isEmpty()) {
      throw Expect.fail(r, "a list holding at least the resource the scenario made", "no Resources");
    }
    resources.forEach(n -> SchemasAttribute.shapeProblems(n).forEach(p -> problems.add(Json.field(n, "id") + ": " + p)));
    report(r, problems);
  }

  /** A create with duplicate schema URIs may be refused; once taken, the resource must not repeat them. */
  @Then("the answer is a 400 error, or {string} read back has a non-empty {string} of distinct URIs")
  public void refusedOrDistinct(String alias, String ignored) {
    ScimResponse answer = world.last();
    if (answer.status() == 400) {
      Expect.scimError(answer, 400, null);
      return;
    }
    Expect.status(answer, 201);
    distinctUris(alias, ignored);
  }

  @Then("the answer is a 400 error, or {string} read back has {string} equal to {string}")
  public void refusedOrHas(String alias, String path, String expected) {
    ScimResponse answer = world.last();
    if (answer.status() == 400) {
      Expect.scimError(answer, 400, null);
      return;
    }
    Expect.status(answer, 201);
    ScimResponse r = world.readBack(alias);
    Expect.value(r, r.json(), world.fill(path), world.fill(expected));
  }

  @Then("{string} read back lists in {string} only what resource type {string} names")
  public void onlyResourceTypeSchemas(String alias, String ignored, String type) {
    JsonNode resourceType = resourceType(type);
    ScimResponse r = world.readBack(alias);
    List<String> allowed = SchemasAttribute.ofResourceType(resourceType);
    List<String> outside = SchemasAttribute.outside(r.json(), allowed);
    if (!outside.isEmpty()) {
      throw Expect.fail(r, "\"schemas\" within the schema and schemaExtensions of resource type " + type + " "
          + allowed + " (RFC 7643 §3)", "also " + outside);
    }
  }

  /** RFC 7643 §3.3 lets "schemas" name the extensions in use; where it does, their attributes are there. */
  @Then("if {string} read back lists {string} in {string}, it has {string} equal to {string}")
  public void ifListed(String alias, String urn, String ignored, String path, String expected) {
    ScimResponse r = world.readBack(alias);
    if (!Expect.containsText(Json.field(r.json(), "schemas"), urn)) {
      throw new Blocked("the target does not list " + urn + " in \"schemas\"; RFC 7643 §3.3 lets it leave it out");
    }
    Expect.value(r, r.json(), world.fill(path), world.fill(expected));
  }

  /** The first of the canonicalValues the User schema defines for {@code attribute}, for a create to use. */
  @Given("the first canonical value the User schema gives {string} is remembered as {string}")
  public void canonical(String attribute, String variable) {
    ScimResponse r = world.send("GET", "/Schemas/urn:ietf:params:scim:schemas:core:2.0:User", null);
    if (r.status() != 200 || r.json() == null) {
      throw new Blocked("the target serves no User schema (" + r.status() + ") to read canonicalValues from");
    }
    JsonNode values = definitionValues(r.json(), attribute);
    if (values == null || !values.isArray() || values.isEmpty() || !values.get(0).isTextual()) {
      throw new Blocked("the User schema defines no canonicalValues for " + attribute + " (RFC 7643 §2.4: MAY)");
    }
    world.set(variable, values.get(0).asText());
  }

  @Then("every schema served at {string} uses only the data types of RFC 7643 §2.3")
  public void dataTypes(String path) {
    eachSchema(path, SchemaShapes::unknownTypes);
  }

  @Then("no schema served at {string} has a complex sub-attribute")
  public void noNestedComplex(String path) {
    eachSchema(path, SchemaShapes::nestedComplex);
  }

  @Then("every schema served at {string} that lists a common attribute gives it the characteristics of RFC 7643 §3.1")
  public void commonAttributes(String path) {
    // A schema may leave the common attributes out (RFC 7643 §3.1), and then there is nothing to judge.
    ScimResponse r = world.getJson(path);
    org.junit.jupiter.api.Assumptions.assumeTrue(ListView.resources(r.json()).stream()
        .anyMatch(SchemaShapes::listsCommonAttribute), "skipped: no schema served at " + path
        + " lists a common attribute (id, externalId, meta), which RFC 7643 §3.1 allows");
    eachSchema(path, SchemaShapes::commonAttributeConflicts);
  }

  /** Each extension a resource type names against the resource type's base schema, both read from /Schemas. */
  @Then("no schema extension a resource type names redefines an attribute of its base schema")
  public void noRedefinitions() {
    ScimResponse types = world.getJson("/ResourceTypes");
    ScimResponse schemas = world.getJson("/Schemas");
    Map<String, JsonNode> byId = new HashMap<>();
    ListView.resources(schemas.json()).forEach(s -> byId.put(Json.field(s, "id") == null ? ""
        : Json.field(s, "id").asText().toLowerCase(Locale.ROOT), s));
    List<String> problems = new ArrayList<>();
    int pairs = 0;
    for (JsonNode rt : ListView.resources(types.json())) {
      List<String> named = SchemasAttribute.ofResourceType(rt);
      if (named.size() < 2) {
        continue;
      }
      JsonNode base = byId.get(named.get(0).toLowerCase(Locale.ROOT));
      for (String ext : named.subList(1, named.size())) {
        JsonNode extension = byId.get(ext.toLowerCase(Locale.ROOT));
        if (base != null && extension != null) {
          pairs++;
          problems.addAll(SchemaShapes.redefinitions(extension, base));
        }
      }
    }
    if (pairs == 0) {
      throw new Blocked("no resource type names a schema extension that /Schemas serves with its base schema");
    }
    report(schemas, problems);
  }

  private static JsonNode definitionValues(JsonNode schema, String attribute) {
    JsonNode definition = dev.scimharness.conformance.DiscoveryChecks.attribute(schema, attribute);
    return definition == null ? null : Json.field(definition, "canonicalValues");
  }

  private void eachSchema(String path, Function<JsonNode, List<String>> rule) {
    ScimResponse r = world.getJson(path);
    List<JsonNode> all = ListView.resources(r.json());
    if (all.isEmpty()) {
      throw Expect.fail(r, "a list with at least one schema (RFC 7644 §4)", "no Resources");
    }
    List<String> problems = new ArrayList<>();
    all.forEach(s -> problems.addAll(rule.apply(s)));
    report(r, problems);
  }

  private JsonNode resourceType(String name) {
    ScimResponse types = world.getJson("/ResourceTypes");
    for (JsonNode rt : ListView.resources(types.json())) {
      JsonNode n = Json.field(rt, "name");
      if (n != null && n.asText().equalsIgnoreCase(name)) {
        return rt;
      }
    }
    throw new Blocked("/ResourceTypes lists no resource type named " + name);
  }



  private static void report(ScimResponse r, List<String> problems) {
    if (!problems.isEmpty()) {
      throw new ConformanceFailure(problems.size() + " problem(s) at " + r.exchange().uri() + ":\n  - "
          + String.join("\n  - ", problems));
    }
  }
}
