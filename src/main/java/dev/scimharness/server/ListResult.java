package dev.scimharness.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * One page of a list or search: the total number of matches, the 1-based index of the first, the page, and the
 * full trees of page entries the filter already read (by identity), so they are not read twice.
 */
record ListResult(int totalResults, int startIndex, List<StoredResource> page,
    Map<StoredResource, ObjectNode> materialised) {
  ListResult {
    page = List.copyOf(page);
  }
}
