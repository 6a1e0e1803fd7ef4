package dev.scimharness.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.patch.MemberChanges;
import dev.scimharness.patch.PatchRequest;
import dev.scimharness.patch.PatchResult;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.ResourceSchema;
import dev.scimharness.scim.SchemaRegistry;
import dev.scimharness.scim.ScimException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The SCIM operations on users and groups, independent of HTTP so that {@code /Bulk} runs the very same code:
 * create, read, replace, patch, delete, list. Profile hooks and the server's {@link ServerHooks} are applied here,
 * each at the step they change.
 */
public final class ResourceService {
  private final ServerConfig config;
  private final Profile profile;
  private final UpdateHook updates;
  private final RenderHook rendering;
  private final Map<ResourceKind, ResourceSchema> schemas = new EnumMap<>(ResourceKind.class);
  private final Materializer materializer;
  private final Versions versions;
  private final Listing listing;
  private final CursorListing cursors;

  /** A write's outcome: the stored resource and whether a new resource was made. */
  public record Written(StoredResource stored, boolean created) {}

  ResourceService(ServerConfig config, SchemaRegistry registry) {
    this.config = config;
    this.profile = config.profile();
    this.updates = config.hooks().updates();
    this.rendering = config.hooks().rendering();
    for (ResourceKind k : ResourceKind.values()) {
      schemas.put(k, registry.resourceSchema(k.typeName()));
    }
    this.materializer = new Materializer(config.hooks().versions());
    this.versions = new Versions(materializer, config.hooks().versions());
    this.listing = new Listing(config, schemas, materializer);
    this.cursors = new CursorListing(config, schemas, materializer, listing);
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
    MembershipChange members = kind == ResourceKind.GROUP ? Memberships.of(resource) : MembershipChange.NONE;
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
    return s.store().get(kind, id).filter(r -> Listing.visible(profile, s, r)).orElseThrow(() -> ResourceStore.notFound(kind, id));
  }

  /** The representation sent to the client: materialised, projected, password withheld. */
  ObjectNode render(RequestScope s, StoredResource r, Shape requested) {
    return render(s, r, requested, null);
  }

  /** As {@link #render(RequestScope, StoredResource, Shape)}, from a user's full tree read moments ago. */
  ObjectNode render(RequestScope s, StoredResource r, Shape requested, ObjectNode materialised) {
    Shape shape = rendering.shape(requested);
    boolean members = r.kind() == ResourceKind.GROUP && shape.wantsMembers();
    ObjectNode full = materialised != null && r.kind() == ResourceKind.USER ? materialised
        : materializer.full(r, s.store(), s.baseUrl(), members);
    ObjectNode out = Projections.project(full, schemas.get(r.kind()), shape);
    rendering.rendered(r, out);
    return out;
  }

  public String etag(StoredResource r) {
    return versions.etag(r);
  }

  String location(RequestScope s, StoredResource r) {
    return materializer.location(r, s.baseUrl());
  }

  /** RFC 7644 §3.14: {@code If-None-Match} on a GET; true when the client's copy is current (304). */
  boolean notModified(StoredResource r, String ifNoneMatch) {
    return versions.notModified(r, ifNoneMatch);
  }

  // ---- replace ----

  public Written replace(RequestScope s, ResourceKind kind, String id, JsonNode body, String ifMatch) {
    get(s, kind, id);
    AtomicReference<WritePlan> redirect = new AtomicReference<>();
    StoredResource st = s.store().update(kind, id, cur -> {
      versions.checkIfMatch(cur, ifMatch);
      ObjectNode existing = materializer.full(cur, s.store(), s.baseUrl(), false);
      ObjectNode clean = Validation.forReplace(schemas.get(kind), existing, body, s);
      updates.replacing(Materializer.body(cur), clean);
      return planUpdate(s, kind, cur, existing, clean, WriteContext.Operation.REPLACE, redirect, true);
    });
    return written(s, kind, WriteContext.Operation.REPLACE, redirected(s, kind, st, redirect.get()));
  }

  // ---- patch ----

  public Written patch(RequestScope s, ResourceKind kind, String id, JsonNode body, String ifMatch) {
    PatchRequest request = updates.request(kind, Patches.parse(body, s));
    Optional<List<MemberChanges.Op>> direct = kind == ResourceKind.GROUP ? MemberChanges.recognise(request)
        : Optional.empty();
    StoredResource before = get(s, kind, id);
    AtomicReference<WritePlan> redirect = new AtomicReference<>();
    StoredResource st = s.store().update(kind, id, cur -> {
      versions.checkIfMatch(cur, ifMatch);
      if (!updates.applies()) {
        return ResourceStore.Change.NONE;
      }
      if (direct.isPresent()) {
        MembershipChange mc = Memberships.patch(direct.get(), s.store().members(id), s);
        return new ResourceStore.Change(null,
            profile.beforeMembershipChange(s.write(kind, WriteContext.Operation.PATCH), id, mc));
      }
      // A rename (Okta sends one with every group push) need not read a 100,000-member list.
      boolean members = kind == ResourceKind.GROUP && MemberChanges.touchesMembers(request);
      ObjectNode existing = materializer.full(cur, s.store(), s.baseUrl(), members);
      PatchResult applied;
      try {
        applied = Patches.apply(existing, request, schemas.get(kind), s);
      } catch (ScimException e) {
        if (updates.ignores(e)) {
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
    return w.created() ? w : new Written(updates.answer(before, w.stored()), false);
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
    MembershipChange mc = Memberships.diff(s.store().members(groupId), wanted);
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
      versions.checkIfMatch(cur, ifMatch);
      profile.beforeDelete(s.write(kind, WriteContext.Operation.DELETE),
          materializer.full(cur, s.store(), s.baseUrl(), false));
    });
  }

  // ---- list ----

  ListResult list(RequestScope s, List<ResourceKind> kinds, ListQuery q) {
    return listing.list(s, kinds, q);
  }

  /** A list or search that may page by cursor (RFC 9865): {@code cursor} as sent, {@code null} when absent. */
  ListResult list(RequestScope s, List<ResourceKind> kinds, ListQuery q, String cursor) {
    return cursors.applies(q, cursor) ? cursors.list(s, kinds, q, cursor) : listing.list(s, kinds, q);
  }
}
