package dev.scimharness.server;

import dev.scimharness.filter.And;
import dev.scimharness.filter.Compare;
import dev.scimharness.filter.CompareOp;
import dev.scimharness.filter.Filter;
import dev.scimharness.filter.ValuePath;
import dev.scimharness.scim.AttributePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Picks the resources a filter can match from an index instead of a scan: {@code userName eq}, {@code externalId
 * eq}, group {@code displayName eq} and {@code members.value eq} (alone or {@code and}-ed with anything) are O(1)
 * lookups. The candidates are still checked against the whole filter, so the planner only has to be a superset.
 */
final class QueryPlanner {
  private final ListHook hook;

  QueryPlanner(ListHook hook) {
    this.hook = hook;
  }

  /** The candidates an index gives for this filter, or empty when the filter needs a scan. */
  Optional<List<StoredResource>> candidates(ResourceStore store, ResourceKind kind, Filter filter) {
    if (filter instanceof And a) {
      Optional<List<StoredResource>> left = candidates(store, kind, a.left());
      Optional<List<StoredResource>> right = candidates(store, kind, a.right());
      if (left.isPresent() && right.isPresent()) {
        return left.get().size() <= right.get().size() ? left : right;
      }
      return left.isPresent() ? left : right;
    }
    if (filter instanceof ValuePath vp && vp.filter() instanceof Compare c && kind == ResourceKind.GROUP
        && core(vp.attribute(), kind) && vp.attribute().attribute().equalsIgnoreCase("members")
        && c.op() == CompareOp.EQ && c.value().isTextual() && c.attribute().attribute().equalsIgnoreCase("value")
        && !c.attribute().hasSubAttribute()) {
      return Optional.of(groupsContaining(store, c.value().asText()));
    }
    if (!(filter instanceof Compare c) || c.op() != CompareOp.EQ || !c.value().isTextual()
        || !core(c.attribute(), kind)) {
      return Optional.empty();
    }
    AttributePath p = c.attribute();
    String value = c.value().asText();
    if (!p.hasSubAttribute()) {
      if (kind == ResourceKind.USER && p.attribute().equalsIgnoreCase("userName")) {
        return Optional.of(hook.byUserName(value, store.byUserName(value).map(List::of).orElse(List.of())));
      }
      if (p.attribute().equalsIgnoreCase("externalId")) {
        return Optional.of(store.byExternalId(kind, value));
      }
      if (kind == ResourceKind.GROUP && p.attribute().equalsIgnoreCase("displayName")) {
        return Optional.of(store.groupsByDisplayName(value));
      }
    } else if (kind == ResourceKind.GROUP && p.attribute().equalsIgnoreCase("members")
        && p.subAttribute().equalsIgnoreCase("value")) {
      return Optional.of(groupsContaining(store, value));
    }
    return Optional.empty();
  }

  private static List<StoredResource> groupsContaining(ResourceStore store, String memberId) {
    List<StoredResource> out = new ArrayList<>();
    for (String g : store.groupsOf(memberId)) {
      store.get(ResourceKind.GROUP, g).ifPresent(out::add);
    }
    return out;
  }

  /** A path into the core schema (or a common attribute): no URN, or the kind's own core URN. */
  private static boolean core(AttributePath p, ResourceKind kind) {
    return p.schemaUrn() == null || p.schemaUrn().equalsIgnoreCase(kind.schema());
  }
}
