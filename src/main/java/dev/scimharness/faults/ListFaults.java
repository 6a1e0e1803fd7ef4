package dev.scimharness.faults;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.filter.And;
import dev.scimharness.filter.Filter;
import dev.scimharness.filter.Not;
import dev.scimharness.filter.Or;
import dev.scimharness.filter.ValuePath;
import dev.scimharness.scim.ScimException;
import dev.scimharness.server.CursorRules;
import dev.scimharness.server.ListHook;
import dev.scimharness.server.ListQuery;
import dev.scimharness.server.StoredResource;
import java.util.List;

/** The faults of listing and searching (RFC 7644 §3.4.2), each at the step of {@link ListHook} it changes. */
record ListFaults(Faults on) implements ListHook {

  /**
   * {@link Fault#CURSOR_CLAIMED_NOT_SERVED}, {@link Fault#CURSOR_IGNORED}, {@link Fault#CURSOR_REPEATS_PAGE},
   * {@link Fault#NEXT_CURSOR_ON_LAST_PAGE}, {@link Fault#INVALID_CURSOR_ACCEPTED},
   * {@link Fault#PREVIOUS_CURSOR_ON_FIRST_PAGE}.
   */
  @Override
  public CursorRules cursorRules() {
    return new CursorRules(!on.has(Fault.CURSOR_CLAIMED_NOT_SERVED), !on.has(Fault.CURSOR_IGNORED),
        !on.has(Fault.CURSOR_REPEATS_PAGE), !on.has(Fault.NEXT_CURSOR_ON_LAST_PAGE),
        !on.has(Fault.INVALID_CURSOR_ACCEPTED), !on.has(Fault.PREVIOUS_CURSOR_ON_FIRST_PAGE));
  }

  /** {@link Fault#SORT_IGNORES_PRIMARY}. */
  @Override
  public boolean sortsByPrimary() {
    return !on.has(Fault.SORT_IGNORES_PRIMARY);
  }

  /** {@link Fault#FILTER_AND_KEEPS_FIRST_CLAUSE}. */
  @Override
  public Filter filter(Filter parsed) {
    return on.has(Fault.FILTER_AND_KEEPS_FIRST_CLAUSE) ? firstClauseOfEveryAnd(parsed) : parsed;
  }

  /** Every {@code a and b} is read as {@code a}. */
  static Filter firstClauseOfEveryAnd(Filter f) {
    if (f instanceof And a) {
      return firstClauseOfEveryAnd(a.left());
    }
    if (f instanceof Or o) {
      return new Or(firstClauseOfEveryAnd(o.left()), firstClauseOfEveryAnd(o.right()));
    }
    if (f instanceof Not n) {
      return new Not(firstClauseOfEveryAnd(n.filter()));
    }
    if (f instanceof ValuePath vp) {
      return new ValuePath(vp.attribute(), firstClauseOfEveryAnd(vp.filter()));
    }
    return f;
  }

  /** {@link Fault#BAD_FILTER_500}. */
  @Override
  public RuntimeException invalidFilter(ScimException refusal) {
    return on.has(Fault.BAD_FILTER_500)
        ? new IllegalStateException("filter evaluation failed: " + refusal.detail()) : refusal;
  }

  /** {@link Fault#COUNT_IGNORED}, {@link Fault#SORT_ORDER_IGNORED}, {@link Fault#SORT_CLAIMED_BUT_NOT_IMPLEMENTED}. */
  @Override
  public ListQuery query(ListQuery q) {
    boolean sorted = q.sortBy() != null && !q.sortBy().isBlank();
    if (sorted && on.has(Fault.SORT_CLAIMED_BUT_NOT_IMPLEMENTED)) {
      throw new ScimException(501, null, "Sorting is not supported.");
    }
    Integer count = on.has(Fault.COUNT_IGNORED) ? null : q.count();
    String sortOrder = on.has(Fault.SORT_ORDER_IGNORED) ? null : q.sortOrder();
    return new ListQuery(q.filter(), q.sortBy(), sortOrder, q.startIndex(), count, q.attributes(),
        q.excludedAttributes());
  }

  /** {@link Fault#START_INDEX_ZERO_BASED}, {@link Fault#PAGES_OVERLAP}. */
  @Override
  public int offset(ListQuery q, int startIndex, int count, int offset) {
    int o = offset;
    if (on.has(Fault.START_INDEX_ZERO_BASED)) {
      o = q.startIndex() == null ? 0 : Math.max(0, q.startIndex());
    }
    if (on.has(Fault.PAGES_OVERLAP)) {
      o = Math.max(0, startIndex - count);
    }
    return o;
  }

  /** {@link Fault#START_INDEX_PAST_END_LAST_PAGE}. */
  @Override
  public int pageStart(int offset, int matched, int count) {
    int from = Math.min(offset, matched);
    return from == matched && on.has(Fault.START_INDEX_PAST_END_LAST_PAGE) ? Math.max(0, matched - count) : from;
  }

  /** {@link Fault#USERNAME_EQ_CASE_SENSITIVE}. */
  @Override
  public List<StoredResource> byUserName(String userName, List<StoredResource> indexed) {
    return on.has(Fault.USERNAME_EQ_CASE_SENSITIVE)
        ? indexed.stream().filter(r -> userName.equals(r.name())).toList() : indexed;
  }

  /**
   * {@link Fault#TOTAL_RESULTS_COUNTS_PAGE}, {@link Fault#EMPTY_FILTER_RESULT_404},
   * {@link Fault#TOTAL_RESULTS_ZERO_WHEN_COUNT_ZERO}, {@link Fault#ITEMS_PER_PAGE_IS_COUNT}.
   */
  @Override
  public void response(ObjectNode listResponse, ListQuery q, int maxResults) {
    int total = on.has(Fault.TOTAL_RESULTS_COUNTS_PAGE) ? listResponse.get("Resources").size()
        : listResponse.get("totalResults").intValue();
    if (total == 0 && q.filter() != null && on.has(Fault.EMPTY_FILTER_RESULT_404)) {
      throw ScimException.notFound("No resource matches the filter.");
    }
    if (q.count() != null && q.count() <= 0 && on.has(Fault.TOTAL_RESULTS_ZERO_WHEN_COUNT_ZERO)) {
      total = 0;
    }
    listResponse.put("totalResults", total);
    if (on.has(Fault.ITEMS_PER_PAGE_IS_COUNT)) {
      listResponse.put("itemsPerPage", q.count() == null ? maxResults : Math.max(0, q.count()));
    }
  }
}
