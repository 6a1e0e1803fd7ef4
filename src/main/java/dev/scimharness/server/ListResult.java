package dev.scimharness.server;

import java.util.List;

/** One page of a list or search: the total number of matches, the 1-based index of the first, the page. */
record ListResult(int totalResults, int startIndex, List<StoredResource> page) {
  ListResult {
    page = List.copyOf(page);
  }
}
