package dev.scimharness.steps.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.conformance.Expect;
import dev.scimharness.conformance.ResourceAnswers;
import dev.scimharness.scim.Json;
import dev.scimharness.endpoint.ScimResponse;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a resource back with GET and judges what the target stored, not only what it answered. */
public final class ReadBackSteps {
  private final ScimWorld world;
  private final Map<String, JsonNode> snapshots = new HashMap<>();

  public ReadBackSteps(ScimWorld world) {
    this.world = world;
  }

  @Then("{string} read back has:")
  public void readBackHas(String alias, Map<String, String> table) {
    ScimResponse r = world.readBack(alias);
    table.forEach((path, expected) -> Expect.value(r, r.json(), world.fill(path), world.fill(expected)));
  }

  @Then("{string} read back has {string} equal to {string}")
  public void readBackHas(String alias, String path, String expected) {
    ScimResponse r = world.readBack(alias);
    Expect.value(r, r.json(), world.fill(path), world.fill(expected));
  }

  /** RFC 7644 §3.14: a changed resource answers a new entity tag; read back with 200, its ETag differs. */
  @Then("{string} read back has an ETag other than {string}")
  public void readBackEtagDiffers(String alias, String before) {
    ScimResponse r = world.readBack(alias);
    String was = world.fill(before);
    String got = r.header("ETag").orElse(null);
    if (got == null || got.equals(was)) {
      throw Expect.fail(r, "ETag different from " + was, got == null ? "no ETag header" : "ETag: " + got);
    }
  }

  @Then("{string} read back has no {string}")
  public void readBackLacks(String alias, String path) {
    readBackHas(alias, path, "<absent>");
  }

  @Then("{string} read back has members {string}")
  public void readBackMembers(String alias, String members) {
    ScimResponse r = world.readBack(alias);
    Set<String> want = new HashSet<>(world.ids(Aliases.parse(world.fill(members))));
    Set<String> got = new HashSet<>();
    JsonNode list = Json.field(r.json(), "members");
    if (list != null) {
      list.forEach(m -> got.add(String.valueOf(Json.field(m, "value") == null ? null : Json.field(m, "value").asText())));
    }
    if (!got.equals(want)) {
      throw Expect.fail(r, "members [" + members + "] " + want, "members " + got);
    }
  }

  @Then("{string} and {string} have different ids")
  public void differentIds(String a, String b) {
    if (world.id(a).equals(world.id(b))) {
      throw Expect.fail(world.last(), "different ids for '" + a + "' and '" + b + "'", "both " + world.id(a));
    }
  }

  /** RFC 7643 §2.4 lets a server refuse two primaries or keep one; what it must not do is store two. */
  @Then("the answer is a 400 error, or {string} read back has at most one {string}")
  public void atMostOne(String alias, String path) {
    ScimResponse answer = world.last();
    if (answer.status() == 400) {
      Expect.scimError(answer, 400, null);
      return;
    }
    ScimResponse r = world.readBack(alias);
    int n = dev.scimharness.conformance.BodyPath.select(r.json(), world.fill(path)).size();
    if (n > 1) {
      throw Expect.fail(r, "at most one " + path, n + " of them");
    }
  }

  /** Strictly later: a change that leaves lastModified where it was has not been recorded (RFC 7643 §3.1). */
  @Then("{string} read back has {string} after {string}")
  public void after(String alias, String path, String instant) {
    ScimResponse r = world.readBack(alias);
    Expect.value(r, r.json(), path, "<datetime>");
    String got = dev.scimharness.conformance.BodyPath.first(r.json(), path).asText();
    if (!java.time.OffsetDateTime.parse(got).isAfter(java.time.OffsetDateTime.parse(world.fill(instant)))) {
      throw Expect.fail(r, path + " after " + world.fill(instant), got);
    }
  }

  /**
   * Many servers keep timestamps to the second: a change made in the same second as the one before could not
   * move them forward, so a scenario that checks they move waits this long first.
   */
  @Given("a second has passed")
  public void aSecondPasses() throws InterruptedException {
    Thread.sleep(1_100);
  }

  @Then("{string} no longer exists")
  public void gone(String alias) {
    ScimResponse r = world.send("GET", world.address(alias), null);
    Expect.scimError(r, 404, null);
  }

  @When("the client takes a snapshot of {string}")
  public void snapshot(String alias) {
    snapshots.put(alias, world.readBack(alias).json());
  }

  /** Atomicity: nothing but server-maintained metadata may differ from the snapshot. */
  @Then("{string} read back is unchanged")
  public void unchanged(String alias) {
    ScimResponse r = world.readBack(alias);
    JsonNode before = withoutMeta(snapshots.get(alias));
    JsonNode after = withoutMeta(r.json());
    if (!before.equals(after)) {
      throw Expect.fail(r, "the resource unchanged: " + before, after.toString());
    }
  }


  private static JsonNode withoutMeta(JsonNode n) {
    if (n == null) {
      throw new IllegalStateException("no snapshot taken");
    }
    ObjectNode copy = (ObjectNode) n.deepCopy();
    String meta = Json.fieldName(copy, "meta");
    if (meta != null) {
      copy.remove(meta);
    }
    return copy;
  }

}
