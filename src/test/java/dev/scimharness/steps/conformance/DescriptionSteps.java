package dev.scimharness.steps.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.conformance.ConformanceFailure;
import dev.scimharness.conformance.DiscoveryDescriptions;
import dev.scimharness.conformance.Expect;
import dev.scimharness.conformance.ListView;
import dev.scimharness.endpoint.ScimResponse;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;

/** What the discovery resources hold (RFC 7643 §5–§7), beyond their form, judged by {@link DiscoveryDescriptions}. */
public final class DescriptionSteps {
  private final ScimWorld world;

  public DescriptionSteps(ScimWorld world) {
    this.world = world;
  }

  @Then("every resource type at {string} has its required attributes")
  public void resourceTypesRequired(String path) {
    each(path, DiscoveryDescriptions::resourceTypeRequired);
  }

  @Then("every resource type at {string} has its optional attributes well-formed where given")
  public void resourceTypesOptional(String path) {
    each(path, DiscoveryDescriptions::resourceTypeOptional);
  }

  @Then("every schema at {string} lists the sub-attributes of each complex attribute")
  public void complexSubAttributes(String path) {
    each(path, DiscoveryDescriptions::complexWithSubAttributes);
  }

  @Then("every schema at {string} has its optional parts well-formed where given")
  public void schemasOptional(String path) {
    each(path, DiscoveryDescriptions::schemaOptional);
  }

  @Then("the schema is named {string} and it and each of its attributes are described")
  public void described(String name) {
    ScimResponse r = world.last();
    Expect.status(r, 200);
    report(r, DiscoveryDescriptions.coreSchemaDescribed(r.json(), name));
  }

  @Then("the ServiceProviderConfig's URLs are HTTP-addressable where given")
  public void urls() {
    ScimResponse r = world.last();
    Expect.status(r, 200);
    Assumptions.assumeTrue(DiscoveryDescriptions.serviceProviderUrlCount(r.json()) > 0,
        "skipped: the ServiceProviderConfig gives no documentationUri, specUri or scheme documentationUri");
    report(r, DiscoveryDescriptions.serviceProviderUrls(r.json()));
  }

  /** RFC 7643 §6 "If false, a resource of this type MAY omit this schema extension": only then does it apply. */
  @Given("the {word} resource type lists {string} as an extension that is not required")
  public void optionalExtension(String type, String urn) {
    ScimResponse r = world.send("GET", "/ResourceTypes/" + type, null);
    JsonNode ext = r.json() == null ? null : dev.scimharness.scim.Json.field(r.json(), "schemaExtensions");
    boolean optional = false;
    if (r.status() == 200 && ext != null && ext.isArray()) {
      for (JsonNode e : ext) {
        optional |= urn.equals(e.path("schema").asText()) && !e.path("required").asBoolean(true);
      }
    }
    Assumptions.assumeTrue(optional, "skipped: /ResourceTypes/" + type + " does not list " + urn
        + " with required false");
  }

  private void each(String path, Function<JsonNode, List<String>> check) {
    ScimResponse r = world.send("GET", path, null);
    Expect.status(r, 200);
    List<JsonNode> all = ListView.resources(r.json());
    if (all.isEmpty()) {
      throw Expect.fail(r, "a list with at least one entry (RFC 7644 §4)", "no Resources");
    }
    List<String> problems = new ArrayList<>();
    all.forEach(n -> problems.addAll(check.apply(n)));
    report(r, problems);
  }

  private static void report(ScimResponse r, List<String> problems) {
    if (!problems.isEmpty()) {
      throw new ConformanceFailure(problems.size() + " problem(s) at " + r.exchange().uri() + ":\n  - "
          + String.join("\n  - ", problems));
    }
  }
}
