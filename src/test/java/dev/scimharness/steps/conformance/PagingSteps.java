package dev.scimharness.steps.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.conformance.Expect;
import dev.scimharness.conformance.ListView;
import dev.scimharness.endpoint.ScimResponse;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pages as RFC 7644 §3.4.2.4 lets a server cut them: "MUST NOT return more results than specified, although it
 * MAY return fewer results". A page is held to its upper bound and to what it says of itself, never to being full.
 */
public final class PagingSteps {
  private static final int MAX_PAGES = 100;

  private final ScimWorld world;
  private List<String> seen = List.of();

  public PagingSteps(ScimWorld world) {
    this.world = world;
  }

  /**
   * Walks a sorted list as a client that honours short pages does: the next startIndex follows the resources the
   * page listed, not the count asked for. Only a sorted list has one order for the pages to be slices of
   * (§3.4.2.3; "Because pagination is not stateful, clients MUST be prepared to handle inconsistent results").
   */
  @When("^the client pages through \"(\\w+)\" sorted by (\\S+), filtered by (.+), (\\d+) at a time$")
  public void pageSorted(String collection, String sortBy, String filter, int count) {
    List<String> ids = new ArrayList<>();
    int startIndex = 1;
    for (int page = 0; page < MAX_PAGES; page++) {
      Map<String, String> params = new LinkedHashMap<>();
      params.put("filter", world.fill(filter));
      params.put("sortBy", sortBy);
      params.put("startIndex", Integer.toString(startIndex));
      params.put("count", Integer.toString(count));
      ScimResponse r = world.send("GET", "/" + collection + "?" + Query.of(params), null);
      Expect.listResponse(r);
      List<String> listed = ListView.ids(r.json());
      if (listed.size() > count) {
        throw Expect.fail(r, "at most " + count + " Resources (count=" + count + ")", listed.size() + " Resources");
      }
      ids.addAll(listed);
      int total = r.json().get("totalResults").asInt();
      if (listed.isEmpty() || startIndex + listed.size() > total) {
        break;
      }
      startIndex += listed.size();
    }
    seen = ids;
  }

  @Then("the pages together hold each of {string} exactly once")
  public void eachOnce(String aliases) {
    Expect.eachOnce(world.last(), aliases, world.ids(Aliases.parse(aliases)), seen);
  }

  /** A page that starts within totalResults lists something: §3.4.2 makes "Resources" REQUIRED then. */
  @Then("the list has between {int} and {int} resources")
  public void between(int least, int most) {
    ScimResponse r = world.last();
    Expect.listResponse(r);
    int got = ListView.resources(r.json()).size();
    if (got < least || got > most) {
      throw Expect.fail(r, least + " to " + most + " Resources", got + " Resources");
    }
  }

  /** §3.4.2.4: itemsPerPage is "the number of query results returned in a query response page". */
  @Then("the page's itemsPerPage is at most {int} and counts the listed resources")
  public void itemsPerPage(int most) {
    ScimResponse r = world.last();
    Expect.listResponse(r);
    JsonNode perPage = r.json().get("itemsPerPage");
    int listed = ListView.resources(r.json()).size();
    if (perPage == null || !perPage.isIntegralNumber() || perPage.asInt() != listed || listed > most) {
      throw Expect.fail(r, "itemsPerPage equal to the " + listed + " listed Resources, at most " + most,
          "itemsPerPage " + perPage + " with " + listed + " Resources");
    }
  }

  /** A page of a sorted list is the start of the slice asked for: it may be short, but not empty or out of order. */
  @Then("the list is ordered {string}, or a non-empty beginning of it")
  public void orderedPrefix(String aliases) {
    ScimResponse r = world.last();
    Expect.listResponse(r);
    List<String> want = world.ids(Aliases.parse(aliases));
    List<String> got = ListView.ids(r.json());
    if (got.isEmpty() || got.size() > want.size() || !got.equals(want.subList(0, got.size()))) {
      throw Expect.fail(r, "the order [" + aliases + "] " + want + ", or a non-empty beginning of it",
          got.isEmpty() ? "an empty list" : "the ids " + got);
    }
  }
}
