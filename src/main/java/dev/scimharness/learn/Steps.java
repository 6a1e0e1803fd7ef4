package dev.scimharness.learn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.Json;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the provisioning part of the traffic (after the connection test) into the steps of a dialect. Each
 * request is placed by what it is and does, not by when it came: a filtered GET is a lookup, a POST a create, a
 * PATCH or PUT a change whose {@link Change} says which step it is. The first occurrence of each step is its
 * template; a GET of the resource right before a change belongs to that change (Okta reads before it writes).
 */
final class Steps {
  private final Unknown unknown;
  private final Map<String, Map<String, String>> users = new HashMap<>();
  private final Map<String, Boolean> active = new HashMap<>();
  private final Map<String, String> groupNames = new HashMap<>();
  private final Map<String, String> groupExternalIds = new HashMap<>();
  private final Map<String, Set<String>> members = new HashMap<>();
  private final Map<Change, ArrayNode> first = new EnumMap<>(Change.class);
  private final Set<String> importPaths = new LinkedHashSet<>();
  private final List<Seen> pending = new ArrayList<>();
  private final Lookups userLookups = new Lookups();
  private final Lookups groupLookups = new Lookups();
  private ObjectNode userCreate;
  private ObjectNode groupCreate;
  private ObjectNode groupScan;
  private ArrayNode userDelete;
  private Integer importPageSize;
  private boolean importByCursor;
  private Open open;

  /** The change being read: more requests of the same kind on the same resource belong to it (Entra's manager pass). */
  private record Open(Change kind, String resource, ArrayNode calls, Set<String> shapes) {}

  Steps(Unknown unknown) {
    this.unknown = unknown;
  }

  void read(List<Seen> traffic) {
    for (int i = 0; i < traffic.size(); i++) {
      Seen s = traffic.get(i);
      Seen next = i + 1 < traffic.size() ? traffic.get(i + 1) : null;
      if (s.readOne() && next != null && next.change() && next.raw().path().equals(s.raw().path())) {
        pending.add(s);
        continue;
      }
      if (s.change()) {
        change(s);
        continue;
      }
      close();
      pending.clear();
      if (s.lookup()) {
        (s.users() ? userLookups : groupLookups).see(s, next, userTemplate(s));
      } else if (s.paging()) {
        paging(s, next);
      } else if (s.create()) {
        create(s);
      } else if (s.delete() && s.users() && userDelete == null) {
        userDelete = Json.NODES.arrayNode().add(userTemplate(s));
      }
    }
    close();
  }

  private ObjectNode userTemplate(Seen s) {
    return new Templater(Attributes.Scope.LIFECYCLE, s.id() == null ? Map.of() : users.getOrDefault(s.id(), Map.of()))
        .call(s);
  }

  private void paging(Seen s, Seen next) {
    Integer count = s.query().get("count") == null ? null : Integer.valueOf(s.query().get("count"));
    if (s.groups() && next != null && next.create() && next.groups()) {
      groupScan = Json.object();
      groupScan.putObject("call").put("method", "GET").put("path", "/Groups");
      groupScan.put("scanFor", "displayName");
      groupScan.put("scanValue", "${groupName}");
      if (count != null) {
        groupScan.put("pageSize", count);
      }
      return;
    }
    importPaths.add("/" + s.collection());
    importPageSize = importPageSize == null ? count : importPageSize;
    importByCursor |= s.query().containsKey("cursor");
  }

  private void create(Seen s) {
    String id = s.createdId();
    JsonNode state = s.answer() != null && id != null ? s.answer() : s.body();
    if (s.users()) {
      userCreate = userCreate == null ? userTemplate(s) : userCreate;
      if (id != null) {
        remember(id, state);
      }
    } else if (s.groups()) {
      if (groupCreate == null) {
        groupCreate = new Templater(Attributes.Scope.LIFECYCLE, Map.of()).call(s);
      }
      if (id != null && state != null) {
        groupNames.put(id, state.path("displayName").asText());
        groupExternalIds.put(id, state.path("externalId").asText(null));
        members.put(id, Change.ids(state.get("members")));
      }
    }
  }

  private void remember(String id, JsonNode user) {
    if (user == null || !user.isObject()) {
      return;
    }
    Map<String, String> known = new HashMap<>();
    known.put("userName", user.path("userName").asText(null));
    known.put("externalId", user.path("externalId").asText(null));
    known.put("givenName", user.path("name").path("givenName").asText(null));
    known.put("familyName", user.path("name").path("familyName").asText(null));
    known.put("displayName", user.path("displayName").asText(null));
    JsonNode emails = user.path("emails");
    known.put("email", (emails.isArray() ? emails.path(0) : emails).path("value").asText(null));
    known.values().removeIf(java.util.Objects::isNull);
    users.put(id, known);
    JsonNode a = user.get("active");
    active.put(id, a == null || !a.isBoolean() || a.booleanValue());
  }

