package dev.scimharness.server;

import dev.scimharness.scim.ScimException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One tenant's users and groups, indexed: by id, by {@code userName} (case-insensitive, unique), by
 * {@code externalId}, by group {@code displayName} (case-insensitive), and by membership both ways.
 *
 * <p>Every change to one resource runs under that resource's lock (striped), so read-modify-write cycles do not
 * lose updates; no code path holds two of these locks at once, so there is no lock ordering to get wrong. A
 * {@code userName} is reserved with {@code putIfAbsent} before the resource becomes visible, which makes the
 * uniqueness check atomic without a global lock.
 */
public final class ResourceStore {
  private static final int STRIPES = 1024;

  private final ConcurrentHashMap<String, StoredResource> byId = new ConcurrentHashMap<>();
  private final Map<ResourceKind, ConcurrentSkipListMap<Long, String>> order = new EnumMap<>(ResourceKind.class);
  private final ConcurrentHashMap<String, String> userNames = new ConcurrentHashMap<>();
  // Unique names of the other kinds with one (applicationId), caseExact, so kept apart from the folded userNames.
  private final Map<ResourceKind, ConcurrentHashMap<String, String>> otherNames = new EnumMap<>(ResourceKind.class);
  private final ConcurrentHashMap<String, List<String>> externalIds = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, List<String>> groupNames = new ConcurrentHashMap<>();
  private final MemberIndex members = new MemberIndex();
  private final AtomicLong sequence = new AtomicLong();
  private final AtomicLong versions = new AtomicLong();
  private final ReentrantLock[] locks = new ReentrantLock[STRIPES];
  private final UniquenessHook uniqueness;

  /** What an update changes: the body (or {@code null} to keep it) and the membership (groups only). */
  record Change(Draft draft, MembershipChange members) {
    static final Change NONE = new Change(null, MembershipChange.NONE);

    Change {
      members = members == null ? MembershipChange.NONE : members;
    }
  }

  public ResourceStore() {
    this(ServerHooks.NONE.uniqueness());
  }

  ResourceStore(UniquenessHook uniqueness) {
    this.uniqueness = uniqueness;
    for (ResourceKind k : ResourceKind.values()) {
      order.put(k, new ConcurrentSkipListMap<>());
      if (k.uniqueName() && k != ResourceKind.USER) {
        otherNames.put(k, new ConcurrentHashMap<>());
      }
    }
    for (int i = 0; i < STRIPES; i++) {
      locks[i] = new ReentrantLock();
    }
  }

  // ---- reads ----

  public Optional<StoredResource> get(String id) {
    return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
  }

  public Optional<StoredResource> get(ResourceKind kind, String id) {
    return get(id).filter(r -> r.kind() == kind);
  }

  /** The user with this {@code userName}, compared case-insensitively (RFC 7643 §4.1.1). */
  public Optional<StoredResource> byUserName(String userName) {
    String id = userName == null ? null : userNames.get(userNameKey(userName));
    return get(ResourceKind.USER, id);
  }

  /** Resources of a kind with exactly this {@code externalId} ({@code caseExact}: RFC 7643 §3.1). */
  public List<StoredResource> byExternalId(ResourceKind kind, String externalId) {
    return resolve(kind, externalIds.getOrDefault(kind.ordinal() + ":" + externalId, List.of()));
  }

  /** Groups with this {@code displayName}, compared case-insensitively. */
  public List<StoredResource> groupsByDisplayName(String displayName) {
    return resolve(ResourceKind.GROUP, groupNames.getOrDefault(fold(displayName), List.of()));
  }

  /** A group's members: member id → the display it was added with ({@code ""} when none). */
  public Map<String, String> members(String groupId) {
    return members.members(groupId);
  }

  public int memberCount(String groupId) {
    return members.size(groupId);
  }

  /** The groups a user or group directly belongs to. */
  public Set<String> groupsOf(String memberId) {
    return members.groupsOf(memberId);
  }

  public int count(ResourceKind kind) {
    return order.get(kind).size();
  }

  /** The resources of a kind in creation order; weakly consistent under concurrent writes. */
  public Iterable<StoredResource> all(ResourceKind kind) {
    Collection<String> ids = order.get(kind).values();
    return () -> ids.stream().map(byId::get).filter(r -> r != null && r.kind() == kind).iterator();
  }

