package dev.scimharness.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.filter.Filter;
import dev.scimharness.scim.ScimException;
import java.util.List;

/**
 * Hooks on listing and searching (RFC 7644 §3.4.2, §3.4.3), each at the step it may change: the filter, the query,
 * the page's position, the index lookup by {@code userName}, and the ListResponse body.
 */
public interface ListHook {
  /** The filter the list runs, from the one parsed. */
  default Filter filter(Filter parsed) {
    return parsed;
  }

  /** What a filter refused as {@code invalidFilter} (400, RFC 7644 §3.4.2.2) is answered with. */
  default RuntimeException invalidFilter(ScimException refusal) {
    return refusal;
  }

  /** The query as the list runs it, once its filter parsed. */
  default ListQuery query(ListQuery query) {
    return query;
  }

  /** The 0-based offset of the page's first match; {@code offset} is {@code startIndex - 1}. */
  default int offset(ListQuery query, int startIndex, int count, int offset) {
    return offset;
  }

  /** Where the page starts among {@code matched} resources; past the end means an empty page. */
  default int pageStart(int offset, int matched, int count) {
    return Math.min(offset, matched);
  }

  /** The users an {@code userName eq} lookup yields from the case-insensitive index. */
  default List<StoredResource> byUserName(String userName, List<StoredResource> indexed) {
    return indexed;
  }

  /**
   * Whether {@code sortBy} on a multi-valued attribute sorts by its primary value, as RFC 7644 §3.4.2.3 says, or
   * by its first.
   */
  default boolean sortsByPrimary() {
    return true;
  }

  /** How cursor paging (RFC 9865) keeps its rules. */
  default CursorRules cursorRules() {
    return CursorRules.RFC;
  }

  /** May change the ListResponse before it is sent; {@code maxResults} is the server's page size cap. */
  default void response(ObjectNode listResponse, ListQuery query, int maxResults) {}
}
