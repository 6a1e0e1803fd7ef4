package dev.scimharness.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.scim.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Walks a list page by page as an importing IdP does (RFC 7644 §3.4.2.4): {@code startIndex += count} until
 * {@code totalResults} is passed, and returns every id seen, duplicates included, so a 0-based or overlapping
 * server shows up as a missing or repeated resource.
 */
public final class Pager {
  private Pager() {}

  /** {@code fetch} answers the ListResponse body for (startIndex, count); {@code maxPages} bounds the walk. */
  public static List<String> walk(BiFunction<Integer, Integer, JsonNode> fetch, int count, int maxPages) {
    List<String> ids = new ArrayList<>();
    int startIndex = 1;
    for (int page = 0; page < maxPages; page++) {
      JsonNode body = fetch.apply(startIndex, count);
      List<String> pageIds = ListView.ids(body);
      ids.addAll(pageIds);
      JsonNode total = Json.field(body, "totalResults");
      if (pageIds.isEmpty() || total == null || startIndex + count > total.asInt()) {
        break;
      }
      startIndex += count;
    }
    return ids;
  }
}
