package dev.scimharness.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.endpoint.Request;
import dev.scimharness.endpoint.ScimResponse;
import dev.scimharness.fuzz.LifecycleCase.Action;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.SchemaRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One lifecycle try: the actions run in order against the target and a model of what it must then hold; after
 * each, every modelled group's {@code members} and every modelled user's {@code groups} are read back and compared
 * as sets of ids, and a deleted resource must answer 404 and be named by no group. A target that does not return
 * a user's {@code groups} at all is recorded as a choice (RFC 7643 §4.1.2 lets a provider leave it out), not held.
 */
final class LifecycleProperty {
  private LifecycleProperty() {}

  static TryResult run(FuzzTarget target, LifecycleCase c) {
    Map<Integer, String> users = new HashMap<>();
    Map<Integer, String> groups = new HashMap<>();
    Map<Integer, Set<Integer>> members = new HashMap<>();
    Set<String> deleted = new HashSet<>();
    List<Violation> v = new ArrayList<>();
    List<String> choices = new ArrayList<>();
    try {
      for (Action a : c.actions()) {
        ScimResponse r = apply(target, a, users, groups, members, deleted);
        if (r == null) {
          continue;
        }
        String seen = a + ": " + r.exchange().method() + " answered " + PatchProperty.brief(r);
        if (r.status() >= 500 || r.status() == 0) {
          v.add(new Violation(Rule.SERVER_ERROR, seen));
        } else if (r.status() >= 300) {
          v.add(new Violation(Rule.LIFECYCLE_MODEL, seen + "; the action is valid in this state"));
        }
        if (v.isEmpty()) {
          check(target, a, users, groups, members, deleted, v, choices);
        }
        if (!v.isEmpty()) {
          break;
        }
      }
    } finally {
      groups.values().forEach(target::delete);
      users.values().forEach(target::delete);
    }
    return new TryResult(v, choices, v.isEmpty() ? "agrees with the model" : "disagrees");
  }

  /** Sends the action and updates the model; {@code null} when the action does not apply in this state. */
  private static ScimResponse apply(FuzzTarget target, Action a, Map<Integer, String> users,
      Map<Integer, String> groups, Map<Integer, Set<Integer>> members, Set<String> deleted) {
    String user = users.get(a.other());
    return switch (a.verb()) {
      case CREATE_USER -> users.containsKey(a.slot()) ? null : created(target, "Users", "{\"schemas\":[\""
          + SchemaRegistry.USER + "\"],\"userName\":\"" + target.freshName() + "\"}", users, a.slot());
      case CREATE_GROUP -> groups.containsKey(a.slot()) ? null : created(target, "Groups", "{\"schemas\":[\""
          + SchemaRegistry.GROUP + "\"],\"displayName\":\"" + target.freshName() + "\"}", groups, a.slot());
      case PUT_USER -> !users.containsKey(a.slot()) ? null : send(target, "PUT", users.get(a.slot()),
          "{\"schemas\":[\"" + SchemaRegistry.USER + "\"],\"userName\":\"" + target.freshName()
              + "\",\"displayName\":" + Json.NODES.textNode(a.value()) + "}");
      case PATCH_USER -> !users.containsKey(a.slot()) ? null : send(target, "PATCH", users.get(a.slot()),
          patch("{\"op\":\"replace\",\"path\":\"displayName\",\"value\":" + Json.NODES.textNode(a.value()) + "}"));
      case DELETE_USER -> {
        String id = users.remove(a.slot());
        if (id == null) {
          yield null;
        }
        members.values().forEach(m -> m.remove(a.slot()));
        deleted.add(id);
        yield deleteAndForget(target, id);
      }
      case DELETE_GROUP -> {
        String id = groups.remove(a.slot());
        if (id == null) {
          yield null;
        }
        members.remove(a.slot());
        deleted.add(id);
        yield deleteAndForget(target, id);
      }
      case ADD_MEMBER -> {
        if (!groups.containsKey(a.slot()) || user == null) {
          yield null;
        }
        members.computeIfAbsent(a.slot(), k -> new HashSet<>()).add(a.other());
        yield send(target, "PATCH", groups.get(a.slot()), patch("{\"op\":\"add\",\"path\":\"members\",\"value\":"
            + "[{\"value\":\"" + id(user) + "\"}]}"));
      }
      case REMOVE_MEMBER -> {
        if (!groups.containsKey(a.slot()) || user == null || !members.getOrDefault(a.slot(), Set.of()).contains(a.other())) {
          yield null;
        }
        members.get(a.slot()).remove(a.other());
        yield send(target, "PATCH", groups.get(a.slot()), patch("{\"op\":\"remove\",\"path\":\"members[value eq \\\""
            + id(user) + "\\\"]\"}"));
      }
    };
  }

