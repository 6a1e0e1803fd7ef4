package dev.scimharness.steps.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.simulator.IdpDirectory;
import dev.scimharness.simulator.IdpUser;
import dev.scimharness.simulator.Outcome;
import dev.scimharness.simulator.SimulatorRun;
import dev.scimharness.simulator.StepResult;
import dev.scimharness.simulator.TargetReader;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/** The IdP-side advice of the seed: assignment order, one secret shared by two IdPs, changes that take a moment. */
public final class DirectorySteps {
  private final InteropWorld world;
  private final String run = UUID.randomUUID().toString().substring(0, 8);

  public DirectorySteps(InteropWorld world) {
    this.world = world;
  }

  private String userName(String alias) {
    return alias + "." + run + "@example.com";
  }

  private IdpUser user(String dialect, String alias) {
    return world.directory(dialect).userNamed(userName(alias)).orElseGet(() -> {
      IdpUser u = world.directory(dialect).addUser(userName(alias), capitalised(alias), "Initial");
      return u;
    });
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  @Given("an {string} IdP with provisioning off")
  public void provisioningOff(String dialect) {
    world.directory(dialect).disableProvisioning();
  }

  @Given("an {string} IdP with provisioning on")
  public void provisioningOn(String dialect) {
    world.directory(dialect).enableProvisioning();
  }

  @Given("the {string} IdP has {string} assigned to the app")
  public void assigned(String dialect, String alias) {
    world.directory(dialect).assign(user(dialect, alias).key());
  }

  @When("provisioning is enabled in the {string} IdP")
  public void enable(String dialect) {
    world.directory(dialect).enableProvisioning();
  }

  @When("the {string} IdP runs a provisioning cycle")
  public void cycle(String dialect) {
    StepResult r = world.idp(dialect).createOrLink();
    world.lastStep(r);
    assertEquals(Outcome.PASS, r.outcome(), Transcripts.of(r));
  }

  @When("the {string} IdP removes {string} from the app and assigns them again")
  public void reassign(String dialect, String alias) {
    IdpDirectory dir = world.directory(dialect);
    String key = user(dialect, alias).key();
    dir.unassign(key);
    dir.assign(key);
  }

  @Then("the target has no user {string}")
  public void noUser(String alias) {
    Optional<JsonNode> u = new TargetReader(world.transport()).userNamed(userName(alias));
    assertTrue(u.isEmpty(), "the target has " + u.orElse(null));
  }

  @Then("within {int} seconds the target has the user {string}")
  public void eventuallyUser(int seconds, String alias) {
    Optional<JsonNode> u = new TargetReader(world.transport()).awaitUser(userName(alias), x -> true,
        Duration.ofSeconds(seconds));
    assertTrue(u.isPresent(), userName(alias) + " did not show within " + seconds + " s");
  }

  @When("the {string} IdP sets the family name of {string} to {string}")
  public void setFamilyName(String dialect, String alias, String familyName) {
    SimulatorRun idp = world.idp(dialect);
    IdpUser u = user(dialect, alias);
    StepResult r = idp.profileUpdate(u.key(), familyName, u.email());
    world.lastStep(r);
    assertEquals(Outcome.PASS, r.outcome(), Transcripts.of(r));
  }

  @When("the {string} IdP changes the username of {string} to {string}")
  public void changeUserName(String dialect, String alias, String newAlias) {
    IdpUser u = user(dialect, alias);
    world.lastStep(world.idp(dialect).changeUserName(u.key(), userName(newAlias)));
  }

  @Then("the IdP's last request was answered {int}")
  public void lastAnswered(int status) {
    var ex = world.lastStep().exchanges();
    assertEquals(status, ex.get(ex.size() - 1).status(), Transcripts.of(world.lastStep()));
  }

  @Then("within {int} seconds the target has the users {string} and {string} as two accounts")
  public void twoAccounts(int seconds, String a, String b) {
    TargetReader reader = new TargetReader(world.transport());
    Optional<JsonNode> ua = reader.awaitUser(userName(a), x -> true, Duration.ofSeconds(seconds));
    Optional<JsonNode> ub = reader.awaitUser(userName(b), x -> true, Duration.ofSeconds(seconds));
    assertTrue(ua.isPresent(), userName(a) + " is gone");
    assertTrue(ub.isPresent(), userName(b) + " did not show");
    assertNotEquals(ua.get().path("id").asText(), ub.get().path("id").asText());
  }

  @Then("the {string} IdP and the {string} IdP linked {string} to the same target user")
  public void sameTargetUser(String a, String b, String alias) {
    String idA = world.directory(a).targetId(user(a, alias).key()).orElseThrow();
    String idB = world.directory(b).targetId(user(b, alias).key()).orElseThrow();
    assertEquals(idA, idB);
  }

  @Then("within {int} seconds the target shows {string} with family name {string}")
  public void eventuallyFamilyName(int seconds, String alias, String familyName) {
    Optional<JsonNode> u = new TargetReader(world.transport()).awaitUser(userName(alias),
        x -> familyName.equals(x.at("/name/familyName").asText()), Duration.ofSeconds(seconds));
    assertTrue(u.isPresent(), userName(alias) + " did not show family name " + familyName + " within " + seconds + " s");
  }

  @Then("the {string} IdP has not linked {string}")
  public void notLinked(String dialect, String alias) {
    assertNotEquals(true, world.directory(dialect).targetId(user(dialect, alias).key()).isPresent());
  }
}
