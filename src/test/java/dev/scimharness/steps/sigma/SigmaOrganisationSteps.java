package dev.scimharness.steps.sigma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scimharness.sigma.AccountType;
import dev.scimharness.sigma.AuthenticationMethod;
import dev.scimharness.sigma.IdpUser;
import dev.scimharness.sigma.Member;
import dev.scimharness.sigma.ProvisioningKeys;
import dev.scimharness.sigma.ProvisioningStatus;
import dev.scimharness.sigma.SignIn;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The organisation's admin controls: what people do in Sigma's Admin Portal, and time passing. */
public final class SigmaOrganisationSteps {
  private final SigmaWorld world;

  public SigmaOrganisationSteps(SigmaWorld world) {
    this.world = world;
  }

  static List<String> list(String commaSeparated) {
    return commaSeparated.isBlank() ? List.of() : Arrays.stream(commaSeparated.split(",")).map(String::strip).toList();
  }

  private String memberId(String email) {
    return world.org().memberByEmail(email).map(Member::id)
        .orElseThrow(() -> new IllegalStateException("no member " + email));
  }

  @Given("a Sigma organisation whose authentication method is {string}")
  public void organisation(String method) {
    world.newOrganisation(world.controls().newOrganisation(AuthenticationMethod.fromLabel(method)));
  }

  @Given("the member {string} with account type {string}")
  public void member(String email, String type) {
    world.org().portal().addMember(email, new AccountType(type), List.of());
  }

  @Given("the member {string} with account type {string} who owns {string}")
  public void memberWithDocuments(String email, String type, String documents) {
    world.org().portal().addMember(email, new AccountType(type), list(documents));
  }

  @Given("the guest {string}")
  public void guest(String email) {
    world.org().portal().addGuest(email, List.of());
  }

  @Given("the team {string} with the members {string}")
  public void team(String name, String emails) {
    Set<String> ids = new LinkedHashSet<>(list(emails).stream().map(this::memberId).toList());
    world.org().portal().addTeam(name, ids);
  }

  @Given("the custom account type {string}")
  public void customType(String name) {
    world.org().portal().defineAccountType(name);
  }

  @When("{string} sets the authentication method to {string}")
  public void setMethod(String admin, String method) {
    world.attempt(() -> {
      world.org().portal().setAuthenticationMethod(memberId(admin), AuthenticationMethod.fromLabel(method));
      return true;
    });
  }

  @When("{string} enables provisioning with the token name {string}")
  public void enable(String admin, String tokenName) {
    world.attempt(() -> world.org().portal().enableProvisioning(memberId(admin), tokenName)).ifPresent(world::keys);
  }

  @Given("{string} has enabled provisioning with the token name {string}")
  public void enabled(String admin, String tokenName) {
    world.keys(world.org().portal().enableProvisioning(memberId(admin), tokenName));
  }

  @When("{string} turns provisioning off")
  public void disable(String admin) {
    world.attempt(() -> {
      world.org().portal().disableProvisioning(memberId(admin));
      return true;
    });
  }

  @Given("provisioning takes {int} seconds")
  public void delay(int seconds) {
    world.org().provisioningDelay(Duration.ofSeconds(seconds));
  }

  @When("{int} seconds pass")
  public void timePasses(int seconds) {
    world.tenant().letTimePass(Duration.ofSeconds(seconds));
  }

  @When("the Admin Portal adds the member {string} with account type {string}")
  public void portalAddsMember(String email, String type) {
    world.attempt(() -> world.org().portal().addMember(email, new AccountType(type), List.of()));
  }

  @When("the Admin Portal adds the guest {string}")
  public void portalAddsGuest(String email) {
    world.attempt(() -> world.org().portal().addGuest(email, List.of()));
  }

  @When("the Admin Portal changes the account type of {string} to {string}")
  public void portalChangesType(String email, String type) {
    world.attempt(() -> world.org().portal().changeAccountType(memberId(email), new AccountType(type)));
  }

  @When("the Admin Portal adds the team {string}")
  public void portalAddsTeam(String name) {
    world.attempt(() -> world.org().portal().addTeam(name, Set.of()));
  }

  @When("the Admin Portal removes {string} from the team {string}")
  public void portalRemovesFromTeam(String email, String team) {
    String teamId = world.org().teamByName(team).orElseThrow().id();
    world.attempt(() -> world.org().portal().removeFromTeam(teamId, memberId(email)));
  }

  @Then("the admin control refuses with {string}")
  public void refusedWith(String reason) {
    assertEquals(reason, world.refusal().reason());
  }

  @Then("the admin control refuses with a reason containing {string}")
  public void refusedContaining(String text) {
    String reason = world.refusal().reason();
    assertTrue(reason.contains(text), reason);
  }

  @Then("provisioning is off")
  public void off() {
    assertFalse(world.org().provisioning().enabled());
  }

  @Then("provisioning is on, set up by {string} with the token name {string}")
  public void on(String admin, String tokenName) {
    ProvisioningStatus p = world.org().provisioning();
    assertTrue(p.enabled());
    assertEquals(memberId(admin), p.adminId());
    assertEquals(tokenName, p.tokenName());
  }

  @Then("the keys show a bearer token and the Directory base URL of the SCIM endpoint")
  public void keysShown() {
    ProvisioningKeys k = world.keys(world.org().provisioning().tokenName());
    assertTrue(k.bearerToken().length() >= 32, "a bearer token of at least 32 characters");
    assertEquals(world.scimBase().toString(), k.directoryBaseUrl());
  }

  @Then("the Admin Portal's provisioning status does not show the bearer token {string}")
  public void tokenNotShownAgain(String tokenName) {
    ProvisioningStatus p = world.org().provisioning();
    assertEquals(null, p.bearerTokenShown(), "the portal shows the bearer token again");
    assertFalse(p.toString().contains(world.keys(tokenName).bearerToken()));
  }

  @Then("the authentication method is {string}")
  public void method(String method) {
    assertEquals(AuthenticationMethod.fromLabel(method), world.org().authenticationMethod());
  }

  @Then("the bearer token {string} differs from the bearer token {string}")
  public void tokensDiffer(String a, String b) {
    assertNotEquals(world.keys(a).bearerToken(), world.keys(b).bearerToken());
  }

  @Given("the IdP's SAML assertion for {string} carries the account type {string}")
  public void assertion(String email, String type) {
    world.samlAssertion(new IdpUser(email, email, null, null, type, true));
  }

  @When("{string} signs in to Sigma through SAML")
  public void samlSignIn(String email) {
    SignIn s = world.org().signInWithSaml(world.samlAssertion(email));
    assertTrue(s.allowed(), s.reason());
  }

  @Then("{string} can sign in to Sigma")
  public void canSignIn(String email) {
    SignIn s = world.org().signIn(email);
    assertTrue(s.allowed(), s.reason());
  }

  @Then("{string} cannot sign in to Sigma because {string}")
  public void cannotSignIn(String email, String because) {
    SignIn s = world.org().signIn(email);
    assertFalse(s.allowed());
    assertTrue(s.reason().contains(because), s.reason());
  }
}
