package dev.scimharness.steps.conformance;

import dev.scimharness.conformance.Expect;
import dev.scimharness.conformance.ResourceAnswers;
import dev.scimharness.conformance.RunNames;
import dev.scimharness.conformance.Templates;
import dev.scimharness.scim.Json;
import dev.scimharness.endpoint.Request;
import dev.scimharness.endpoint.ScimResponse;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Requests sent at the same moment, and requests repeated: what a retrying IdP does. */
public final class ConcurrencySteps {
  private final ScimWorld world;

  public ConcurrencySteps(ScimWorld world) {
    this.world = world;
  }

  @When("{int} clients create the same user {string} at once")
  public void sameCreate(int n, String alias) {
    String body = Json.write(Templates.user(RunNames.userName(world.run(), alias), "Twin"));
    List<Request> requests = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      requests.add(Request.of("POST", "/Users", body));
    }
    for (ScimResponse r : world.sendAll(requests)) {
      if (r.status() >= 200 && r.status() < 300 && Json.field(r.json(), "id") != null) {
        world.track(alias, "Users", r);
      }
    }
  }

  @Then("exactly one answer is {int} and every other is a SCIM error {int}")
  public void exactlyOne(int winner, int loser) {
    Map<Integer, Integer> counts = new TreeMap<>();
    world.batch().forEach(r -> counts.merge(r.status(), 1, Integer::sum));
    if (counts.getOrDefault(winner, 0) != 1 || counts.size() > 2
        || counts.keySet().stream().anyMatch(s -> s != winner && s != loser)) {
      throw Expect.fail(world.last(), "one " + winner + " and " + (world.batch().size() - 1) + " × " + loser,
          "statuses " + counts);
    }
    world.batch().stream().filter(r -> r.status() == loser).forEach(r -> Expect.scimError(r, loser, null));
  }

  @When("{int} new users are added to {string} at once")
  public void concurrentAdds(int n, String group) {
    List<String> aliases = new ArrayList<>();
    ResourceSteps resources = new ResourceSteps(world);
    for (int i = 1; i <= n; i++) {
      resources.aUser("member" + i);
      aliases.add("member" + i);
    }
    String address = world.address(group);
    List<Request> requests = aliases.stream()
        .map(a -> Request.of("PATCH", address, Json.write(Templates.addMembers(List.of(world.id(a)))))).toList();
    world.sendAll(requests);
    world.set("added", String.join(", ", aliases));
  }

  /** Two PATCH requests in flight together, each replacing one group's displayName. */
  @When("{string} and {string} are renamed at once to {string} and {string}")
  public void concurrentRenames(String first, String second, String firstName, String secondName) {
    world.sendAll(List.of(rename(first, firstName), rename(second, secondName)));
  }

  private Request rename(String alias, String name) {
    String ops = "[{\"op\":\"replace\",\"path\":\"displayName\",\"value\":" + Json.write(
        com.fasterxml.jackson.databind.node.TextNode.valueOf(world.fill(name))) + "}]";
    return Request.of("PATCH", world.address(alias), Json.write(Templates.patch(Json.parse(ops))));
  }

  @Then("every concurrent answer is successful")
  public void allSucceeded() {
    world.batch().forEach(r -> {
      Expect.success(r);
      ResourceAnswers.check(r, world.client().base());
    });
  }

  @When("the client sends the same request again")
  public void repeat() {
    world.repeatLast();
  }
}
