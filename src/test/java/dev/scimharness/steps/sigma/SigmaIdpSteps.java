package dev.scimharness.steps.sigma;

import static dev.scimharness.steps.sigma.SigmaOrganisationSteps.list;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.scim.Json;
import dev.scimharness.sigma.ProvisioningKeys;
import dev.scimharness.sigma.harness.IdpClient;
import dev.scimharness.endpoint.ScimResponse;
import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** An IdP provisioning into Sigma over SCIM, and what it sees. */
public final class SigmaIdpSteps {
  private static final String ERROR_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error";

  private final SigmaWorld world;

  public SigmaIdpSteps(SigmaWorld world) {
    this.world = world;
  }

  @ParameterType("the IdP|the second IdP")
  public String idp(String name) {
    return name;
  }

  @Given("{idp} is given the bearer token {string}")
  public void given(String idp, String tokenName) {
    ProvisioningKeys k = world.keys(tokenName);
    world.idp(idp).use(URI.create(k.directoryBaseUrl()), k.bearerToken());
  }

  @When("{idp} provisions the user {string}")
  public void provision(String idp, String email) {
    world.scim(world.idp(idp).provision(email, null));
  }

  @When("{idp} provisions the user {string} with account type {string}")
  public void provision(String idp, String email, String type) {
    world.scim(world.idp(idp).provision(email, type));
  }

  @When("the IdP, without a bearer token from Sigma, provisions the user {string}")
  public void provisionWithoutToken(String email) {
    world.scim(world.idp("the IdP").provision(email, null));
  }

  @When("the IdP, without a bearer token from Sigma, lists users")
  public void listWithoutToken() {
    world.scim(world.idp("the IdP").list("/Users"));
  }

  @When("{idp} changes the userName of {string} to {string}")
  public void changeUserName(String idp, String email, String newName) {
    world.scim(world.idp(idp).changeUserName(email, newName));
  }

  @When("{idp} replaces the user {string} with userName {string} and account type {string}")
  public void replace(String idp, String email, String newName, String type) {
    world.scim(world.idp(idp).replaceUser(email, newName, type));
  }

  @When("{idp} deactivates {string}")
  public void deactivate(String idp, String email) {
    world.scim(world.idp(idp).deactivate(email));
  }

  @When("{idp} changes the account type of {string} to {string}")
  public void changeType(String idp, String email, String type) {
    world.scim(world.idp(idp).changeAccountType(email, type));
  }

  @When("{idp} unassigns {string}")
  public void unassign(String idp, String email) {
    world.scim(world.idp(idp).unassign(email));
  }

  @When("{idp} pushes the group {string} with the members {string}")
  public void push(String idp, String name, String emails) {
    world.scim(world.idp(idp).pushGroup(name, list(emails)));
  }

  @When("{idp} syncs the group {string} with the members {string}")
  public void sync(String idp, String name, String emails) {
    world.scim(world.idp(idp).syncGroup(name, list(emails)));
  }

  @When("{idp} lists users")
  public void listUsers(String idp) {
    world.scim(world.idp(idp).list("/Users"));
  }

  @When("{idp} lists groups")
  public void listGroups(String idp) {
    world.scim(world.idp(idp).list("/Groups"));
  }

  @When("{idp} looks up the user {string}")
  public void lookUpUser(String idp, String email) {
    world.scim(world.idp(idp).lookUpUser(email));
  }

  @When("{idp} looks up the group {string}")
  public void lookUpGroup(String idp, String name) {
    world.scim(world.idp(idp).lookUpGroup(name));
  }

  @When("{idp} reruns the request that failed")
  public void rerun(String idp) {
    world.scim(world.idp(idp).rerunFailed());
  }

  @When("{idp} removes and reassigns the user {string}")
  public void reassign(String idp, String email) {
    world.scim(world.idp(idp).provision(email, null));
  }

  @Then("the SCIM response status is {int}")
  public void status(int status) {
    ScimResponse r = world.lastScim();
    assertEquals(status, r.status(), r.redactedBody());
  }

  @Then("the SCIM response is an error {int}")
  public void error(int status) {
    ScimResponse r = world.lastScim();
    assertEquals(status, r.status(), r.redactedBody());
    assertTrue(r.json() != null && r.json().path("schemas").toString().contains(ERROR_SCHEMA), r.redactedBody());
    assertEquals(String.valueOf(status), r.json().path("status").asText(), r.redactedBody());
  }

  @Then("the SCIM response is an error {int} with scimType {string}")
  public void error(int status, String scimType) {
    error(status);
    assertEquals(scimType, world.lastScim().json().path("scimType").asText(), world.lastScim().redactedBody());
  }

  @Then("the SCIM error detail contains {string}")
  public void detail(String text) {
    String detail = world.lastScim().json() == null ? "" : world.lastScim().json().path("detail").asText();
    assertTrue(detail.contains(text), detail);
  }

  @Then("the SCIM response has userType {string}")
  public void userType(String type) {
    assertEquals(type, field("userType"));
  }

