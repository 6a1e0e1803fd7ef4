package dev.scimharness.steps.conformance;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.conformance.Blocked;
import dev.scimharness.conformance.Templates;
import dev.scimharness.conformance.RunNames;
import dev.scimharness.scim.Json;
import dev.scimharness.endpoint.ScimResponse;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import java.util.List;

/** Creating, reading, replacing, patching and deleting the resources a scenario refers to by alias. */
public final class ResourceSteps {
  private final ScimWorld world;

  public ResourceSteps(ScimWorld world) {
    this.world = world;
  }

  // ---- setup: must succeed, judged leniently (any 2xx with an id) -----------------------------------------

  @Given("a user {string}")
  public void aUser(String alias) {
    setup(alias, "Users", userBody(alias, null));
  }

  @Given("a user {string} with:")
  public void aUserWith(String alias, String overlay) {
    setup(alias, "Users", userBody(alias, overlay));
  }

  @Given("users {string}")
  public void users(String aliases) {
    Aliases.parse(aliases).forEach(this::aUser);
  }

  @Given("a group {string}")
  public void aGroup(String alias) {
    setup(alias, "Groups", groupBody(alias, List.of(), null));
  }

  @Given("a group {string} with members {string}")
  public void aGroupWithMembers(String alias, String members) {
    setup(alias, "Groups", groupBody(alias, Aliases.parse(members), null));
  }

  @Given("a group {string} with:")
  public void aGroupWith(String alias, String overlay) {
    setup(alias, "Groups", groupBody(alias, List.of(), overlay));
  }

  /** One resource in a collection, so that listing it has something to list. */
  @Given("a resource in {string}")
  public void aResourceIn(String collection) {
    switch (collection) {
      case "Users" -> aUser("listed");
      case "Groups" -> aGroup("listed");
      default -> throw new IllegalArgumentException("no template for a resource in " + collection);
    }
  }

  // ---- actions: the answer is what the scenario judges ----------------------------------------------------

  @When("the client creates a user {string}")
  public void createUser(String alias) {
    create(alias, "Users", userBody(alias, null));
  }

  @When("the client creates a user {string} with:")
  public void createUserWith(String alias, String overlay) {
    create(alias, "Users", userBody(alias, overlay));
  }

  @When("the client creates a user {string} from exactly:")
  public void createUserFromExactly(String alias, String body) {
    create(alias, "Users", world.fill(body));
  }

  @When("the client creates a group {string} with members {string}")
  public void createGroup(String alias, String members) {
    create(alias, "Groups", groupBody(alias, Aliases.parse(members), null));
  }

  @When("the client creates a group {string} with:")
  public void createGroupWith(String alias, String overlay) {
    create(alias, "Groups", groupBody(alias, List.of(), overlay));
  }

  @When("the client reads {string}")
  public void read(String alias) {
    world.refresh(alias, world.send("GET", world.address(alias), null));
  }

  @When("the client reads {string} with query {string}")
  public void readWithQuery(String alias, String query) {
    world.refresh(alias, world.send("GET", world.address(alias) + "?" + Query.encode(world.fill(query)), null));
  }

  @When("the client replaces {string} with:")
  public void replace(String alias, String body) {
    world.refresh(alias, world.send("PUT", world.address(alias), body));
  }

  /** Read-modify-write as Okta does it: the last representation with the given changes merged in. */
  @When("the client replaces {string} with its representation changed by:")
  public void replaceChanged(String alias, String overlay) {
    ObjectNode current = (ObjectNode) world.tracked(alias).json().deepCopy();
    ObjectNode body = Templates.merge(current, Json.parse(world.fill(overlay)));
    world.refresh(alias, world.send("PUT", world.address(alias), Json.write(body)));
  }

  @When("the client patches {string} with:")
  public void patch(String alias, String body) {
    world.refresh(alias, world.send("PATCH", world.address(alias), body));
  }

  @When("the client patches {string} with operations:")
  public void patchOperations(String alias, String operations) {
    String body = Json.write(Templates.patch(Json.parse(world.fill(operations))));
    world.refresh(alias, world.send("PATCH", world.address(alias), body));
  }

  @When("the client patches {string} with query {string} and operations:")
  public void patchOperationsWithQuery(String alias, String query, String operations) {
    String body = Json.write(Templates.patch(Json.parse(world.fill(operations))));
    String uri = world.address(alias) + "?" + Query.encode(world.fill(query));
    world.refresh(alias, world.send("PATCH", uri, body));
  }

  @When("the client deletes {string}")
  public void delete(String alias) {
    world.send("DELETE", world.address(alias), null);
  }

  // ---- helpers -------------------------------------------------------------------------------------------

  private String userBody(String alias, String overlay) {
    ObjectNode u = Templates.user(RunNames.userName(world.run(), alias), capitalised(alias));
    return Json.write(overlay == null ? u : Templates.merge(u, Json.parse(world.fill(overlay))));
  }

  private String groupBody(String alias, List<String> members, String overlay) {
    ObjectNode g = Templates.group(RunNames.groupName(world.run(), alias), world.ids(members));
    return Json.write(overlay == null ? g : Templates.merge(g, Json.parse(world.fill(overlay))));
  }

  private void setup(String alias, String collection, String body) {
    ScimResponse r = world.send("POST", "/" + collection, body);
    if (r.status() < 200 || r.status() > 299 || r.json() == null || Json.field(r.json(), "id") == null) {
      throw new Blocked("setup: creating " + collection + " '" + alias + "' failed with status " + r.status()
          + "; the scenario cannot be checked\n  " + r.redactedBody());
    }
    world.track(alias, collection, r);
  }

  private void create(String alias, String collection, String body) {
    ScimResponse r = world.send("POST", "/" + collection, body);
    if (r.status() >= 200 && r.status() < 300 && r.json() != null && Json.field(r.json(), "id") != null) {
      world.track(alias, collection, r);
    }
  }

  private static String capitalised(String alias) {
    return alias.isEmpty() ? alias : Character.toUpperCase(alias.charAt(0)) + alias.substring(1);
  }
}