  private void change(Seen s) {
    Change kind;
    Map<String, String> known;
    if (s.users()) {
      kind = Change.ofUser(s, active.getOrDefault(s.id(), true));
      known = users.getOrDefault(s.id(), Map.of());
    } else {
      kind = Change.ofGroup(s, groupNames.get(s.id()), members.getOrDefault(s.id(), Set.of()));
      known = new HashMap<>();
      known.put("groupName", groupNames.get(s.id()));
      known.put("groupExternalId", groupExternalIds.get(s.id()));
      known.values().removeIf(java.util.Objects::isNull);
    }
    List<ObjectNode> calls = new ArrayList<>();
    Seen previous = null;
    for (Seen p : pending) {
      calls.add(new Templater(Attributes.Scope.LIFECYCLE, known).call(p));
      previous = p;
    }
    calls.add(ReadModifyWrite.call(s, previous, new Templater(Attributes.Scope.LIFECYCLE, known)));
    track(s, kind);
    if (kind == Change.COMPANION) {
      pending.add(s);
      return;
    }
    String shape = Json.write(calls.get(calls.size() - 1));
    if (open != null && open.kind() == kind && open.resource().equals(s.id()) && pending.isEmpty()
        && !open.shapes().contains(shape)) {
      open.calls().add(calls.get(calls.size() - 1));
      open.shapes().add(shape);
    } else {
      close();
      ArrayNode all = Json.NODES.arrayNode();
      calls.forEach(all::add);
      Set<String> shapes = new HashSet<>();
      calls.forEach(c -> shapes.add(Json.write(c)));
      open = new Open(kind, s.id(), all, shapes);
    }
    pending.clear();
  }

  private void track(Seen s, Change kind) {
    boolean answered = s.answer() != null && s.answer().isObject() && s.answer().has("id");
    if (s.users()) {
      if (answered) {
        remember(s.id(), s.answer());
      }
      if (kind == Change.DEACTIVATE || kind == Change.REACTIVATE) {
        active.put(s.id(), kind == Change.REACTIVATE);
      }
      return;
    }
    if (answered) {
      groupNames.put(s.id(), s.answer().path("displayName").asText());
      members.put(s.id(), Change.ids(s.answer().get("members")));
      return;
    }
    // answered 204: the request alone says what changed
    String name = Change.newName(s);
    if (name != null) {
      groupNames.put(s.id(), name);
    }
    Set<String> now = new HashSet<>(members.getOrDefault(s.id(), Set.of()));
    Set<String> named = Change.memberIds(s);
    if (s.method().equals("PUT")) {
      now = named;
    } else if (kind == Change.MEMBER_ADD) {
      now.addAll(named);
    } else if (kind == Change.MEMBER_REMOVE) {
      now.removeAll(named);
    }
    members.put(s.id(), now);
  }

  private void close() {
    if (open != null) {
      first.putIfAbsent(open.kind(), open.calls());
      open = null;
    }
  }

  /** The {@code users} section. */
  ObjectNode users() {
    ObjectNode u = Json.object();
    ObjectNode match = userLookups.match(unknown, "users.match.notFound");
    if (match != null) {
      u.set("match", match);
    }
    if (userCreate != null) {
      u.set("create", userCreate);
    }
    for (Change c : List.of(Change.UPDATE, Change.DEACTIVATE, Change.REACTIVATE)) {
      u.set(c.field, operation(first.get(c), "no " + c.field + " of a user"));
    }
    u.set("delete", operation(userDelete, "no DELETE of a user"));
    ObjectNode imp = u.putObject("import");
    if (importPaths.isEmpty()) {
      imp.put("notApplicable", "no unfiltered, paged GET of /Users or /Groups in the recorded traffic");
    } else {
      ArrayNode paths = imp.putArray("paths");
      importPaths.forEach(paths::add);
      if (importPageSize != null) {
        imp.put("pageSize", importPageSize);
      }
      if (importByCursor) {
        imp.put("cursor", "advertised");
      }
    }
    return u;
  }

  /** The {@code groups} section. */
  ObjectNode groups() {
    ObjectNode g = Json.object();
    ObjectNode match = groupScan != null ? groupScan : groupLookups.match(unknown, "groups.match.notFound");
    if (match != null) {
      g.set("match", match);
    }
    if (groupCreate != null) {
      g.set("create", groupCreate);
    }
    for (Change c : List.of(Change.RENAME, Change.MEMBER_ADD, Change.MEMBER_REMOVE)) {
      g.set(c.field, operation(first.get(c), "no " + c.field + " of a group"));
    }
    return g;
  }

  boolean createsUsers() {
    return userCreate != null;
  }

  boolean createsGroups() {
    return groupCreate != null;
  }

  private static ObjectNode operation(ArrayNode calls, String notSeen) {
    ObjectNode op = Json.object();
    if (calls == null) {
      op.put("notApplicable", notSeen + " in the recorded traffic");
      return op;
    }
    for (JsonNode c : calls) {
      JsonNode body = c.get("body");
      if (body != null && body.toString().contains("${managerId}")) {
        ((ObjectNode) c).put("when", "managerId");
      }
    }
    op.set("calls", calls);
    return op;
  }
}
