package dev.scimharness.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.filter.CompiledFilter;
import dev.scimharness.filter.Filter;
import dev.scimharness.scim.ResourceSchema;
import dev.scimharness.scim.ScimException;
import dev.scimharness.scim.ScimType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cursor-based pagination (RFC 9865 §2, §3): the {@code cursor} parameter of a list or a {@code /.search} body
 * selects the page, and the response carries {@code nextCursor} on every page but the last and
 * {@code previousCursor} on every page but the first.
 */
final class CursorListing {
  private final ServerConfig config;
  private final Map<ResourceKind, ResourceSchema> schemas;
  private final Materializer materializer;
  private final Listing listing;
  private final ListHook hook;
  private final Clock clock;
  private final CursorCodec codec = new CursorCodec();

  CursorListing(ServerConfig config, Map<ResourceKind, ResourceSchema> schemas, Materializer materializer,
      Listing listing) {
    this.config = config;
    this.schemas = schemas;
    this.materializer = materializer;
    this.listing = listing;
    this.hook = config.hooks().lists();
    this.clock = config.clock();
  }

  /**
   * Whether the request pages by cursor. A {@code cursor} parameter asks for it (RFC 9865 §2.4); a cursor-only
   * server pages every list by cursor (§2.3). With both methods, a request naming both is refused: the RFC lets a
   * client choose one method, and there is no page that is both.
   */
  boolean applies(ListQuery q, String cursor) {
    Pagination p = config.pagination();
    if (!p.cursor() || !hook.cursorRules().served()) {
      return false;
    }
    if (!p.index()) {
      return true;
    }
    if (cursor != null && q.startIndex() != null) {
      throw ScimException.invalidValue("'cursor' and 'startIndex' select different pagination methods; send one "
          + "(RFC 9865 §2.4).");
    }
    return cursor != null;
  }

  ListResult list(RequestScope s, List<ResourceKind> kinds, ListQuery query, String cursorValue) {
    ListQuery q = hook.query(query);
    CursorRules rules = hook.cursorRules();
    Map<ResourceKind, CompiledFilter> filters = new EnumMap<>(ResourceKind.class);
    Filter filter = blank(q.filter()) ? null : listing.compile(q.filter(), s, kinds, filters);
    Map<ResourceKind, SortKey> keys = new EnumMap<>(ResourceKind.class);
    Map<ResourceKind, Boolean> members = new EnumMap<>(ResourceKind.class);
    for (ResourceKind k : kinds) {
      if (!blank(q.sortBy())) {
        keys.put(k, SortKey.of(q.sortBy(), q.sortOrder(), schemas.get(k), hook.sortsByPrimary()));
      }
      members.put(k, k == ResourceKind.GROUP && ((filter != null && Filters.mentions(filter, "members"))
          || (!keys.isEmpty() && Listing.mentionsMembers(q.sortBy()))));
    }
    // RFC 9865 §2: a negative count SHALL be read as 0; the count a cursor was issued with is compared as read.
    int requested = q.count() == null ? -1 : Math.max(0, q.count());
    int count = requested < 0 ? config.maxResults() : Math.min(requested, config.maxResults());
    long bound = fingerprint(s, kinds, q);
    Cursor from = blank(cursorValue) || !rules.read() ? null : accepted(cursorValue, bound, requested, rules);
    CursorWalk walk = new CursorWalk(s, kinds, filters, keys, members, materializer, config.profile());
    boolean forward = from == null || from.forward();
    CursorPosition anchor = from == null ? CursorPosition.START : from.position();
    List<CursorWalk.Entry> got = walk.take(anchor, forward, count + 1);
    List<CursorWalk.Entry> page = got.subList(0, Math.min(count, got.size()));
    boolean after;
    boolean before;
    if (forward) {
      after = got.size() > count || (count == 0 && !walk.take(anchor, true, 1).isEmpty());
      before = from != null && !page.isEmpty() && !walk.take(page.get(0).position(), false, 1).isEmpty();
    } else {
      page = CursorWalk.reversed(page);
      before = got.size() > count;
      after = !walk.take(page.isEmpty() ? anchor : page.get(page.size() - 1).position(), true, 1).isEmpty();
    }
    long now = clock.millis();
    String next = null;
    if (after || !rules.endsOnLastPage()) {
      CursorPosition at = !rules.advances() ? (forward ? anchor : CursorPosition.START)
          : page.isEmpty() ? anchor : page.get(page.size() - 1).position();
      next = codec.encode(new Cursor(bound, requested, true, at, now));
    }
    String previous = null;
    if (before || !rules.firstPageHasNoPrevious()) {
      CursorPosition at = page.isEmpty() ? anchor : page.get(0).position();
      previous = codec.encode(new Cursor(bound, requested, false, at, now));
    }
    Map<StoredResource, ObjectNode> materialised = new IdentityHashMap<>();
    for (CursorWalk.Entry e : page) {
      if (e.full() != null && e.resource().kind() == ResourceKind.USER) {
        materialised.put(e.resource(), e.full());
      }
    }
    List<StoredResource> resources = page.stream().map(CursorWalk.Entry::resource).toList();
    return ListResult.byCursor(walk.total(), resources, materialised, next, previous);
  }

  /** The cursor a request sent, checked against the query it comes with (RFC 9865 §2, §2.1, §4). */
  private Cursor accepted(String value, long query, int requested, CursorRules rules) {
    Cursor c;
    try {
      c = codec.decode(value);
    } catch (ScimException invalid) {
      if (!rules.refusesInvalid()) {
        return null;
      }
      throw invalid;
    }
    if (c.query() != query) {
      if (!rules.refusesInvalid()) {
        return null;
      }
      throw new ScimException(ScimType.invalidCursor, "The cursor belongs to another query: every parameter but "
          + "'cursor' must be those of the first request (RFC 9865 §2).");
    }
    if (clock.millis() - c.issuedAt() > config.pagination().cursorTimeout().toMillis()) {
      throw new ScimException(ScimType.expiredCursor, "The cursor has expired: it is valid for "
          + config.pagination().cursorTimeout().toSeconds() + " seconds (cursorTimeout, RFC 9865 §4).");
    }
    if (c.count() != requested) {
      throw new ScimException(ScimType.invalidCount, "'count' must be that of the query's first page, "
          + (c.count() < 0 ? "absent" : String.valueOf(c.count())) + " (RFC 9865 §2.1).");
    }
    return c;
  }

  /**
   * What a cursor is bound to: the tenant (RFC 9865 §5.2, a cursor grants nothing outside its own tenant), the
   * resource types, the filter and the sort. Attribute selection may change between pages; it selects no resource.
   */
  private static long fingerprint(RequestScope s, List<ResourceKind> kinds, ListQuery q) {
    String canonical = String.join("\u0000", s.tenant().name(), kinds.toString(), String.valueOf(q.filter()),
        String.valueOf(q.sortBy()), String.valueOf(q.sortOrder()));
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
      long v = 0;
      for (int i = 0; i < 8; i++) {
        v = (v << 8) | (h[i] & 0xff);
      }
      return v;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
