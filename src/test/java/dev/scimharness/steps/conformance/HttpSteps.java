package dev.scimharness.steps.conformance;

import dev.scimharness.endpoint.Auth;
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
    world.send(method, path, bodyFor(method), Auth.NONE);
  }

  @When("a client with a wrong token sends {word} {string}")
  public void sendWithWrongToken(String method, String path) {
    world.send(method, path, bodyFor(method), Auth.WRONG);
  }

  // Writes carry a body so a target cannot answer 400 for its absence before it checks credentials.
  private static String bodyFor(String method) {
    return switch (method) {
      case "POST", "PUT", "PATCH" -> "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"x\"}";
      default -> null;
    };
  }
}
