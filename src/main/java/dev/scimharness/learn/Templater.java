package dev.scimharness.learn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.scimharness.scim.Json;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one recorded request into a dialect call: the concrete values of this run (ids, names, e-mail addresses)
 * become the simulator's placeholders, everything else (operation names and their casing, schemas, key spellings,
 * literal values such as {@code "False"}) is kept as sent.
 *
 * <p>A value becomes a placeholder where its position says what it is ({@code name.familyName}, a PATCH path, a
 * filter's attribute), or where it equals a value the traffic already told (the user's id in a path, the manager's
 * id). Ties go to the position, then to the order of {@link #PRIORITY}.
 */
final class Templater {
  /** Which placeholder wins when one value stands for several (an e-mail address used as the userName). */
  private static final List<String> PRIORITY = List.of("id", "groupId", "memberId", "managerId", "probeUserId",
      "probeGroupId", "userName", "email", "groupName", "probeUserName", "probeGroupName", "externalId",
      "groupExternalId", "displayName", "memberDisplay", "familyName", "givenName", "locale", "password",
      "employeeNumber");
  private static final Set<String> IDS = Set.of("id", "groupId", "memberId", "managerId", "probeUserId",
      "probeGroupId");
  /** Values shorter than this are replaced only where they are a whole string (ids also as a quoted value inside one). */
  private static final int MIN_INSIDE = 8;
  private static final Pattern FILTER = Pattern.compile("^(\\S+)\\s+(\\S+)\\s+\"((?:[^\"\\\\]|\\\\.)*)\"$");
  private static final Pattern GUID = Pattern.compile(
      "(?i)^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");

  private final Attributes.Scope scope;
  private final Map<String, String> values = new LinkedHashMap<>();
  private final Map<JsonNode, String> at = new IdentityHashMap<>();
  private final Set<String> used = new LinkedHashSet<>();

  /** {@code known}: placeholder → the value the traffic told before this request (the user's userName, …). */
  Templater(Attributes.Scope scope, Map<String, String> known) {
    this.scope = scope;
    known.forEach((k, v) -> {
      if (v != null && !v.isEmpty()) {
        values.put(k, v);
      }
    });
  }

  /** Placeholder → value, as known after the last call (the probe's test user for the calls after it). */
  Map<String, String> values() {
    return Map.copyOf(values);
  }

  /** The placeholders the last call used, for {@code when:} (a manager pass only for a person with a manager). */
  Set<String> used() {
    return used;
  }

  /** The call as a dialect writes it: method, path, query (ordered), body. */
  ObjectNode call(Seen s) {
    ObjectNode call = Json.object();
    call.put("method", s.method());
    if (s.resources() && s.id() != null) {
      values.put(idPlaceholder(s), s.id());
    }
    JsonNode body = s.body() == null ? null : s.body().deepCopy();
    if (body != null) {
      bindBody(s, body);
    }
    if (s.filter() != null) {
      bindFilter(s, s.filter());
    }
    call.put("path", path(s));
    if (!s.query().isEmpty()) {
      ObjectNode q = call.putObject("query");
      s.query().forEach((k, v) -> {
        if (v == null) {
          q.putNull(k);
        } else {
          q.put(k, k.equals("filter") ? filter(v) : text(v));
        }
      });
    }
    if (body != null) {
      call.set("body", render(body));
    }
    return call;
  }

  /** A value alone, as a {@code set:} entry of a read-modify-write: {@code pointer} says what it is. */
  JsonNode value(Seen s, String pointer, JsonNode value) {
    JsonNode copy = value.deepCopy();
    bind(s.groups(), pointer.replaceFirst("^/", "").replace('/', '.'), copy, false);
    return render(copy);
  }

  /** The id segment by its position, whatever the id looks like (a server may number its resources 1, 2, …). */
  private String path(Seen s) {
    String decoded = TrafficRecorder.decode(s.raw().path());
    if (!s.resources() || s.id() == null) {
      return text(decoded);
    }
    String head = "/" + s.collection() + "/";
    String rest = decoded.startsWith(head + s.id()) ? decoded.substring(head.length() + s.id().length()) : "";
    used.add(idPlaceholder(s));
    return head + "${" + idPlaceholder(s) + "}" + text(rest);
  }

  private String idPlaceholder(Seen s) {
    if (scope == Attributes.Scope.PROBE) {
      return s.groups() ? "probeGroupId" : "probeUserId";
    }
    return s.groups() ? "groupId" : "id";
  }

  private void bindBody(Seen s, JsonNode body) {
    JsonNode ops = body.get("Operations");
    if (ops != null && ops.isArray()) {
      for (JsonNode op : ops) {
        JsonNode path = op.get("path");
        JsonNode value = op.get("value");
        String p = path != null && path.isTextual() ? path.textValue() : "";
        if (s.groups() && p.toLowerCase(java.util.Locale.ROOT).startsWith("members[")) {
          bindFilter(s, p.substring(p.indexOf('[') + 1, p.lastIndexOf(']') < 0 ? p.length() : p.lastIndexOf(']')));
        }
        if (value != null) {
          bind(s.groups(), Attributes.normalise(p), value, false);
        }
      }
    } else {
      bind(s.groups(), "", body, true);
    }
  }

  private void bind(boolean group, String prefix, JsonNode node, boolean resourceBody) {
    if (group && resourceBody && prefix.equals("members") && node.isArray() && !node.isEmpty()) {
      at.put(node, "members");
      return;
    }
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        bind(group, prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), resourceBody);
      }
    } else if (node.isArray()) {
      node.forEach(item -> bind(group, prefix, item, resourceBody));
    } else if (node.isTextual()) {
      String name = Attributes.placeholder(scope, group, prefix);
      if (name != null) {
        at.put(node, name);
        values.put(name, node.textValue());
      }
    }
  }

  /** {@code userName eq "…"}: the value is what its attribute says (a userName, a group's displayName). */
  private void bindFilter(Seen s, String filter) {
    Matcher m = FILTER.matcher(filter.trim());
    if (!m.matches()) {
      return;
    }
    String value = m.group(3).replace("\\\"", "\"");
    String name = Attributes.placeholder(scope, s.groups(), s.groups() && m.group(1).equalsIgnoreCase("value")
        ? "members.value" : m.group(1));
    if ((name == null || scope == Attributes.Scope.PROBE) && GUID.matcher(value).matches()
        && !values.containsValue(value)) {
      // a value made up for the request alone: Entra's connection test asks for a random GUID
      name = "randomGuid";
    }
    if (name != null) {
      values.put(name, value);
    }
  }

  private String filter(String f) {
    Matcher m = FILTER.matcher(f.trim());
    if (m.matches()) {
      String value = m.group(3).replace("\\\"", "\"");
      String name = values.entrySet().stream().filter(e -> e.getValue().equals(value)).map(Map.Entry::getKey)
          .filter(n -> n.equals("randomGuid") || n.equals(Attributes.placeholder(scope, false, m.group(1)))
              || n.equals(Attributes.placeholder(scope, true, m.group(1))))
          .findFirst().orElse(null);
      if (name != null) {
        used.add(name);
        return f.substring(0, f.indexOf('"')) + "\"${" + name + "}\"";
      }
    }
    return text(f);
  }

  private JsonNode render(JsonNode node) {
    String name = at.get(node);
    if (name != null) {
      used.add(name);
      return TextNode.valueOf("${" + name + "}");
    }
    if (node.isObject()) {
      ObjectNode out = Json.object();
      node.fields().forEachRemaining(e -> out.set(e.getKey(), render(e.getValue())));
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = Json.NODES.arrayNode();
      node.forEach(item -> out.add(render(item)));
      return out;
    }
    return node.isTextual() ? TextNode.valueOf(text(node.textValue())) : node;
  }

  /** A whole value that is a known one becomes its placeholder; a long known value inside a string is replaced. */
  private String text(String s) {
    for (String name : ordered()) {
      if (!s.isEmpty() && values.get(name).equals(s)) {
        used.add(name);
        return "${" + name + "}";
      }
    }
    List<String> inside = new ArrayList<>(ordered());
    inside.sort(Comparator.comparingInt((String n) -> values.get(n).length()).reversed());
    String out = s;
    for (String name : inside) {
      String v = values.get(name);
      if (v.length() >= MIN_INSIDE && out.contains(v)) {
        out = out.replace(v, "${" + name + "}");
        used.add(name);
      } else if (IDS.contains(name) && out.contains("\"" + v + "\"")) {
        // a short id inside a string only as a quoted value: members[value eq "42"]
        out = out.replace("\"" + v + "\"", "\"${" + name + "}\"");
        used.add(name);
      }
    }
    return out;
  }

  private List<String> ordered() {
    List<String> names = new ArrayList<>(values.keySet());
    names.sort(Comparator.comparingInt(n -> PRIORITY.indexOf(n) < 0 ? PRIORITY.size() : PRIORITY.indexOf(n)));
    return names;
  }
}
