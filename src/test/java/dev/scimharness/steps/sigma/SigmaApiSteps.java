package dev.scimharness.steps.sigma;

import static dev.scimharness.steps.sigma.SigmaOrganisationSteps.list;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.Json;
import dev.scimharness.sigma.harness.Eventually;
import dev.scimharness.sigma.harness.SigmaApiClient;
import dev.scimharness.endpoint.ScimResponse;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Sigma's REST API, and what Sigma shows — polled with a deadline where the guide says it takes a moment. */
public final class SigmaApiSteps {
  private final SigmaWorld world;

  public SigmaApiSteps(SigmaWorld world) {
    this.world = world;
  }

  private SigmaApiClient api() {
    return world.api();
  }

  @When("the API archives {string}")
  public void archive(String email) {
    world.api(api().patchMember(email, body("isArchived", true)));
  }

  @When("the API unarchives {string}")
  public void unarchive(String email) {
    world.api(api().patchMember(email, body("isArchived", false)));
  }

  @When("the API sets the memberType of {string} to {string}")
  public void memberType(String email, String type) {
    ObjectNode b = Json.object();
    b.put("memberType", type);
    world.api(api().patchMember(email, b));
  }

  @When("the API renames the team {string} to {string}")
  public void renameTeam(String name, String newName) {
    ObjectNode b = Json.object();
    b.put("name", newName);
    world.api(api().patchTeam(name, b));
  }

  @When("the API removes {string} from the team {string}")
  public void removeFromTeam(String email, String team) {
    world.api(api().patchTeamMembers(team, List.of(), List.of(email)));
  }

  @When("the API adds {string} to the team {string}")
  public void addToTeam(String email, String team) {
    world.api(api().patchTeamMembers(team, List.of(email), List.of()));
  }

  @Then("the API answers {int}")
  public void answers(int status) {
    assertEquals(status, world.lastApi().status(), world.lastApi().redactedBody());
  }

  @Then("the API answers {int} with a message containing {string}")
  public void answersWith(int status, String text) {
    answers(status);
    String message = world.lastApi().json().path("message").asText();
    assertTrue(message.contains(text), message);
  }

  @Then("Sigma shows the member {string} with account type {string}")
  public void showsWithType(String email, String type) {
    assertEquals(type, member(email).orElseThrow().path("memberType").asText());
  }

  @Then("Sigma shows the member {string} as {string}")
  public void showsInState(String email, String state) {
    assertEquals(state, state(member(email).orElseThrow()));
  }

  @Then("within {int} seconds Sigma shows the member {string}")
  public void eventuallyShows(int seconds, String email) {
    assertTrue(eventually(seconds, email, m -> true).isPresent(), "Sigma shows no member " + email);
  }

  @Then("within {int} seconds Sigma shows the member {string} with account type {string}")
  public void eventuallyWithType(int seconds, String email, String type) {
    Optional<JsonNode> m = eventually(seconds, email, x -> x.path("memberType").asText().equals(type));
    assertEquals(type, m.map(x -> x.path("memberType").asText()).orElse("(no such member)"));
  }

  @Then("within {int} seconds Sigma shows the member {string} as {string}")
  public void eventuallyInState(int seconds, String email, String state) {
    Optional<JsonNode> m = eventually(seconds, email, x -> state(x).equals(state));
    assertEquals(state, m.map(SigmaApiSteps::state).orElse("(no such member)"));
  }

  @Then("within {int} seconds Sigma shows the member {string} as managed by the IdP")
  public void eventuallyManaged(int seconds, String email) {
    Optional<JsonNode> m = eventually(seconds, email, x -> x.path("managedByIdp").asBoolean());
    assertTrue(m.map(x -> x.path("managedByIdp").asBoolean()).orElse(false), "managed by the IdP: " + m);
  }

  @Then("Sigma does not show the member {string}( yet)")
  public void doesNotShow(String email) {
    assertTrue(api().membersWithEmail(email).isEmpty(), "Sigma already shows " + email);
  }

  @Then("Sigma has exactly {int} member(s) with the email {string}")
  public void countWithEmail(int n, String email) {
    assertEquals(n, api().membersWithEmail(email).size());
  }

  @Then("the member {string} still owns {string}")
  public void owns(String email, String documents) {
    List<String> docs = Json.MAPPER.convertValue(member(email).orElseThrow().path("documents"),
        Json.MAPPER.getTypeFactory().constructCollectionType(List.class, String.class));
    assertEquals(list(documents), docs);
  }

  @Then("GET \\/v2\\/members lists {string} only with includeInactive")
  public void onlyWithInactive(String email) {
    assertFalse(emails(api().listMembers(false)).contains(email.toLowerCase()));
    assertTrue(emails(api().listMembers(true)).contains(email.toLowerCase()));
  }

  @Then("the team {string} in Sigma has the members {string}")
  public void teamMembers(String team, String emails) {
    assertEquals(Optional.of(sorted(emails)), api().teamMemberEmails(team));
  }

  @Then("within {int} seconds the team {string} in Sigma has the members {string}")
  public void eventuallyTeamMembers(int seconds, String team, String emails) {
    Optional<List<String>> expected = Optional.of(sorted(emails));
    assertEquals(expected, Eventually.within(Duration.ofSeconds(seconds), () -> api().teamMemberEmails(team),
        expected::equals));
  }

  @Then("Sigma has no team named {string}( yet)")
  public void noTeam(String name) {
    assertEquals(List.of(), api().teamsNamed(name));
  }

  @Then("Sigma has exactly {int} team(s) named {string}")
  public void teamCount(int n, String name) {
    assertEquals(n, api().teamsNamed(name).size());
  }

  private Optional<JsonNode> member(String email) {
    return api().member(email);
  }

  private Optional<JsonNode> eventually(int seconds, String email, Predicate<JsonNode> done) {
    return Eventually.within(Duration.ofSeconds(seconds), () -> member(email), m -> m.isPresent() && done.test(m.get()));
  }

  private static String state(JsonNode m) {
    return m.path("isArchived").asBoolean() ? "archived" : m.path("isInactive").asBoolean() ? "inactive" : "active";
  }

  private static List<String> emails(ScimResponse r) {
    return SigmaApiClient.entries(r).stream().map(m -> m.path("email").asText().toLowerCase()).toList();
  }

  private static List<String> sorted(String emails) {
    return list(emails).stream().sorted().toList();
  }

  private static ObjectNode body(String field, boolean value) {
    ObjectNode b = Json.object();
    b.put(field, value);
    return b;
  }
}