  /**
   * The resources of a kind created after ({@code forward}) or before the one with sequence {@code seq}, nearest
   * first; weakly consistent, and read from the index as it goes, so a cursor page costs its own length.
   */
  public Iterable<StoredResource> from(ResourceKind kind, long seq, boolean forward) {
    ConcurrentSkipListMap<Long, String> all = order.get(kind);
    Collection<String> ids = forward ? all.tailMap(seq, false).values()
        : all.headMap(seq, false).descendingMap().values();
    return () -> ids.stream().map(byId::get).filter(r -> r != null && r.kind() == kind).iterator();
  }

  private List<StoredResource> resolve(ResourceKind kind, List<String> ids) {
    List<StoredResource> out = new ArrayList<>(ids.size());
    for (String id : ids) {
      StoredResource r = byId.get(id);
      if (r != null && r.kind() == kind) {
        out.add(r);
      }
    }
    return out;
  }

  // ---- writes ----

  /** Stores a new resource with a server-assigned id; a group's initial members are added in the same step. */
  StoredResource create(ResourceKind kind, Draft draft, MembershipChange initialMembers) {
    return create(kind, null, draft, initialMembers);
  }

  /** As above under a given id (a profile's own id for the resource); {@code null} assigns one. */
  StoredResource create(ResourceKind kind, String givenId, Draft draft, MembershipChange initialMembers) {
    String id = givenId == null ? UUID.randomUUID().toString() : givenId;
    ReentrantLock lock = lockFor(id);
    lock.lock();
    try {
      if (byId.containsKey(id)) {
        throw ScimException.uniqueness("A resource with id '" + id + "' already exists.");
      }
      if (kind.uniqueName()) {
        reserveName(kind, id, draft.name());
      }
      try {
        if (kind == ResourceKind.GROUP) {
          checkMembersExist(id, initialMembers);
        }
        long now = System.currentTimeMillis();
        StoredResource r = new StoredResource(id, kind, sequence.incrementAndGet(), draft.body(),
            versions.incrementAndGet(), now, now, draft.name(), draft.externalId());
        byId.put(id, r);
        order.get(kind).put(r.seq(), id);
        index(r);
        if (kind == ResourceKind.GROUP) {
          initialMembers.add().forEach((m, display) -> members.add(id, m, display));
        }
        return r;
      } catch (RuntimeException e) {
        if (kind.uniqueName() && draft.name() != null) {
          names(kind).remove(nameKey(kind, draft.name()), id);
        }
        throw e;
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * Changes one resource under its lock. {@code change} sees the current state, may throw (412, validation, …) and
   * returns what to change; the version moves only when something did.
   */
  StoredResource update(ResourceKind kind, String id, Function<StoredResource, Change> change) {
    ReentrantLock lock = lockFor(id);
    lock.lock();
    try {
      StoredResource cur = get(kind, id).orElseThrow(() -> notFound(kind, id));
      Change c = change.apply(cur);
      Draft d = c.draft() == null || c.draft().sameAs(cur) ? null : c.draft();
      boolean membersChanged = false;
      if (kind == ResourceKind.GROUP && !c.members().isEmpty()) {
        checkMembersExist(id, c.members());
      }
      StoredResource next = cur;
      if (d != null) {
        if (kind.uniqueName()) {
          rename(kind, id, cur.name(), d.name());
        }
        next = new StoredResource(id, kind, cur.seq(), d.body(), cur.version(), cur.created(), cur.lastModified(),
            d.name(), d.externalId());
        unindex(cur);
        index(next);
      }
      if (kind == ResourceKind.GROUP) {
        for (String m : c.members().remove()) {
          membersChanged |= members.remove(id, m);
        }
        for (Map.Entry<String, String> e : c.members().add().entrySet()) {
          membersChanged |= members.add(id, e.getKey(), e.getValue()) ;
        }
      }
      if (d == null && !membersChanged) {
        return cur;
      }
      next = new StoredResource(id, kind, cur.seq(), next.body(), versions.incrementAndGet(), cur.created(),
          Math.max(System.currentTimeMillis(), cur.lastModified()), next.name(), next.externalId());
      byId.put(id, next);
      for (String m : c.members().add().keySet()) {
        if (!byId.containsKey(m)) {
          members.remove(id, m); // deleted while we were adding it
        }
      }
      return next;
    } finally {
      lock.unlock();
    }
  }

  /** Deletes a resource ({@code check} may refuse, e.g. on a stale If-Match) and every membership it had. */
  StoredResource delete(ResourceKind kind, String id, Consumer<StoredResource> check) {
    StoredResource gone;
    ReentrantLock lock = lockFor(id);
    lock.lock();
    try {
      gone = get(kind, id).orElseThrow(() -> notFound(kind, id));
      check.accept(gone);
      byId.remove(id);
      order.get(kind).remove(gone.seq());
      unindex(gone);
      if (kind.uniqueName() && gone.name() != null) {
        names(kind).remove(nameKey(kind, gone.name()), id);
      }
      if (kind == ResourceKind.GROUP) {
        members.dropGroup(id);
      }
    } finally {
      lock.unlock();
    }
    // Leave the groups it belonged to, each under that group's own lock, after ours is released.
    for (String groupId : List.copyOf(members.groupsOf(id))) {
      if (byId.containsKey(groupId)) {
        update(ResourceKind.GROUP, groupId, g -> new Change(null, MembershipChange.removing(Set.of(id))));
      }
    }
    return gone;
  }

  private void checkMembersExist(String groupId, MembershipChange change) {
    for (String m : change.add().keySet()) {
      if (m.equals(groupId)) {
        throw ScimException.invalidValue("A group cannot be a member of itself.");
      }
      if (!byId.containsKey(m)) {
        throw ScimException.invalidValue("Member '" + m + "' does not exist.");
      }
    }
  }

  private void reserveName(ResourceKind kind, String id, String name) {
    if (name == null) {
      return;
    }
    String holder = names(kind).putIfAbsent(nameKey(kind, name), id);
    if (holder != null && !holder.equals(id)) {
      if (kind != ResourceKind.USER) {
        throw ScimException.uniqueness(kind.nameAttribute() + " '" + name + "' is already in use.");
      }
      uniqueness.taken(name); // a seeded fault may let the duplicate through

    }
  }

  private void rename(ResourceKind kind, String id, String oldName, String newName) {
    String oldKey = oldName == null ? null : nameKey(kind, oldName);
    String newKey = newName == null ? null : nameKey(kind, newName);
    if (java.util.Objects.equals(oldKey, newKey)) {
      return;
    }
    reserveName(kind, id, newName);
    if (oldKey != null) {
      names(kind).remove(oldKey, id);
    }
  }

  private ConcurrentHashMap<String, String> names(ResourceKind kind) {
    return kind == ResourceKind.USER ? userNames : otherNames.get(kind);
  }

  // userName is not caseExact (RFC 7643 §4.1.1); the other unique names are, as their schemas say.
  private String nameKey(ResourceKind kind, String name) {
    return kind == ResourceKind.USER ? userNameKey(name) : name;
  }

  private void index(StoredResource r) {
    if (r.externalId() != null) {
      externalIds.compute(r.kind().ordinal() + ":" + r.externalId(), (k, ids) -> with(ids, r.id()));
    }
    if (r.kind() == ResourceKind.GROUP && r.name() != null) {
      groupNames.compute(fold(r.name()), (k, ids) -> with(ids, r.id()));
    }
  }

  private void unindex(StoredResource r) {
    if (r.externalId() != null) {
      externalIds.computeIfPresent(r.kind().ordinal() + ":" + r.externalId(), (k, ids) -> without(ids, r.id()));
    }
    if (r.kind() == ResourceKind.GROUP && r.name() != null) {
      groupNames.computeIfPresent(fold(r.name()), (k, ids) -> without(ids, r.id()));
    }
  }

  // Index values are tiny immutable lists: one id in the usual case, copied only when a value is shared.
  private static List<String> with(List<String> ids, String id) {
    if (ids == null) {
      return List.of(id);
    }
    if (ids.contains(id)) {
      return ids;
    }
    List<String> out = new ArrayList<>(ids);
    out.add(id);
    return List.copyOf(out);
  }

  private static List<String> without(List<String> ids, String id) {
    List<String> out = new ArrayList<>(ids);
    out.remove(id);
    return out.isEmpty() ? null : List.copyOf(out);
  }

  private ReentrantLock lockFor(String id) {
    return locks[(id.hashCode() & 0x7fffffff) % STRIPES];
  }

  /** The userName index key: folded, as userName is not caseExact (RFC 7643 §4.1.1), unless a hook says else. */
  private String userNameKey(String userName) {
    return uniqueness.userNameKey(userName);
  }

  static String fold(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  static ScimException notFound(ResourceKind kind, String id) {
    return ScimException.notFound(kind.typeName() + " '" + id + "' not found.");
  }
}