  @Then("the SCIM response has userName {string}")
  public void userName(String name) {
    assertEquals(name, field("userName"));
  }

  @Then("the SCIM response's id is the member id of {string}")
  public void idIsMember(String email) {
    assertEquals(world.org().memberByEmail(email).orElseThrow().id(), field("id"));
  }

  @Then("the SCIM response's id is the team id of {string}")
  public void idIsTeam(String name) {
    assertEquals(world.org().teamByName(name).orElseThrow().id(), field("id"));
  }

  @Then("the SCIM response's id is the id of the user {string}")
  public void idIsUser(String email) {
    assertEquals(world.idp("the IdP").knownUserId(email).orElseThrow(), field("id"));
  }

  @Given("{idp} notes the id of the user {string}")
  public void noteId(String idp, String email) {
    world.note(email, world.idp(idp).knownUserId(email).orElseThrow());
  }

  @Then("the SCIM response's id is the id noted for {string}")
  public void idIsNoted(String email) {
    assertEquals(world.noted(email), field("id"));
  }

  @Then("the SCIM response's id is not the id of the user {string}")
  public void idIsNotUser(String email) {
    assertNotEquals(world.idp("the IdP").knownUserId(email).orElseThrow(), field("id"));
  }

  @Then("the SCIM response's Location is the new user's")
  public void locationOfNewUser() {
    ScimResponse r = world.lastScim();
    assertEquals(r.json().path("meta").path("location").asText(), r.header("Location").orElse(null));
    assertTrue(r.header("Location").orElseThrow().endsWith("/Users/" + field("id")), r.header("Location").get());
  }

  @Then("{idp} reads the user {string} with userName {string}")
  public void readsUser(String idp, String email, String userName) {
    String id = world.idp(idp).knownUserId(email).orElseThrow();
    ScimResponse r = world.idp(idp).readUser(email);
    assertEquals(200, r.status(), r.redactedBody());
    assertEquals(id, r.json().path("id").asText());
    assertEquals(userName, r.json().path("userName").asText());
  }

  @Then("{idp} reads the group {string} with the members {string}")
  public void readsGroup(String idp, String name, String emails) {
    ScimResponse r = world.idp(idp).readGroup(name);
    assertEquals(200, r.status(), r.redactedBody());
    List<String> expected = list(emails).stream().map(e -> world.idp(idp).userId(e)).sorted().toList();
    List<String> actual = new ArrayList<>();
    r.json().path("members").forEach(m -> actual.add(m.path("value").asText()));
    assertEquals(expected, actual.stream().sorted().toList());
  }

  @Then("{idp} finds no user {string}")
  public void findsNoUser(String idp, String email) {
    noResults(world.idp(idp).lookUpUser(email));
  }

  @Then("{idp} finds no group {string}")
  public void findsNoGroup(String idp, String name) {
    noResults(world.idp(idp).lookUpGroup(name));
  }

  @Then("the SCIM list has no group {string}")
  public void listHasNoGroup(String name) {
    ScimResponse r = world.lastScim();
    assertEquals(200, r.status(), r.redactedBody());
    for (JsonNode g : r.json().path("Resources")) {
      assertNotEquals(name.toLowerCase(), g.path("displayName").asText().toLowerCase(), r.redactedBody());
    }
  }

  @Then("SCIM calls with the bearer token {string} fail with 401 and a detail containing {string}")
  public void tokenDead(String tokenName, String text) {
    ProvisioningKeys k = world.keys(tokenName);
    try (IdpClient probe = new IdpClient(URI.create(k.directoryBaseUrl()), world.config())) {
      probe.use(URI.create(k.directoryBaseUrl()), k.bearerToken());
      for (ScimResponse r : List.of(probe.list("/Users"), probe.list("/Groups"),
          probe.provision("probe-" + tokenName + "@example.com", null))) {
        assertEquals(401, r.status(), r.redactedBody());
        assertTrue(r.json().path("schemas").toString().contains(ERROR_SCHEMA), r.redactedBody());
        assertTrue(r.json().path("detail").asText().contains(text), r.redactedBody());
        assertTrue(r.header("WWW-Authenticate").isPresent(), "WWW-Authenticate on a 401");
      }
    }
  }

  /** An empty list answer: totalResults is REQUIRED (RFC 7644 §3.4.2), so it must be there and be 0. */
  private static void noResults(ScimResponse r) {
    assertEquals(200, r.status(), r.redactedBody());
    JsonNode total = r.json() == null ? null : r.json().get("totalResults");
    assertTrue(total != null && total.isIntegralNumber(), "totalResults is missing: " + r.redactedBody());
    assertEquals(0, total.asInt(), r.redactedBody());
    assertEquals(0, r.json().path("Resources").size(), r.redactedBody());
  }

  private String field(String name) {
    ScimResponse r = world.lastScim();
    JsonNode v = r.json() == null ? null : Json.field(r.json(), name);
    return v == null ? null : v.asText();
  }
}
