package dev.scimharness.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.filter.CompiledFilter;
import dev.scimharness.filter.Filter;
import dev.scimharness.scim.ResourceSchema;
import dev.scimharness.scim.ScimException;
import dev.scimharness.scim.ScimType;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Listing and searching (RFC 7644 §3.4.2, §3.4.3): filter, sort and page one or more resource types. An index
 * answers what it can ({@link QueryPlanner}); an unfiltered, unsorted list reads only its page.
 */
final class Listing {
  private final ServerConfig config;
  private final Map<ResourceKind, ResourceSchema> schemas;
  private final Materializer materializer;
  private final QueryPlanner planner;
  private final ListHook hook;

  Listing(ServerConfig config, Map<ResourceKind, ResourceSchema> schemas, Materializer materializer) {
    this.config = config;
    this.schemas = schemas;
    this.materializer = materializer;
    this.hook = config.hooks().lists();
    this.planner = new QueryPlanner(hook);
  }

  ListResult list(RequestScope s, List<ResourceKind> kinds, ListQuery query) {
    Filter filter = null;
    Map<ResourceKind, CompiledFilter> compiled = new EnumMap<>(ResourceKind.class);
    if (query.filter() != null && !query.filter().isBlank()) {
      filter = compile(query.filter(), s, kinds, compiled);
    }
    ListQuery q = hook.query(query);
    int count = q.count() == null ? config.maxResults() : Math.max(0, Math.min(q.count(), config.maxResults()));
    int startIndex = q.startIndex() == null || q.startIndex() < 1 ? 1 : q.startIndex();
    int offset = hook.offset(q, startIndex, count, startIndex - 1);
    boolean sorted = q.sortBy() != null && !q.sortBy().isBlank();
    Profile profile = config.profile();
    if (filter == null && !sorted && kinds.size() == 1 && !profile.hidesResources()) {
      return firstPage(s, kinds.get(0), offset, count, startIndex);
    }
    List<StoredResource> matched = new ArrayList<>();
    List<SimpleEntry<StoredResource, JsonNode>> keyed = new ArrayList<>();
    Map<StoredResource, ObjectNode> materialised = new IdentityHashMap<>();
    Comparator<JsonNode> order = null;
    for (ResourceKind kind : kinds) {
      SortKey key = sorted ? SortKey.of(q.sortBy(), q.sortOrder(), schemas.get(kind), hook.sortsByPrimary()) : null;
      order = key == null ? order : key.order();
      boolean members = kind == ResourceKind.GROUP
          && ((filter != null && Filters.mentions(filter, "members")) || (sorted && mentionsMembers(q.sortBy())));
      Iterable<StoredResource> candidates = filter == null ? s.store().all(kind)
          : planner.candidates(s.store(), kind, filter).<Iterable<StoredResource>>map(l -> l)
              .orElseGet(() -> s.store().all(kind));
      for (StoredResource r : candidates) {
        if (!visible(profile, s, r)) {
          continue;
        }
        if (filter == null && key == null) {
          matched.add(r);
          continue;
        }
        ObjectNode full = materializer.full(r, s.store(), s.baseUrl(), members);
        if (filter == null || compiled.get(kind).matches(full)) {
          if (key != null) {
            keyed.add(new SimpleEntry<>(r, key.extract(full)));
          } else {
            if (kind == ResourceKind.USER && matched.size() >= offset && matched.size() - offset < count) {
              materialised.put(r, full); // on the page: render it from this tree instead of reading it again
            }
            matched.add(r);
          }
        }
      }
    }
    if (sorted) {
      Comparator<JsonNode> byValue = order;
      keyed.sort((a, b) -> byValue.compare(a.getValue(), b.getValue()));
      keyed.forEach(e -> matched.add(e.getKey()));
    }
    int from = hook.pageStart(offset, matched.size(), count);
    int to = (int) Math.min((long) from + count, matched.size());
    return new ListResult(matched.size(), startIndex, matched.subList(from, to), materialised);
  }

  private ListResult firstPage(RequestScope s, ResourceKind kind, int offset, int count, int startIndex) {
    List<StoredResource> page = new ArrayList<>(Math.min(count, 1024));
    int skipped = 0;
    for (StoredResource r : s.store().all(kind)) {
      if (page.size() >= count) {
        break;
      }
      if (skipped++ < offset) {
        continue;
      }
      page.add(r);
    }
    // Counted after the walk, and never fewer than the page shows: a create racing this list must not make
    // totalResults smaller than startIndex - 1 + itemsPerPage (RFC 7644 §3.4.2).
    int total = Math.max(s.store().count(kind), offset + page.size());
    return new ListResult(total, startIndex, page, Map.of());
  }

  /** Parses, lets the hook adjust, and compiles for each kind into {@code compiled}. */
  Filter compile(String text, RequestScope s, List<ResourceKind> kinds,
      Map<ResourceKind, CompiledFilter> compiled) {
    try {
      Filter f = hook.filter(Filters.parse(text, s));
      for (ResourceKind k : kinds) {
        compiled.put(k, Filters.compile(f, schemas.get(k)));
      }
      return f;
    } catch (ScimException e) {
      throw e.scimType() == ScimType.invalidFilter ? hook.invalidFilter(e) : e;
    }
  }

  /** Whether a profile lets SCIM clients see the resource now. */
  static boolean visible(Profile profile, RequestScope s, StoredResource r) {
    return !profile.hidesResources() || profile.visible(s.tenant(), r.kind(), r.id(), r.lastModifiedAt());
  }

  static boolean mentionsMembers(String list) {
    for (String a : list.split(",")) {
      String name = a.trim().toLowerCase(Locale.ROOT);
      name = name.substring(name.lastIndexOf(':') + 1);
      if (name.equals("members") || name.startsWith("members.")) {
        return true;
      }
    }
    return false;
  }
}
