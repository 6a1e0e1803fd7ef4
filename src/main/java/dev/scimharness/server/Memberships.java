package dev.scimharness.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.patch.MemberChanges;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.ScimException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A group's membership writes reduced to {@link MembershipChange}s against the store's member index: the members a
 * POST or PUT body names, the difference a whole new list makes, and a membership PATCH, whose semantics
 * (RFC 7644 §3.5.2) are {@link MemberChanges}'. Each touches only the members that move.
 */
final class Memberships {
  private Memberships() {}

  /** What a PATCH of only membership operations changes in a group whose members are {@code current}. */
  static MembershipChange patch(List<MemberChanges.Op> ops, Map<String, String> current, RequestScope scope) {
    MemberChanges.Delta d = MemberChanges.net(ops, current, scope.leniency(), scope::lint);
    return new MembershipChange(d.add(), d.remove());
  }

  /** The change that makes a group's members exactly {@code wanted} (a {@code members} value; null = none). */
  static MembershipChange diff(Map<String, String> current, JsonNode wanted) {
    Map<String, String> target = fromAttribute(wanted);
    Map<String, String> add = new HashMap<>();
    target.forEach((id, display) -> {
      String had = current.get(id);
      if (had == null || (!display.isEmpty() && !display.equals(had))) {
        add.put(id, display);
      }
    });
    Set<String> remove = new HashSet<>();
    for (String id : current.keySet()) {
      if (!target.containsKey(id)) {
        remove.add(id);
      }
    }
    return new MembershipChange(add, remove);
  }

  /** The members a new group's representation names. */
  static MembershipChange of(JsonNode resource) {
    return MembershipChange.adding(fromAttribute(Json.field(resource, "members")));
  }

  /** The members a {@code members} attribute value names, for POST and PUT; malformed entries are rejected. */
  static Map<String, String> fromAttribute(JsonNode members) {
    Map<String, String> m = new LinkedHashMap<>();
    if (members == null || members.isNull()) {
      return m;
    }
    if (!members.isArray()) {
      throw ScimException.invalidValue("'members' must be an array of member objects.");
    }
    for (JsonNode item : members) {
      JsonNode id = Json.field(item, "value");
      if (id == null || !id.isTextual() || id.asText().isEmpty()) {
        throw ScimException.invalidValue("Every member needs a 'value' holding the id of a User or Group.");
      }
      JsonNode display = Json.field(item, "display");
      // Membership is a set: a member listed twice keeps the display a listing gave, not the last listing's none.
      m.merge(id.asText(), display != null && display.isTextual() ? display.asText() : "",
          (first, later) -> first.isEmpty() ? later : first);
    }
    return m;
  }
}
