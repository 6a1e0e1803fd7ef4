package dev.scimharness.learn;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a PATCH or PUT does to a user or a group, judged from its body and what the server held before: the step
 * of the lifecycle it belongs to.
 */
enum Change {
  UPDATE("update"), DEACTIVATE("deactivate"), REACTIVATE("reactivate"),
  RENAME("rename"), MEMBER_ADD("memberAdd"), MEMBER_REMOVE("memberRemove"),
  /** A group change that changes nothing: Okta re-sends the group's name before each membership change. */
  COMPANION("");

  final String field;

  Change(String field) {
    this.field = field;
  }

  /** {@code wasActive}: whether the user was active before, as the traffic told. */
  static Change ofUser(Seen s, boolean wasActive) {
    JsonNode body = s.body();
    if (body == null) {
      return UPDATE;
    }
    JsonNode ops = body.get("Operations");
    if (ops != null && ops.isArray()) {
      for (JsonNode op : ops) {
        JsonNode active = activeIn(op);
        if (active != null) {
          return falsy(active) ? DEACTIVATE : REACTIVATE;
        }
      }
      return UPDATE;
    }
    JsonNode active = body.get("active");
    if (active != null && falsy(active)) {
      return DEACTIVATE;
    }
    return active != null && !wasActive ? REACTIVATE : UPDATE;
  }

  private static JsonNode activeIn(JsonNode op) {
    JsonNode path = op.get("path");
    JsonNode value = op.get("value");
    if (path != null && path.isTextual()) {
      return Attributes.normalise(path.textValue()).equals("active") ? value : null;
    }
    return value != null && value.isObject() ? field(value, "active") : null;
  }

  private static boolean falsy(JsonNode v) {
    return v.isBoolean() ? !v.booleanValue() : v.asText().toLowerCase(Locale.ROOT).equals("false");
  }

  /** {@code name} and {@code members} (ids): the group as the traffic left it before this request. */
  static Change ofGroup(Seen s, String name, Set<String> members) {
    JsonNode body = s.body();
    if (body == null) {
      return COMPANION;
    }
    JsonNode ops = body.get("Operations");
    if (ops == null || !ops.isArray()) {
      Set<String> after = ids(field(body, "members"));
      JsonNode dn = field(body, "displayName");
      if (dn != null && !dn.asText().equals(name)) {
        return RENAME;
      }
      return after.size() > members.size() ? MEMBER_ADD : after.size() < members.size() ? MEMBER_REMOVE : COMPANION;
    }
    Change found = COMPANION;
    for (JsonNode op : ops) {
      String kind = op.path("op").asText().toLowerCase(Locale.ROOT);
      String path = Attributes.normalise(op.path("path").asText(null));
      JsonNode value = op.get("value");
      JsonNode membersValue = path.startsWith("members") ? value : value != null && value.isObject()
          ? field(value, "members") : null;
      if (path.startsWith("members") || membersValue != null) {
        if (kind.equals("add")) {
          return MEMBER_ADD;
        }
        if (kind.equals("remove")) {
          return MEMBER_REMOVE;
        }
        return ids(membersValue).size() >= members.size() ? MEMBER_ADD : MEMBER_REMOVE;
      }
      JsonNode dn = path.equals("displayname") ? value : value != null && value.isObject()
          ? field(value, "displayName") : null;
      if (dn != null && !dn.asText().equals(name)) {
        found = RENAME;
      }
    }
    return found;
  }

  /** The group's name after the request, where it names one (a PUT, a PATCH of displayName); else {@code null}. */
  static String newName(Seen s) {
    JsonNode body = s.body();
    JsonNode ops = body == null ? null : body.get("Operations");
    if (ops == null || !ops.isArray()) {
      JsonNode dn = field(body, "displayName");
      return dn == null ? null : dn.asText();
    }
    String name = null;
    for (JsonNode op : ops) {
      String path = Attributes.normalise(op.path("path").asText(null));
      JsonNode value = op.get("value");
      JsonNode dn = path.equals("displayname") ? value : path.isEmpty() ? field(value, "displayName") : null;
      name = dn != null && dn.isTextual() ? dn.textValue() : name;
    }
    return name;
  }

  /** The member ids a request names: in a PUT's members, a PATCH's values, or a PATCH path's filter. */
  static Set<String> memberIds(Seen s) {
    JsonNode body = s.body();
    JsonNode ops = body == null ? null : body.get("Operations");
    if (ops == null || !ops.isArray()) {
      return ids(field(body, "members"));
    }
    Set<String> out = new HashSet<>();
    for (JsonNode op : ops) {
      String path = op.path("path").asText("");
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"([^\"]*)\"").matcher(path);
      if (path.toLowerCase(Locale.ROOT).startsWith("members[") && m.find()) {
        out.add(m.group(1));
      }
      JsonNode value = op.get("value");
      out.addAll(ids(value != null && value.isObject() ? field(value, "members") : value));
    }
    return out;
  }

  /** The {@code value}s of a members array. */
  static Set<String> ids(JsonNode members) {
    Set<String> out = new HashSet<>();
    if (members != null && members.isArray()) {
      members.forEach(m -> {
        JsonNode v = m.get("value");
        if (v != null) {
          out.add(v.asText());
        }
      });
    }
    return out;
  }

  /** A field by name, whatever its casing (RFC 7643 §2.1: attribute names are case-insensitive). */
  static JsonNode field(JsonNode object, String name) {
    if (object == null || !object.isObject()) {
      return null;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getKey().equalsIgnoreCase(name)) {
        return e.getValue();
      }
    }
    return null;
  }
}
