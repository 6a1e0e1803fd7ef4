package dev.scimharness.server;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A place in a walk's order, between two resources: the sort value (when sorted), the resource type's place in
 * the query, and the resource's creation sequence. Resources are ordered by these three, so a position stays
 * meaningful when the resource it was taken from is deleted and resources created later sort after it.
 *
 * @param sortValue the {@code sortBy} value, {@code null} when unsorted or absent
 */
record CursorPosition(JsonNode sortValue, int kind, long seq) {
  /** Before every resource: where a walk starts. */
  static final CursorPosition START = new CursorPosition(null, -1, Long.MIN_VALUE);

  static CursorPosition of(JsonNode sortValue, int kind, StoredResource r) {
    return new CursorPosition(sortValue, kind, r.seq());
  }
}
