package dev.scimharness.steps.conformance;

import dev.scimharness.conformance.Blocked;
import dev.scimharness.conformance.Capability;
import dev.scimharness.conformance.CapabilityProbe;
import dev.scimharness.conformance.ConformanceFailure;
import dev.scimharness.conformance.Expect;
import dev.scimharness.conformance.ListView;
import dev.scimharness.conformance.MaxResultsAnswer;
import dev.scimharness.conformance.ResourceAnswers;
import dev.scimharness.conformance.Templates;
import dev.scimharness.conformance.RunNames;
import dev.scimharness.endpoint.Request;
import dev.scimharness.endpoint.ScimResponse;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.MessageUrns;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/** Steps that depend on the limits and claims of the target's ServiceProviderConfig. */
public final class CapabilitySteps {
  // Beyond this a target's limit is not worth a request that large; the scenario is skipped instead.
  private static final long LARGEST_PROBED_LIMIT = 10_000;
  // Creating more users than this to exceed filter.maxResults costs more than the check is worth.
  private static final long LARGEST_CREATED = 1_001;
  private static final int CREATES_AT_ONCE = 32;
  // A body larger than this to exceed bulk.maxPayloadSize costs more than the check is worth.
  private static final long LARGEST_PAYLOAD = 16L * 1_048_576;
  private final ScimWorld world;
  private long limit;

  public CapabilitySteps(ScimWorld world) {
    this.world = world;
  }

  @When("the client sends a bulk request with one operation more than bulk.maxOperations")
  public void tooManyBulkOperations() {
    limit = declared("bulk", "maxOperations");
    StringBuilder ops = new StringBuilder();
    for (long i = 0; i <= limit; i++) {
      ops.append(i == 0 ? "" : ",").append("{\"method\":\"DELETE\",\"path\":\"/Users/no-such-").append(world.run())
          .append('-').append(i).append("\"}");
    }
    world.send("POST", "/Bulk",
        "{\"schemas\":[\"" + MessageUrns.BULK_REQUEST + "\"],\"Operations\":[" + ops + "]}");
  }

  /**
   * One bulk POST whose body is just over {@code bulk.maxPayloadSize}: a user with a {@code nickName} as long as
   * the limit. Beyond {@link #LARGEST_PAYLOAD} bytes the scenario is skipped.
   */
  @When("the client sends a bulk request larger than bulk.maxPayloadSize")
  public void bulkBeyondPayloadSize() {
    limit = world.capabilities().number("bulk", "maxPayloadSize")
        .orElseThrow(() -> new ConformanceFailure("the ServiceProviderConfig declares no bulk.maxPayloadSize"));
    Assumptions.assumeTrue(limit <= LARGEST_PAYLOAD, "skipped: bulk.maxPayloadSize = " + limit
        + " bytes, more than the " + LARGEST_PAYLOAD + " this scenario sends");
    var user = Templates.user(RunNames.userName(world.run(), "oversized"), "Oversized");
    user.put("nickName", "x".repeat((int) limit));
    world.send("POST", "/Bulk", "{\"schemas\":[\"" + MessageUrns.BULK_REQUEST + "\"],\"Operations\":["
        + "{\"method\":\"POST\",\"path\":\"/Users\",\"bulkId\":\"oversized\",\"data\":" + Json.write(user) + "}]}");
  }

  /** Asks for all of one user more than filter.maxResults, with a count that exceeds the limit too. */
  @When("the client asks for one more resource than filter.maxResults")
  public void moreThanMaxResults() {
    createMoreThanMaxResults();
    world.send("GET", "/Users?filter=" + Query.value("userName sw \"" + world.run() + ".many\"") + "&count="
        + (limit + 1), null);
  }

  /** As above, but without {@code count}: the filter alone matches more than the limit. */
  @When("the client filters, without count, for more users than filter.maxResults")
  public void filterBeyondMaxResults() {
    createMoreThanMaxResults();
    world.send("GET", "/Users?filter=" + Query.value("userName sw \"" + world.run() + ".many\""), null);
  }

  /** RFC 7644 §3.7.4: "The returned response MUST specify the limit exceeded in the body of the error response." */
  @Then("the error's body names the limit it exceeded")
  public void limitNamed() {
    ScimResponse r = world.last();
    if (!dev.scimharness.conformance.LimitNamed.in(r.json(), limit)) {
      throw Expect.fail(r, "the exceeded limit " + limit + " named in the body (RFC 7644 §3.7.4)", r.redactedBody());
    }
  }

