package dev.scimharness.steps.conformance;

import dev.scimharness.conformance.Expect;
import dev.scimharness.conformance.MeAnswer;
import dev.scimharness.conformance.ResourceAnswers;
import dev.scimharness.conformance.VersionedUrls;
import dev.scimharness.endpoint.ScimResponse;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.net.URI;
import org.junit.jupiter.api.Assumptions;

/** The URLs RFC 7644 gives more than one form: the /Me alias (§3.11) and the version segment (§3.13). */
public final class MeAndVersionSteps {
  private final ScimWorld world;

  public MeAndVersionSteps(ScimWorld world) {
    this.world = world;
  }

  @Then("the response is the subject's resource, a 308 redirect to it, or a SCIM error 501 or 404")
  public void meThreeWays() {
    ScimResponse r = world.last();
    if (r.status() == 308) {
      MeAnswer.locationProblem(r, world.client().base()).ifPresent(p -> {
        throw Expect.fail(r, "a 308 to the subject's resource (RFC 7644 §3.11)", p);
      });
    } else if (r.status() == 200) {
      Expect.value(r, r.json(), "id", "<string>");
      ResourceAnswers.check(r, world.client().base());
    } else {
      Expect.scimError(r, r.status() == 404 ? 404 : 501, null);
    }
  }

  @Then("where the target serves \\/Me, the answer's Location is the subject's resource")
  public void meLocation() {
    ScimResponse r = world.last();
    Assumptions.assumeTrue(MeAnswer.served(r), "skipped: the target does not serve /Me here (status " + r.status()
        + "), so no answer carries the alias's Location");
    MeAnswer.locationProblem(r, world.client().base()).ifPresent(p -> {
      throw Expect.fail(r, "the Location of the subject's resource (RFC 7644 §3.11)", p);
    });
  }

  @When("the client sends {word} {string} naming SCIM version {string} with body:")
  public void sendVersioned(String method, String path, String version, String body) {
    URI url = VersionedUrls.withVersion(world.client().base(), version);
    world.send(method, url + world.fill(path), body);
  }

  @Then("the request is refused with a 4xx status")
  public void refused() {
    ScimResponse r = world.last();
    if (r.status() < 400 || r.status() > 499) {
      throw Expect.fail(r, "a 4xx refusal (RFC 7644 §3.13: \"perform the operation using the desired version or"
          + " reject the request\")", "status " + r.status());
    }
  }

  @Then("the base URL's version segment, where it has one, is \"v\" and the version number")
  public void baseVersionScheme() {
    URI base = world.client().base();
    String v = VersionedUrls.version(base).orElse(null);
    Assumptions.assumeTrue(v != null, "skipped: the base URL " + base + " names no version");
    if (!VersionedUrls.followsScheme(v)) {
      throw new dev.scimharness.conformance.ConformanceFailure("the base URL's version segment \"" + v
          + "\" is not \"v\" and the version number (RFC 7644 §3.13)");
    }
  }

  @Then("the Location carries the base URL's version right before {string}")
  public void locationVersion(String collection) {
    ScimResponse r = world.last();
    String location = r.header("Location").orElse(null);
    if (location == null) {
      throw Expect.fail(r, "a Location header", "none");
    }
    if (!VersionedUrls.versionPrecedesEndpoint(world.client().base(), location, collection)) {
      throw Expect.fail(r, "the base URL's version right before /" + collection + " (RFC 7644 §3.13)", location);
    }
  }
}
