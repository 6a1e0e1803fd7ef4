package dev.scimharness.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.filter.CompiledFilter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The order a cursor-paged query walks (RFC 9865 §2) and the matches on either side of a position in it. Unsorted,
 * resources come by type, then creation: a page reads the store's index from the position on and stops after the
 * page, so a walk over N resources costs N reads, not N squared. Sorted (RFC 9865 §2.2, RFC 7644 §3.4.2.3), every
 * match is looked at but only the page is kept. Either way nothing proportional to the result set is held, and a
 * position still means the same place after creates and deletes: no resource present for a whole walk is skipped
 * or served twice.
 */
final class CursorWalk {
  /** A match, where it sits in the order, and its full tree when one was read to filter or sort it. */
  record Entry(StoredResource resource, CursorPosition position, ObjectNode full) {}

  private final RequestScope scope;
  private final List<ResourceKind> kinds;
  private final Map<ResourceKind, CompiledFilter> filters;
  private final Map<ResourceKind, SortKey> keys;
  private final Map<ResourceKind, Boolean> withMembers;
  private final Materializer materializer;
  private final Profile profile;
  private final Comparator<CursorPosition> order;

  /** {@code filters} and {@code keys} are empty when the query has no filter or no sort. */
  CursorWalk(RequestScope scope, List<ResourceKind> kinds, Map<ResourceKind, CompiledFilter> filters,
      Map<ResourceKind, SortKey> keys, Map<ResourceKind, Boolean> withMembers, Materializer materializer,
      Profile profile) {
    this.scope = scope;
    this.kinds = kinds;
    this.filters = filters;
    this.keys = keys;
    this.withMembers = withMembers;
    this.materializer = materializer;
    this.profile = profile;
    Comparator<JsonNode> byValue = keys.isEmpty() ? (a, b) -> 0 : keys.get(kinds.get(0)).order();
    Comparator<CursorPosition> positions = Comparator.<CursorPosition, JsonNode>comparing(CursorPosition::sortValue,
        byValue).thenComparingInt(CursorPosition::kind).thenComparingLong(CursorPosition::seq);
    this.order = (a, b) -> a == CursorPosition.START ? (b == CursorPosition.START ? 0 : -1)
        : b == CursorPosition.START ? 1 : positions.compare(a, b);
  }

  /** Up to {@code limit} matches after ({@code forward}) or before {@code anchor}, nearest first. */
  List<Entry> take(CursorPosition anchor, boolean forward, int limit) {
    if (limit <= 0) {
      return List.of();
    }
    return keys.isEmpty() ? inStoreOrder(anchor, forward, limit) : sorted(anchor, forward, limit);
  }

  /** How many resources match, for {@code totalResults}. */
  int total() {
    if (filters.isEmpty() && !profile.hidesResources()) {
      return kinds.stream().mapToInt(k -> scope.store().count(k)).sum();
    }
    int n = 0;
    for (int k = 0; k < kinds.size(); k++) {
      for (StoredResource r : scope.store().all(kinds.get(k))) {
        n += match(k, r) != null ? 1 : 0;
      }
    }
    return n;
  }

  private List<Entry> inStoreOrder(CursorPosition anchor, boolean forward, int limit) {
    List<Entry> out = new ArrayList<>(Math.min(limit, 1024));
    int first = forward ? Math.max(anchor.kind(), 0) : Math.min(anchor.kind(), kinds.size() - 1);
    for (int k = first; forward ? k < kinds.size() : k >= 0; k += forward ? 1 : -1) {
      long from = k == anchor.kind() ? anchor.seq() : (forward ? Long.MIN_VALUE : Long.MAX_VALUE);
      for (StoredResource r : scope.store().from(kinds.get(k), from, forward)) {
        Entry e = match(k, r);
        if (e != null) {
          out.add(e);
          if (out.size() >= limit) {
            return out;
          }
        }
      }
    }
    return out;
  }

  private List<Entry> sorted(CursorPosition anchor, boolean forward, int limit) {
    Comparator<Entry> nearestFirst = (a, b) -> forward ? order.compare(a.position(), b.position())
        : order.compare(b.position(), a.position());
    // The heap keeps the nearest `limit` matches seen so far, farthest on top to be evicted first.
    PriorityQueue<Entry> nearest = new PriorityQueue<>(nearestFirst.reversed());
    for (int k = 0; k < kinds.size(); k++) {
      for (StoredResource r : scope.store().all(kinds.get(k))) {
        Entry e = match(k, r);
        if (e == null) {
          continue;
        }
        int side = order.compare(e.position(), anchor);
        if (forward ? side <= 0 : side >= 0) {
          continue;
        }
        nearest.add(e);
        if (nearest.size() > limit) {
          nearest.poll();
        }
      }
    }
    List<Entry> out = new ArrayList<>(nearest);
    out.sort(nearestFirst);
    return out;
  }

  /** The entry for {@code r} when it matches the query, else {@code null}. */
  private Entry match(int k, StoredResource r) {
    if (!Listing.visible(profile, scope, r)) {
      return null;
    }
    ResourceKind kind = kinds.get(k);
    if (filters.isEmpty() && keys.isEmpty()) {
      return new Entry(r, CursorPosition.of(null, k, r), null);
    }
    ObjectNode full = materializer.full(r, scope.store(), scope.baseUrl(), withMembers.get(kind));
    if (!filters.isEmpty() && !filters.get(kind).matches(full)) {
      return null;
    }
    JsonNode value = keys.isEmpty() ? null : keys.get(kind).extract(full);
    return new Entry(r, CursorPosition.of(value, k, r), full);
  }

  static <T> List<T> reversed(List<T> list) {
    List<T> out = new ArrayList<>(list);
    Collections.reverse(out);
    return out;
  }
}
