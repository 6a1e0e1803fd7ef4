package dev.scimharness.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.filter.CompiledFilter;
import dev.scimharness.filter.Filter;
import dev.scimharness.patch.PatchRequest;
import dev.scimharness.patch.PatchResult;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.ResourceSchema;
import dev.scimharness.scim.SchemaRegistry;
import dev.scimharness.scim.ScimException;
import dev.scimharness.scim.ScimType;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The SCIM operations on users and groups, independent of HTTP so that {@code /Bulk} runs the very same code:
 * create, read, replace, patch, delete, list. Profile hooks and seeded faults are applied here, each at the step
 * they change.
 */
public final class ResourceService {
  private final ServerConfig config;
  private final Profile profile;
  private final Faults faults;
  private final Map<ResourceKind, ResourceSchema> schemas = new EnumMap<>(ResourceKind.class);
  private final Materializer materializer;
  private final QueryPlanner planner;

  /** A write's outcome: the stored resource and whether a new resource was made. */
  public record Written(StoredResource stored, boolean created) {}

  ResourceService(ServerConfig config, SchemaRegistry registry) {
    this.config = config;
    this.profile = config.profile();
    this.faults = config.faults();
    for (ResourceKind k : ResourceKind.values()) {
      schemas.put(k, registry.resourceSchema(k.typeName()));
    }
    this.materializer = new Materializer(faults);
    this.planner = new QueryPlanner(faults);
  }

  ResourceSchema schema(ResourceKind kind) {
    return schemas.get(kind);
  }

  // ---- create ----

  /** POST (RFC 7644 §3.3); {@code body} is validated as a client's would be. */
  public Written create(RequestScope s, ResourceKind kind, JsonNode body) {
    ObjectNode clean = Validation.forCreate(schemas.get(kind), body, s);
    WritePlan plan = profile.beforeCreate(s.write(kind, WriteContext.Operation.CREATE), clean);
    Written w;
    if (plan instanceof WritePlan.UpdateInstead u) {
      w = new Written(overwrite(s, kind, u.id(), u.resource(), WriteContext.Operation.CREATE), true);
    } else if (plan instanceof WritePlan.CreateAs c) {
      w = new Written(insert(s, kind, c.id(), c.resource()), true);
    } else {
      ObjectNode resource = plan instanceof WritePlan.Proceed p ? p.resource() : ((WritePlan.CreateInstead) plan).resource();
      w = new Written(insert(s, kind, null, resource), true);
    }
    profile.afterWrite(s.write(kind, WriteContext.Operation.CREATE), w.stored());
    return w;
  }

  /** Stores a new resource; {@code id} null lets the store assign one. */
  private StoredResource insert(RequestScope s, ResourceKind kind, String id, ObjectNode resource) {
    MembershipChange members = kind == ResourceKind.GROUP
        ? MembershipChange.adding(MemberPatch.fromAttribute(Json.field(resource, "members")))
        : MembershipChange.NONE;
    return s.store().create(kind, id, Draft.of(kind, resource), members);
  }

  /** Writes a whole representation onto an existing resource (a profile's redirect). */
  private StoredResource overwrite(RequestScope s, ResourceKind kind, String id, ObjectNode resource,
      WriteContext.Operation op) {
    return s.store().update(kind, id, cur -> new ResourceStore.Change(Draft.of(kind, resource),
        memberDiff(s, kind, id, Json.field(resource, "members"), op)));
  }

  // ---- read ----

  public StoredResource get(RequestScope s, ResourceKind kind, String id) {
    return s.store().get(kind, id).filter(r -> visible(s, r)).orElseThrow(() -> ResourceStore.notFound(kind, id));
  }

  /** The representation sent to the client: materialised, projected, password withheld. */
  ObjectNode render(RequestScope s, StoredResource r, Shape requested) {
    return render(s, r, requested, null);
  }

  /** As {@link #render(RequestScope, StoredResource, Shape)}, from a user's full tree read moments ago. */
  ObjectNode render(RequestScope s, StoredResource r, Shape requested, ObjectNode materialised) {
    Shape shape = requested;
    if (faults.has(Fault.ATTRIBUTES_IGNORED)) {
      shape = new Shape(List.of(), shape.excluded());
    }
    if (faults.has(Fault.EXCLUDED_ATTRIBUTES_IGNORED)) {
      shape = new Shape(shape.attributes(), List.of());
    }
    boolean members = r.kind() == ResourceKind.GROUP && shape.wantsMembers();
    ObjectNode full = materialised != null && r.kind() == ResourceKind.USER ? materialised
        : materializer.full(r, s.store(), s.baseUrl(), members);
    ObjectNode out = Projections.project(full, schemas.get(r.kind()), shape);
    if (faults.has(Fault.PASSWORD_RETURNED)) {
      JsonNode pw = Json.field(Materializer.body(r), "password");
      if (pw != null) {
        out.set("password", pw);
      }
    }
    return out;
  }

