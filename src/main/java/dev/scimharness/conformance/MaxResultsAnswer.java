package dev.scimharness.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.endpoint.ScimResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Judges the answer to a filter that matches more resources than {@code filter.maxResults} (RFC 7643 §5: "the
 * maximum number of resources returned in a response"). The RFC allows two answers: a list cut to the limit, or
 * 400 {@code tooMany} (RFC 7644 §3.12, Table 9: "The specified filter yields many more results than the server is
 * willing to calculate or process"). Either must be well formed.
 */
public final class MaxResultsAnswer {
  private MaxResultsAnswer() {}

  /**
   * @param limit    the advertised {@code filter.maxResults}
   * @param matching how many resources the filter matches (more than {@code limit})
   * @param prefix   what the {@code userName} of every matching resource starts with
   */
  public static void check(ScimResponse r, long limit, long matching, String prefix) {
    if (r.status() == 400) {
      Expect.scimError(r, 400, "tooMany");
      return;
    }
    Expect.listResponse(r);
    JsonNode body = r.json();
    List<JsonNode> page = ListView.resources(body);
    if (page.isEmpty() || page.size() > limit) {
      throw Expect.fail(r, "between 1 and " + limit + " Resources (filter.maxResults) of the " + matching
          + " that match, or 400 tooMany", page.size() + " Resources");
    }
    // The list is partial, so itemsPerPage and startIndex are REQUIRED (RFC 7644 §3.4.2) and totalResults counts
    // every match, not the page ("The total number of results returned by the list or query operation").
    long total = body.get("totalResults").asLong();
    if (total < matching) {
      throw Expect.fail(r, "totalResults of at least " + matching + " (every match)", "totalResults " + total);
    }
    JsonNode perPage = body.get("itemsPerPage");
    if (perPage == null || !perPage.isIntegralNumber() || perPage.asLong() != page.size()) {
      throw Expect.fail(r, "itemsPerPage " + page.size() + " (the Resources returned)", "itemsPerPage " + perPage);
    }
    JsonNode start = body.get("startIndex");
    if (start == null || !start.isIntegralNumber() || start.asLong() != 1) {
      throw Expect.fail(r, "startIndex 1", "startIndex " + start);
    }
    Set<String> seen = new HashSet<>();
    for (JsonNode resource : page) {
      String userName = resource.path("userName").asText("");
      if (!userName.startsWith(prefix)) {
        throw Expect.fail(r, "only users whose userName starts with \"" + prefix + "\"", "userName " + userName);
      }
      if (!seen.add(resource.path("id").asText())) {
        throw Expect.fail(r, "each match listed once", "id " + resource.path("id") + " twice");
      }
    }
  }
}