  private static void check(FuzzTarget target, Action after, Map<Integer, String> users, Map<Integer, String> groups,
      Map<Integer, Set<Integer>> members, Set<String> deleted, List<Violation> v, List<String> choices) {
    Map<String, Set<String>> groupsOfUser = new HashMap<>();
    users.values().forEach(u -> groupsOfUser.put(id(u), new TreeSet<>()));
    for (Map.Entry<Integer, String> g : groups.entrySet()) {
      Set<String> want = new TreeSet<>();
      members.getOrDefault(g.getKey(), Set.of()).forEach(u -> {
        want.add(id(users.get(u)));
        groupsOfUser.get(id(users.get(u))).add(id(g.getValue()));
      });
      ObjectNode group = PatchProperty.read(target, g.getValue());
      Set<String> got = ids(group, "members");
      if (group == null || !want.equals(got)) {
        v.add(new Violation(Rule.LIFECYCLE_MODEL, "after " + after + ", group " + g.getValue() + " has members "
            + got + " where the model has " + want + (deletedAmong(got, deleted) ? " (it names a deleted user)" : "")));
      }
    }
    for (String u : users.values()) {
      ObjectNode user = PatchProperty.read(target, u);
      if (user == null) {
        v.add(new Violation(Rule.LIFECYCLE_MODEL, "after " + after + ", user " + u + " cannot be read"));
      } else if (Json.field(user, "groups") == null && !groupsOfUser.get(id(u)).isEmpty()) {
        choices.add("does not return User.groups");
      } else if (Json.field(user, "groups") != null && !ids(user, "groups").equals(groupsOfUser.get(id(u)))) {
        v.add(new Violation(Rule.LIFECYCLE_MODEL, "after " + after + ", user " + u + " has groups "
            + ids(user, "groups") + " where the model has " + groupsOfUser.get(id(u))));
      }
    }
    for (String gone : deleted) {
      int status = target.client().send(Request.of("GET", gone)).status();
      if (status != 404) {
        v.add(new Violation(Rule.LIFECYCLE_MODEL, "after " + after + ", deleted " + gone + " answers " + status
            + " where RFC 7644 §3.6 requires 404"));
      }
    }
  }

  private static boolean deletedAmong(Set<String> ids, Set<String> deleted) {
    return deleted.stream().anyMatch(d -> ids.contains(id(d)));
  }

  private static Set<String> ids(JsonNode resource, String attribute) {
    Set<String> out = new TreeSet<>();
    JsonNode list = resource == null ? null : Json.field(resource, attribute);
    if (list != null) {
      list.forEach(m -> out.add(String.valueOf(Json.field(m, "value") == null ? m : Json.field(m, "value").asText())));
    }
    return out;
  }

  private static ScimResponse created(FuzzTarget target, String endpoint, String body, Map<Integer, String> slots,
      int slot) {
    ScimResponse r = target.client().send(Request.of("POST", "/" + endpoint, body));
    JsonNode id = r.json() == null ? null : Json.field(r.json(), "id");
    if (r.status() == 201 && id != null) {
      String location = "/" + endpoint + "/" + id.asText();
      target.remember(location);
      slots.put(slot, location);
    }
    return r;
  }

  private static ScimResponse send(FuzzTarget target, String method, String location, String body) {
    return target.client().send(Request.of(method, location, body));
  }

  private static ScimResponse deleteAndForget(FuzzTarget target, String location) {
    ScimResponse r = target.client().send(Request.of("DELETE", location));
    target.forget(location);
    return r;
  }

  private static String patch(String operation) {
    return "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[" + operation + "]}";
  }

  private static String id(String location) {
    return location.substring(location.lastIndexOf('/') + 1);
  }
}
