package dev.scimharness.steps.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.conformance.BodyPath;
import dev.scimharness.conformance.Expect;
import dev.scimharness.conformance.PaginationConfig;
import dev.scimharness.endpoint.ScimResponse;
import dev.scimharness.scim.Json;
import io.cucumber.java.en.Then;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/** What RFC 9865 leaves OPTIONAL: checked where a target does it, skipped where it does not. */
public final class PaginationOptionSteps {
  private final ScimWorld world;

  public PaginationOptionSteps(ScimWorld world) {
    this.world = world;
  }

  /** RFC 9865 §2: providers "unable to estimate totalResults MAY choose to omit the totalResults attribute". */
  @Then("if the response has {string}, it is {string}")
  public void ifPresent(String path, String expected) {
    ScimResponse r = world.last();
    if (BodyPath.first(r.json(), path) != null) {
      Expect.value(r, r.json(), path, world.fill(expected));
    }
  }

  /** RFC 9865 §4: the OPTIONAL {@code pagination} and its OPTIONAL sub-attributes, where stated, as §4 defines them. */
  @Then("the ServiceProviderConfig's {string}, where stated, is well-formed")
  public void optionalWellFormed(String path) {
    ScimResponse r = world.last();
    Assumptions.assumeTrue(BodyPath.first(r.json(), path) != null, "skipped: the configuration states no " + path
        + " (OPTIONAL, RFC 9865 §4)");
    List<String> problems = PaginationConfig.of(r.json()).problemsOf(path);
    if (!problems.isEmpty()) {
      throw Expect.fail(r, path + " as RFC 9865 §4 defines it", String.join("; ", problems));
    }
  }

  /** RFC 9865 §4: a provider "implementing cursor-based pagination SHOULD include" {@code pagination}. */
  @Then("where the answer pages by cursor, the ServiceProviderConfig claims pagination.cursor")
  public void advertised() {
    ScimResponse page = world.last();
    JsonNode next = page.status() == 200 ? Json.field(page.json(), "nextCursor") : null;
    Assumptions.assumeTrue(next != null, "skipped: the target answered no cursor page (status " + page.status()
        + "), so it does not show that it implements cursor pagination");
    ScimResponse spc = world.send("GET", "/ServiceProviderConfig", null);
    Expect.status(spc, 200);
    Expect.value(spc, spc.json(), "pagination.cursor", "true");
  }
}
