package dev.scimharness.steps.conformance;

import dev.scimharness.conformance.Templates;
import dev.scimharness.endpoint.Auth;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.MessageUrns;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;

/** Plain HTTP requests written out in the feature: method, path (relative to the base URL) and body. */
public final class HttpSteps {
  private final ScimWorld world;

  public HttpSteps(ScimWorld world) {
    this.world = world;
  }

  @Given("the next request carries header {string} with value {string}")
  public void header(String name, String value) {
    world.stageHeader(name, value);
  }

  @When("the client sends {word} {string}")
  public void send(String method, String path) {
    world.send(method, path, null);
  }

  @When("the client sends {word} {string} with body:")
  public void sendWithBody(String method, String path, String body) {
    world.send(method, path, body);
  }

  @When("the client sends {word} {string} with query {string}")
  public void sendWithQuery(String method, String path, String query) {
    world.send(method, path + "?" + Query.encode(world.fill(query)), null);
  }

  @When("an unauthenticated client sends {word} {string}")
  public void sendWithoutToken(String method, String path) {
    world.send(method, path, bodyFor(method, path, world.run() + ".refused"), Auth.NONE);
  }

  @When("a client with a wrong token sends {word} {string}")
  public void sendWithWrongToken(String method, String path) {
    world.send(method, path, bodyFor(method, path, world.run() + ".refused"), Auth.WRONG);
  }

  /**
   * Writes carry a valid body of the kind the endpoint takes (a resource, a PatchOp, a SearchRequest, a
   * BulkRequest), so a target cannot answer 400 for the body before it checks credentials, and a refused write
   * that would change userName shows whether it changed anything. The name is the scenario's own, so two refused
   * writes that a broken target accepts cannot collide on uniqueness and hide each other.
   */
  static String bodyFor(String method, String path, String name) {
    String p = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    boolean groups = p.startsWith("/Groups");
    if (method.equals("PATCH")) {
      return Json.write(Templates.patch(Json.parse("[{\"op\":\"replace\",\"path\":\""
          + (groups ? "displayName" : "userName") + "\",\"value\":\"" + name + "\"}]")));
    }
    if (!method.equals("POST") && !method.equals("PUT")) {
      return null;
    }
    if (p.endsWith("/.search")) {
      return "{\"schemas\":[\"" + MessageUrns.SEARCH_REQUEST + "\"],\"count\":1}";
    }
    if (p.equals("/Bulk")) {
      return "{\"schemas\":[\"" + MessageUrns.BULK_REQUEST + "\"],\"Operations\":[{\"method\":\"POST\",\"path\":\"/Users\","
          + "\"bulkId\":\"x\",\"data\":" + Json.write(Templates.user(name, "X")) + "}]}";
    }
    return groups ? Json.write(Templates.group(name, java.util.List.of()))
        : Json.write(Templates.user(name, "X"));
  }
}
