package dev.scimharness.steps.conformance;

import dev.scimharness.conformance.ConformanceFailure;
import dev.scimharness.conformance.Expect;
import dev.scimharness.conformance.ListView;
import dev.scimharness.conformance.UserAttributeChecks;
import dev.scimharness.endpoint.ScimResponse;
import io.cucumber.java.en.Then;
import java.util.List;

/** A User's name, displayName and groups as RFC 7643 §4.1 describes them, judged by {@link UserAttributeChecks}. */
public final class UserAttributeSteps {
  private final ScimWorld world;

  public UserAttributeSteps(ScimWorld world) {
    this.world = world;
  }

  @Then("{string} read back has its name as formatted {string}, as components {string} and {string}, or both")
  public void nameForms(String alias, String formatted, String given, String family) {
    ScimResponse r = readBack(alias);
    report(r, UserAttributeChecks.nameForms(r.json(), world.fill(formatted), world.fill(given), world.fill(family)));
  }

  @Then("{string} read back has a formatted name and components describing the same name")
  public void nameConsistent(String alias) {
    ScimResponse r = readBack(alias);
    report(r, UserAttributeChecks.nameConsistent(r.json()));
  }

  @Then("{string} read back gives as display of each email, phone number and instant messaging address the same value")
  public void displays(String alias) {
    ScimResponse r = readBack(alias);
    report(r, UserAttributeChecks.displays(r.json()));
  }

  @Then("{string} read back has no empty displayName")
  public void displayName(String alias) {
    ScimResponse r = readBack(alias);
    report(r, UserAttributeChecks.displayName(r.json()));
  }

  @Then("{string} read back lists {string} in groups by its id and the URI of the Group")
  public void groupReference(String alias, String group) {
    ScimResponse r = readBack(alias);
    report(r, UserAttributeChecks.groupReference(r.json(), world.id(group), r.requestUri()));
  }

  /** RFC 7643 §4.1.1 lets the provider support a password filter or not; a list must then be right. */
  @Then("the response is a SCIM error 400 or 403, or the list contains exactly {string}")
  public void refusedOrExactly(String alias) {
    ScimResponse r = world.last();
    if (r.status() == 400 || r.status() == 403) {
      return;
    }
    Expect.listResponse(r);
    List<String> ids = ListView.ids(r.json());
    if (!ids.equals(List.of(world.id(alias)))) {
      throw Expect.fail(r, "a refusal (400, 403) or a list of exactly " + alias, "the list " + ids);
    }
  }

  @Then("the response is a SCIM error 400, or {string} read back has {string} equal to one of {string}")
  public void refusedOrOneOf(String alias, String path, String values) {
    ScimResponse r = world.last();
    if (r.status() == 400) {
      return;
    }
    Expect.statusIn(r, java.util.Set.of(200, 201));
    ScimResponse back = readBack(alias);
    var node = dev.scimharness.conformance.BodyPath.first(back.json(), world.fill(path));
    List<String> allowed = List.of(world.fill(values).split(",\\s*"));
    if (node == null ? !allowed.contains("<absent>") : !allowed.contains(node.asText())) {
      throw Expect.fail(back, "\"" + path + "\" one of " + allowed, String.valueOf(node));
    }
  }

  private ScimResponse readBack(String alias) {
    ScimResponse r = world.send("GET", world.address(alias), null);
    Expect.status(r, 200);
    return r;
  }

  private static void report(ScimResponse r, List<String> problems) {
    if (!problems.isEmpty()) {
      throw new ConformanceFailure(String.join("; ", problems) + " (" + r.exchange().uri() + ")");
    }
  }
}
