package dev.scimharness.steps.conformance;

import dev.scimharness.conformance.Blocked;
import dev.scimharness.conformance.Expect;
import dev.scimharness.conformance.ResourceAnswers;
import dev.scimharness.endpoint.ScimResponse;
import io.cucumber.java.en.Then;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Assertions on the last response. */
public final class ResponseSteps {
  private final ScimWorld world;

  public ResponseSteps(ScimWorld world) {
    this.world = world;
  }

  @Then("the response status is {int}")
  public void status(int status) {
    Expect.status(world.last(), status);
    ResourceAnswers.check(world.last(), world.client().base());
  }

  @Then("the response status is one of {string}")
  public void statusIn(String statuses) {
    Set<Integer> set = Arrays.stream(statuses.split("[,\\s]+")).map(Integer::parseInt).collect(Collectors.toSet());
    Expect.statusIn(world.last(), set);
    ResourceAnswers.check(world.last(), world.client().base());
  }

  @Then("the response is successful")
  public void successful() {
    Expect.success(world.last());
    ResourceAnswers.check(world.last(), world.client().base());
  }

  @Then("the response is a SCIM error {int}")
  public void error(int status) {
    Expect.scimError(world.last(), status, null);
  }

  @Then("the response is a SCIM error {int} with scimType {string}")
  public void error(int status, String scimType) {
    Expect.scimError(world.last(), status, scimType);
  }

  @Then("the response is a SCIM error {int} with scimType {string} or {string}")
  public void error(int status, String scimType, String otherScimType) {
    Expect.scimErrorOneOf(world.last(), status, Set.of(scimType, otherScimType));
  }

  @Then("the response has {string} equal to {string}")
  public void value(String path, String expected) {
    ScimResponse r = world.last();
    Expect.value(r, r.json(), world.fill(path), world.fill(expected));
  }

  @Then("the response has:")
  public void values(Map<String, String> table) {
    ScimResponse r = world.last();
    table.forEach((path, expected) -> Expect.value(r, r.json(), world.fill(path), world.fill(expected)));
  }

  @Then("the response has {string}")
  public void present(String path) {
    ScimResponse r = world.last();
    Expect.value(r, r.json(), world.fill(path), "<present>");
  }

  /** PATCH may answer 204 without a body (RFC 7644 §3.5.2); a body, when there is one, must be right. */
  @Then("if the response has a body, it has {string} equal to {string}")
  public void valueIfBody(String path, String expected) {
    ScimResponse r = world.last();
    if (!r.body().isBlank()) {
      Expect.value(r, r.json(), world.fill(path), world.fill(expected));
    }
  }

  @Then("the response has {string} not equal to {string}")
  public void notEqual(String path, String unexpected) {
    ScimResponse r = world.last();
    String u = world.fill(unexpected);
    var node = dev.scimharness.conformance.BodyPath.first(r.json(), world.fill(path));
    if (node != null && node.asText().equals(u)) {
      throw Expect.fail(r, "\"" + path + "\" other than \"" + u + "\"", node.toString());
    }
  }

  @Then("the response has no {string}")
  public void absent(String path) {
    ScimResponse r = world.last();
    Expect.value(r, r.json(), world.fill(path), "<absent>");
  }

  /**
   * What a returned resource leaves out (a password, attributes not asked for) can only be judged on a resource:
   * an answer without one (an error, a 204, a page that is not SCIM) blocks the scenario instead of passing it.
   */
  /**
   * A change the scenario only needs as a means (to see what follows from it): when the target refuses it, that is
   * another scenario's failure, and this one is blocked with the answer instead of failing for the wrong reason.
   */
  @Then("the change went through")
  public void changeWentThrough() {
    ScimResponse r = world.last();
    if (r.status() < 200 || r.status() > 299) {
      throw new Blocked("the change this scenario needs was answered " + r.status() + ", so what follows from it"
          + " cannot be judged\n  " + r.redactedBody());
    }
  }

  @Then("the returned resource has no {string}")
  public void resourceLacks(String path) {
    ScimResponse r = world.last();
    skipWithoutBody(r);
    var body = r.json();
    if (body == null || !body.isObject() || dev.scimharness.scim.Json.field(body, "id") == null) {
      throw new Blocked("no resource was returned (status " + r.status() + "), so what it leaves out cannot be judged");
    }
    Expect.value(r, body, world.fill(path), "<absent>");
  }

  /** PATCH may answer 204 (RFC 7644 §3.5.2): then there is no returned resource to judge, and nothing fails. */
  @Then("the answer is 200 with the resource, unless it is an empty 2xx")
  public void resourceUnlessEmpty() {
    ScimResponse r = world.last();
    skipWithoutBody(r);
    Expect.status(r, 200);
    ResourceAnswers.check(r, world.client().base());
  }

  // A 2xx without a body (204, a create that returns none) is allowed; a check of the returned body has nothing to judge.
  private static void skipWithoutBody(ScimResponse r) {
    org.junit.jupiter.api.Assumptions.assumeFalse(r.status() >= 200 && r.status() < 300 && r.body().isBlank(),
        "skipped: the answer is " + r.status() + " without a body, which leaves nothing to judge");
  }

  @Then("the response header {string} is present")
  public void headerPresent(String name) {
    ScimResponse r = world.last();
    if (r.header(name).filter(v -> !v.isBlank()).isEmpty()) {
      throw Expect.fail(r, "a " + name + " header", "none");
    }
  }

  @Then("the response header {string} equals {string}")
  public void headerEquals(String name, String expected) {
    ScimResponse r = world.last();
    String want = world.fill(expected);
    String got = r.header(name).orElse(null);
    if (!want.equals(got)) {
      throw Expect.fail(r, name + ": " + want, got == null ? "no " + name + " header" : name + ": " + got);
    }
  }

  @Then("the response header {string} differs from {string}")
  public void headerDiffers(String name, String other) {
    ScimResponse r = world.last();
    String was = world.fill(other);
    String got = r.header(name).orElse(null);
    if (got == null || got.equals(was)) {
      throw Expect.fail(r, name + " different from " + was, got == null ? "no " + name + " header" : name + ": " + got);
    }
  }

  @Then("the response content type is SCIM")
  public void contentType() {
    Expect.contentTypeScim(world.last());
  }

  /**
   * What a check of the answer's form presumes: the answer is the message the scenario asked for. When it is
   * not (a ListResponse where an error was due), the check judged nothing, and the scenario is blocked.
   */
  @Then("the checked answer holds schema {string}")
  public void checkedAnswerHolds(String schema) {
    ScimResponse r = world.last();
    if (r.json() == null || !Expect.containsText(r.json().get("schemas"), schema)) {
      throw new Blocked("the answer is not the message this scenario judges: it does not hold schema " + schema
          + " (status " + r.status() + ")");
    }
  }

  @Then("the response value {string} is remembered as {string}")
  public void rememberValue(String path, String variable) {
    ScimResponse r = world.last();
    Expect.value(r, r.json(), path, "<present>");
    world.set(variable, world.fill("${last." + path + "}"));
  }

  @Then("the response header {string} is remembered as {string}")
  public void rememberHeader(String name, String variable) {
    headerPresent(name);
    world.set(variable, world.last().header(name).orElseThrow());
  }
}