  public String etag(StoredResource r) {
    return materializer.version(r);
  }

  String location(RequestScope s, StoredResource r) {
    return materializer.location(r, s.baseUrl());
  }

  /** RFC 7644 §3.14: {@code If-None-Match} on a GET; true when the client's copy is current (304). */
  boolean notModified(StoredResource r, String ifNoneMatch) {
    return ifNoneMatch != null && tagMatches(ifNoneMatch, etag(r));
  }

  // ---- replace ----

  public Written replace(RequestScope s, ResourceKind kind, String id, JsonNode body, String ifMatch) {
    get(s, kind, id);
    AtomicReference<WritePlan> redirect = new AtomicReference<>();
    StoredResource st = s.store().update(kind, id, cur -> {
      checkIfMatch(cur, ifMatch);
      ObjectNode existing = materializer.full(cur, s.store(), s.baseUrl(), false);
      ObjectNode clean = Validation.forReplace(schemas.get(kind), existing, body, s);
      if (faults.has(Fault.PUT_MERGES)) {
        keepLeftOut(Materializer.body(cur), clean);
      }
      return planUpdate(s, kind, cur, existing, clean, WriteContext.Operation.REPLACE, redirect, true);
    });
    return written(s, kind, WriteContext.Operation.REPLACE, redirected(s, kind, st, redirect.get()));
  }

  /** What {@link Fault#PUT_MERGES} does: every stored attribute the PUT body leaves out is kept. */
  private static void keepLeftOut(ObjectNode stored, ObjectNode replacement) {
    stored.fields().forEachRemaining(f -> {
      if (Json.fieldName(replacement, f.getKey()) == null) {
        replacement.set(f.getKey(), f.getValue());
      }
    });
  }

  // ---- patch ----

  public Written patch(RequestScope s, ResourceKind kind, String id, JsonNode body, String ifMatch) {
    PatchRequest request = faults.has(Fault.PATCH_REPLACE_IGNORES_FILTER)
        ? Patches.withoutReplaceFilters(Patches.parse(body, s)) : Patches.parse(body, s);
    Optional<List<MemberPatch.Op>> direct = kind == ResourceKind.GROUP ? MemberPatch.recognise(body) : Optional.empty();
    StoredResource before = get(s, kind, id);
    AtomicReference<WritePlan> redirect = new AtomicReference<>();
    StoredResource st = s.store().update(kind, id, cur -> {
      checkIfMatch(cur, ifMatch);
      if (faults.has(Fault.PATCH_NOT_APPLIED)) {
        return ResourceStore.Change.NONE;
      }
      if (direct.isPresent()) {
        MembershipChange mc = MemberPatch.net(direct.get(), s.store().members(id), faults, s);
        return new ResourceStore.Change(null,
            profile.beforeMembershipChange(s.write(kind, WriteContext.Operation.PATCH), id, mc));
      }
      // A rename (Okta sends one with every group push) need not read a 100,000-member list.
      boolean members = kind == ResourceKind.GROUP && MemberPatch.touchesMembers(body);
      ObjectNode existing = materializer.full(cur, s.store(), s.baseUrl(), members);
      PatchResult applied;
      try {
        applied = Patches.apply(existing, request, schemas.get(kind), s);
      } catch (ScimException e) {
        if (e.scimType() == ScimType.mutability && faults.has(Fault.PATCH_MUTABILITY_NOT_ENFORCED)) {
          return ResourceStore.Change.NONE;
        }
        throw e;
      }
      if (!applied.changed()) {
        return ResourceStore.Change.NONE;
      }
      return planUpdate(s, kind, cur, existing, applied.resource(), WriteContext.Operation.PATCH, redirect, members);
    });
    Written w = written(s, kind, WriteContext.Operation.PATCH, redirected(s, kind, st, redirect.get()));
    return faults.has(Fault.PATCH_RETURNS_STALE_RESOURCE) && !w.created() ? new Written(before, false) : w;
  }