  @Then("the answer is a well-formed list cut to filter.maxResults, or a SCIM error 400 tooMany")
  public void cutOrTooMany() {
    MaxResultsAnswer.check(world.last(), limit, limit + 1, world.run() + ".many");
  }

  /**
   * Creates one user more than filter.maxResults: only a list that could exceed the limit shows that the limit
   * holds. Beyond {@link #LARGEST_CREATED} users the scenario is skipped.
   */
  private void createMoreThanMaxResults() {
    limit = declared("filter", "maxResults");
    Assumptions.assumeTrue(limit < LARGEST_CREATED, "skipped: filter.maxResults = " + limit + "; exceeding it takes "
        + (limit + 1) + " users, more than the " + LARGEST_CREATED + " this scenario creates");
    List<Request> creates = new ArrayList<>();
    for (long i = 0; i <= limit; i++) {
      creates.add(Request.of("POST", "/Users", Json.write(Templates.user(RunNames.userName(world.run(), "many" + i),
          "Many"))));
    }
    for (int from = 0; from < creates.size(); from += CREATES_AT_ONCE) {
      for (ScimResponse r : world.sendAll(creates.subList(from, Math.min(creates.size(), from + CREATES_AT_ONCE)))) {
        if (r.status() < 200 || r.status() > 299) {
          throw new Blocked("setup: creating " + (limit + 1) + " users to exceed filter.maxResults failed with status "
              + r.status() + "\n  " + r.redactedBody());
        }
      }
    }
  }

  @Then("the list holds at most filter.maxResults resources")
  public void atMostMaxResults() {
    ScimResponse r = world.last();
    int n = ListView.resources(r.json()).size();
    if (n > limit || n == 0) {
      throw Expect.fail(r, "between 1 and " + limit + " Resources (filter.maxResults) of the " + (limit + 1)
          + " users that match", n + " Resources");
    }
  }

  @Then("every capability the ServiceProviderConfig claims is not answered 501")
  public void claimsHold() {
    var config = world.capabilities().config();
    if (config == null || !Expect.containsText(config.get("schemas"),
        "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig")) {
      throw new Blocked("the target's ServiceProviderConfig could not be read, so no claim is known");
    }
    Assumptions.assumeTrue(java.util.stream.Stream.of(Capability.PATCH, Capability.BULK, Capability.FILTER,
        Capability.SORT).anyMatch(c -> world.capabilities().unsupported(c).isEmpty()),
        "skipped: the ServiceProviderConfig claims none of patch, bulk, filter and sort");
    List<String> problems = CapabilityProbe.claimedButRefused(world.client(), world.capabilities(), world.run());
    if (!problems.isEmpty()) {
      throw new ConformanceFailure(String.join("\n", problems));
    }
  }

  @Then("the response is the subject's resource or a SCIM error 501 or 404")
  public void meAnswer() {
    ScimResponse r = world.last();
    if (r.status() == 200) {
      Expect.value(r, r.json(), "id", "<string>");
      ResourceAnswers.check(r, world.client().base());
    } else {
      Expect.scimError(r, r.status() == 404 ? 404 : 501, null);
    }
  }

  @Then("the response is successful or a SCIM error 501, 404 or 400")
  public void meWriteAnswer() {
    ScimResponse r = world.last();
    if (r.status() < 200 || r.status() > 299) {
      Expect.statusIn(r, java.util.Set.of(501, 404, 400));
      Expect.scimError(r, r.status(), null);
    } else {
      // RFC 7644 §3.5.1 and §3.5.2: a successful PUT answers 200 with the resource, a PATCH that or 204.
      Expect.statusIn(r, java.util.Set.of(200, 204));
      ResourceAnswers.check(r, world.client().base());
    }
  }

  private long declared(String attribute, String sub) {
    long value = world.capabilities().number(attribute, sub)
        .orElseThrow(() -> new ConformanceFailure("the ServiceProviderConfig declares no " + attribute + "." + sub));
    Assumptions.assumeTrue(value <= LARGEST_PROBED_LIMIT,
        "skipped: " + attribute + "." + sub + " = " + value + " is too large to exceed in a test");
    return value;
  }
}
