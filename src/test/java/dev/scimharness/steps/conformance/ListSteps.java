package dev.scimharness.steps.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.conformance.Expect;
import dev.scimharness.conformance.ListView;
import dev.scimharness.conformance.Pager;
import dev.scimharness.endpoint.ScimResponse;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Listing, filtering and searching, and assertions on ListResponses. */
public final class ListSteps {
  private final ScimWorld world;
  private List<String> pages = List.of();

  public ListSteps(ScimWorld world) {
    this.world = world;
  }

  /** The filter is the rest of the line, unquoted, so it can hold quotes: {@code filters Users with title pr}. */
  @When("^the client filters (\\w+) with (.+)$")
  public void filter(String collection, String filter) {
    world.send("GET", "/" + collection + "?filter=" + Query.value(world.fill(filter)), null);
  }

  @When("the client lists {string} with:")
  public void list(String collection, Map<String, String> params) {
    Map<String, String> filled = new LinkedHashMap<>();
    params.forEach((k, v) -> filled.put(k, world.fill(v)));
    world.send("GET", "/" + collection + "?" + Query.of(filled), null);
  }

  @When("the client searches {string} with:")
  public void search(String path, String body) {
    world.send("POST", path, body);
  }

  @When("^the client pages through \"(\\w+)\" filtered by (.+) (\\d+) at a time$")
  public void pageThrough(String collection, String filter, int count) {
    String f = Query.value(world.fill(filter));
    pages = Pager.walk((start, n) -> {
      ScimResponse r = world.send("GET", "/" + collection + "?filter=" + f + "&startIndex=" + start + "&count=" + n, null);
      Expect.listResponse(r);
      return r.json();
    }, count, 100);
  }

  @Then("the pages together hold exactly {string}")
  public void pagesHold(String aliases) {
    Expect.eachOnce(world.last(), aliases, world.ids(Aliases.parse(aliases)), pages);
  }

  @Then("the response is a ListResponse")
  public void listResponse() {
    Expect.listResponse(world.last());
  }

  @Then("the list contains exactly {string}")
  public void exactly(String aliases) {
    ScimResponse r = world.last();
    Expect.listResponse(r);
    List<String> want = world.ids(Aliases.parse(aliases));
    List<String> got = ListView.ids(r.json());
    if (!new HashSet<>(got).equals(new HashSet<>(want)) || got.size() != want.size()) {
      throw Expect.fail(r, "exactly [" + aliases + "] " + want, describe(got));
    }
  }

  @Then("the list contains {string}")
  public void contains(String aliases) {
    ScimResponse r = world.last();
    Expect.listResponse(r);
    List<String> got = ListView.ids(r.json());
    for (String alias : Aliases.parse(aliases)) {
      if (!got.contains(world.id(alias))) {
        throw Expect.fail(r, "'" + alias + "' (" + world.id(alias) + ") listed", describe(got));
      }
    }
  }

  @Then("the list does not contain {string}")
  public void doesNotContain(String aliases) {
    ScimResponse r = world.last();
    Expect.listResponse(r);
    List<String> got = ListView.ids(r.json());
    for (String alias : Aliases.parse(aliases)) {
      if (got.contains(world.id(alias))) {
        throw Expect.fail(r, "'" + alias + "' (" + world.id(alias) + ") not listed", describe(got));
      }
    }
  }

  @Then("the list is ordered {string}")
  public void ordered(String aliases) {
    ScimResponse r = world.last();
    Expect.listResponse(r);
    List<String> want = world.ids(Aliases.parse(aliases));
    List<String> got = ListView.orderOf(ListView.ids(r.json()), want);
    if (!got.equals(want)) {
      throw Expect.fail(r, "the order [" + aliases + "] " + want, "the order " + got);
    }
  }

  @Then("the list has {int} resources")
  public void size(int n) {
    ScimResponse r = world.last();
    Expect.listResponse(r);
    int got = ListView.resources(r.json()).size();
    if (got != n) {
      throw Expect.fail(r, n + " Resources", got + " Resources");
    }
  }

  @Then("the list is not empty")
  public void notEmpty() {
    ScimResponse r = world.last();
    Expect.listResponse(r);
    if (ListView.resources(r.json()).isEmpty()) {
      throw Expect.fail(r, "at least one listed resource", "an empty list");
    }
  }

  /** A rule over every listed resource checks nothing over none: the list must hold at least one. */
  @Then("every listed resource has {string} equal to {string}")
  public void everyHas(String path, String expected) {
    notEmpty();
    ScimResponse r = world.last();
    for (JsonNode resource : ListView.resources(r.json())) {
      Expect.value(r, resource, world.fill(path), world.fill(expected));
    }
  }

  @Then("every listed resource has no {string}")
  public void everyLacks(String path) {
    everyHas(path, "<absent>");
  }

  /** Where a refusal is as good an answer as a list (a filter the target may decline), only a list is judged. */
  @Then("any resource the answer lists has no {string}")
  public void anyListedLacks(String path) {
    ScimResponse r = world.last();
    for (JsonNode resource : ListView.resources(r.json())) {
      Expect.value(r, resource, world.fill(path), "<absent>");
    }
  }

  private static String describe(List<String> ids) {
    return ids.isEmpty() ? "an empty list" : "the ids " + ids;
  }
}