  /**
   * Runs the profile's update hook on (existing, proposed) and turns the outcome into a store change.
   * {@code membersInPlay} false: the request does not touch a group's members, which were not read.
   */
  private ResourceStore.Change planUpdate(RequestScope s, ResourceKind kind, StoredResource cur, ObjectNode existing,
      ObjectNode proposed, WriteContext.Operation op, AtomicReference<WritePlan> redirect, boolean membersInPlay) {
    JsonNode members = membersInPlay ? Json.field(proposed, "members") : null;
    WritePlan plan = profile.beforeUpdate(s.write(kind, op), withoutMembers(existing), withoutMembers(proposed));
    if (!(plan instanceof WritePlan.Proceed p)) {
      if (plan instanceof WritePlan.CreateInstead c && kind == ResourceKind.GROUP) {
        if (!membersInPlay) { // the new group gets the members the old one has
          members = Json.field(materializer.full(cur, s.store(), s.baseUrl(), true), "members");
        }
        c.resource().set("members", members == null ? Json.NODES.arrayNode() : members);
      }
      redirect.set(plan);
      return ResourceStore.Change.NONE;
    }
    MembershipChange mc = membersInPlay ? memberDiff(s, kind, cur.id(), members, op) : MembershipChange.NONE;
    return new ResourceStore.Change(Draft.of(kind, p.resource()), mc);
  }

  private Written written(RequestScope s, ResourceKind kind, WriteContext.Operation op, Written w) {
    profile.afterWrite(s.write(kind, op), w.stored());
    return w;
  }

  private Written redirected(RequestScope s, ResourceKind kind, StoredResource st, WritePlan plan) {
    if (plan instanceof WritePlan.CreateInstead c) {
      return new Written(insert(s, kind, null, c.resource()), true);
    }
    if (plan instanceof WritePlan.CreateAs c) {
      return new Written(insert(s, kind, c.id(), c.resource()), true);
    }
    if (plan instanceof WritePlan.UpdateInstead u) {
      return new Written(overwrite(s, kind, u.id(), u.resource(), WriteContext.Operation.REPLACE), false);
    }
    return new Written(st, false);
  }

  /** The change that makes a group's members exactly {@code wanted} (a {@code members} value; null = none). */
  private MembershipChange memberDiff(RequestScope s, ResourceKind kind, String groupId, JsonNode wanted,
      WriteContext.Operation op) {
    if (kind != ResourceKind.GROUP) {
      return MembershipChange.NONE;
    }
    Map<String, String> target = MemberPatch.fromAttribute(wanted);
    Map<String, String> current = s.store().members(groupId);
    Map<String, String> add = new HashMap<>();
    target.forEach((id, display) -> {
      String had = current.get(id);
      if (had == null || (!display.isEmpty() && !display.equals(had))) {
        add.put(id, display);
      }
    });
    Set<String> remove = new java.util.HashSet<>();
    for (String id : current.keySet()) {
      if (!target.containsKey(id)) {
        remove.add(id);
      }
    }
    MembershipChange mc = new MembershipChange(add, remove);
    return mc.isEmpty() ? mc : profile.beforeMembershipChange(s.write(kind, op), groupId, mc);
  }

  private static ObjectNode withoutMembers(ObjectNode resource) {
    ObjectNode copy = resource.deepCopy();
    String f = Json.fieldName(copy, "members");
    if (f != null) {
      copy.remove(f);
    }
    return copy;
  }

  // ---- delete ----

  public void delete(RequestScope s, ResourceKind kind, String id, String ifMatch) {
    get(s, kind, id);
    s.store().delete(kind, id, cur -> {
      checkIfMatch(cur, ifMatch);
      profile.beforeDelete(s.write(kind, WriteContext.Operation.DELETE),
          materializer.full(cur, s.store(), s.baseUrl(), false));
    });
  }

  // ---- list ----

