package dev.scimharness.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * One page of a list or search: the total number of matches, the 1-based index of the first, the page, and the
 * full trees of page entries the filter already read (by identity), so they are not read twice. A page served by
 * cursor (RFC 9865 §2) has no index; it has the cursors to the pages beside it, {@code null} where there is none.
 */
record ListResult(int totalResults, int startIndex, List<StoredResource> page,
    Map<StoredResource, ObjectNode> materialised, boolean byCursor, String nextCursor, String previousCursor) {
  ListResult {
    page = List.copyOf(page);
  }

  ListResult(int totalResults, int startIndex, List<StoredResource> page,
      Map<StoredResource, ObjectNode> materialised) {
    this(totalResults, startIndex, page, materialised, false, null, null);
  }

  static ListResult byCursor(int totalResults, List<StoredResource> page,
      Map<StoredResource, ObjectNode> materialised, String nextCursor, String previousCursor) {
    return new ListResult(totalResults, 0, page, materialised, true, nextCursor, previousCursor);
  }
}