  ListResult list(RequestScope s, List<ResourceKind> kinds, ListQuery q) {
    Filter filter = null;
    Map<ResourceKind, CompiledFilter> compiled = new EnumMap<>(ResourceKind.class);
    if (q.filter() != null && !q.filter().isBlank()) {
      filter = parseFilter(q.filter(), s, kinds, compiled);
    }
    int count = q.count() == null || faults.has(Fault.COUNT_IGNORED) ? config.maxResults()
        : Math.max(0, Math.min(q.count(), config.maxResults()));
    int startIndex = q.startIndex() == null || q.startIndex() < 1 ? 1 : q.startIndex();
    int offset = startIndex - 1;
    if (faults.has(Fault.START_INDEX_ZERO_BASED)) {
      offset = q.startIndex() == null ? 0 : Math.max(0, q.startIndex());
    }
    if (faults.has(Fault.PAGES_OVERLAP)) {
      offset = Math.max(0, startIndex - count);
    }
    boolean sorted = q.sortBy() != null && !q.sortBy().isBlank();
    if (sorted && faults.has(Fault.SORT_CLAIMED_BUT_NOT_IMPLEMENTED)) {
      throw new ScimException(501, null, "Sorting is not supported.");
    }
    if (filter == null && !sorted && kinds.size() == 1 && !profile.hidesResources()) {
      return firstPage(s, kinds.get(0), offset, count, startIndex);
    }
    List<StoredResource> matched = new ArrayList<>();
    List<SimpleEntry<StoredResource, JsonNode>> keyed = new ArrayList<>();
    Map<StoredResource, ObjectNode> materialised = new IdentityHashMap<>();
    Comparator<JsonNode> order = null;
    for (ResourceKind kind : kinds) {
      ResourceSchema schema = schemas.get(kind);
      SortKey key = sorted
          ? SortKey.of(q.sortBy(), faults.has(Fault.SORT_ORDER_IGNORED) ? null : q.sortOrder(), schema) : null;
      order = key == null ? order : key.order();
      boolean members = kind == ResourceKind.GROUP
          && ((filter != null && Filters.mentions(filter, "members")) || (sorted && mentionsMembers(q.sortBy())));
      Iterable<StoredResource> candidates = filter == null ? s.store().all(kind)
          : planner.candidates(s.store(), kind, filter).<Iterable<StoredResource>>map(l -> l)
              .orElseGet(() -> s.store().all(kind));
      for (StoredResource r : candidates) {
        if (!visible(s, r)) {
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
    int from = Math.min(offset, matched.size());
    if (from == matched.size() && faults.has(Fault.START_INDEX_PAST_END_LAST_PAGE)) {
      from = Math.max(0, matched.size() - count);
    }
    int to = (int) Math.min((long) from + count, matched.size());
    return new ListResult(matched.size(), startIndex, matched.subList(from, to), materialised);
  }

  private ListResult firstPage(RequestScope s, ResourceKind kind, int offset, int count, int startIndex) {
    int total = s.store().count(kind);
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
    return new ListResult(total, startIndex, page, Map.of());
  }

  /** Parses, and compiles for each kind into {@code compiled}; the one place a bad filter can become a 500. */
  private Filter parseFilter(String text, RequestScope s, List<ResourceKind> kinds,
      Map<ResourceKind, CompiledFilter> compiled) {
    try {
      Filter parsed = Filters.parse(text, s);
      Filter f = faults.has(Fault.FILTER_AND_KEEPS_FIRST_CLAUSE) ? Filters.firstClauseOfEveryAnd(parsed) : parsed;
      for (ResourceKind k : kinds) {
        compiled.put(k, Filters.compile(f, schemas.get(k)));
      }
      return f;
    } catch (ScimException e) {
      if (faults.has(Fault.BAD_FILTER_500) && e.scimType() == ScimType.invalidFilter) {
        throw new IllegalStateException("filter evaluation failed: " + e.detail());
      }
      throw e;
    }
  }

  private boolean visible(RequestScope s, StoredResource r) {
    return !profile.hidesResources() || profile.visible(s.tenant(), r.kind(), r.id(), r.lastModifiedAt());
  }

  // ---- versions ----

  private void checkIfMatch(StoredResource cur, String ifMatch) {
    if (ifMatch == null || faults.has(Fault.IF_MATCH_IGNORED)) {
      return;
    }
    if (!tagMatches(ifMatch, etag(cur))) {
      throw new ScimException(412, null, "If-Match " + ifMatch + " does not match the current version "
          + etag(cur) + ".");
    }
  }

  /** Weak comparison (RFC 7232 §2.3.2) against a list of tags or {@code *}. */
  static boolean tagMatches(String header, String etag) {
    String current = opaque(etag);
    for (String t : header.split(",")) {
      String tag = t.trim();
      if (tag.equals("*") || opaque(tag).equals(current)) {
        return true;
      }
    }
    return false;
  }

  private static String opaque(String tag) {
    return tag.startsWith("W/") || tag.startsWith("w/") ? tag.substring(2) : tag;
  }

  private static boolean mentionsMembers(String list) {
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
