package dev.scimharness.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.lint.LintFinding;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.SchemaRegistry;
import dev.scimharness.scim.ScimException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the PATCH shapes IdPs send to change group membership — {@code add} to {@code members} with a list,
 * {@code remove} of {@code members[value eq "…"]}, Entra's {@code remove} on {@code members} with a value list,
 * {@code remove}/{@code replace} of all members — and turns them into a {@link MembershipChange} applied straight
 * to the index, so adding one member to a group of 100,000 costs O(1). Anything else returns empty and goes
 * through the PATCH engine on the materialised group. The request has already been parsed (and linted) by the
 * PATCH parser; this only reads shapes.
 */
final class MemberPatch {
  private static final String MEMBERS = "(?:" + Pattern.quote(SchemaRegistry.GROUP) + ":)?members";
  private static final Pattern PLAIN = Pattern.compile("\\s*" + MEMBERS + "\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern BY_VALUE = Pattern.compile(
      "\\s*" + MEMBERS + "\\s*\\[\\s*value\\s+eq\\s+\"((?:[^\"\\\\]|\\\\[\"\\\\])*)\"\\s*\\]\\s*", Pattern.CASE_INSENSITIVE);

  /** One membership operation, in request order. */
  sealed interface Op permits Add, Remove, RemoveAll, ReplaceAll {}

  record Add(Map<String, String> members) implements Op {}

  /** {@code byFilter}: the ids came from a {@code members[value eq …]} path rather than a value list. */
  record Remove(Set<String> ids, boolean byFilter) implements Op {}

  record RemoveAll() implements Op {}

  record ReplaceAll(Map<String, String> members) implements Op {}

  private MemberPatch() {}

  /** The operations, when every operation of the request is a plain membership change. */
  static Optional<List<Op>> recognise(JsonNode patchRequest) {
    JsonNode ops = Json.field(patchRequest, "Operations");
    if (ops == null || !ops.isArray() || ops.isEmpty()) {
      return Optional.empty();
    }
    List<Op> out = new ArrayList<>();
    for (JsonNode op : ops) {
      Op o = one(op);
      if (o == null) {
        return Optional.empty();
      }
      out.add(o);
    }
    return Optional.of(out);
  }

  private static Op one(JsonNode op) {
    JsonNode verb = Json.field(op, "op");
    JsonNode path = Json.field(op, "path");
    JsonNode value = Json.field(op, "value");
    if (verb == null || !verb.isTextual() || path == null || !path.isTextual()) {
      return null;
    }
    String v = verb.asText();
    String p = path.asText();
    boolean plain = PLAIN.matcher(p).matches();
    if (v.equalsIgnoreCase("add") && plain) {
      Map<String, String> m = memberList(value);
      return m == null ? null : new Add(m);
    }
    if (v.equalsIgnoreCase("replace") && plain) {
      Map<String, String> m = memberList(value);
      return m == null ? null : new ReplaceAll(m);
    }
    if (v.equalsIgnoreCase("remove")) {
      if (plain && (value == null || value.isNull())) {
        return new RemoveAll();
      }
      if (plain) {
        Map<String, String> m = memberList(value);
        return m == null ? null : new Remove(m.keySet(), false);
      }
      Matcher f = BY_VALUE.matcher(p);
      if (f.matches() && (value == null || value.isNull())) {
        return new Remove(Set.of(unescape(f.group(1))), true);
      }
    }
    return null;
  }

  /**
   * Whether a PATCH request may read or change a group's {@code members}: a path into them, or a path-less value
   * naming them. When it cannot, the engine runs on the group without its member list.
   */
  static boolean touchesMembers(JsonNode patchRequest) {
    JsonNode ops = Json.field(patchRequest, "Operations");
    if (ops == null || !ops.isArray()) {
      return true;
    }
    for (JsonNode op : ops) {
      JsonNode path = Json.field(op, "path");
      if (path != null && !path.isNull()) {
        if (!path.isTextual() || namesMembers(path.asText())) {
          return true;
        }
        continue;
      }
      JsonNode value = Json.field(op, "value");
      if (value == null || !value.isObject()) {
        return true;
      }
      for (var it = value.fieldNames(); it.hasNext(); ) {
        String key = it.next();
        if (namesMembers(key) || (key.equalsIgnoreCase(SchemaRegistry.GROUP)
            && Json.field(value.get(key), "members") != null)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean namesMembers(String path) {
    String p = path.trim().toLowerCase(java.util.Locale.ROOT);
    String prefix = SchemaRegistry.GROUP.toLowerCase(java.util.Locale.ROOT) + ":";
    if (p.startsWith(prefix)) {
      p = p.substring(prefix.length());
    }
    return p.startsWith("members");
  }

  /** member id → display, for a JSON array of {@code {"value": …}} objects; null when it is another shape. */
  private static Map<String, String> memberList(JsonNode value) {
    if (value == null || !value.isArray()) {
      return null;
    }
    Map<String, String> m = new LinkedHashMap<>();
    for (JsonNode item : value) {
      JsonNode id = Json.field(item, "value");
      if (id == null || !id.isTextual()) {
        return null;
      }
      JsonNode display = Json.field(item, "display");
      JsonNode type = Json.field(item, "type");
      if (type != null && !type.isNull() && !(type.isTextual()
          && (type.asText().equals("User") || type.asText().equals("Group")))) {
        return null;
      }
      if (m.containsKey(id.asText()) || (display != null && !display.isNull() && !display.isTextual())) {
        return null; // a repeated member or a display of the wrong type: the engine decides
      }
      m.put(id.asText(), display != null && display.isTextual() ? display.asText() : "");
    }
    return m;
  }

  private static String unescape(String s) {
    return s.replace("\\\"", "\"").replace("\\\\", "\\");
  }

  /**
   * The net change of the operations applied in order to a group whose members are {@code current}. Removing a
   * member that is not there is a no-op, as re-adding one that is.
   */
  static MembershipChange net(List<Op> ops, Map<String, String> currentMembers, Faults faults, RequestScope scope) {
    Set<String> current = currentMembers.keySet();
    Map<String, String> add = new LinkedHashMap<>();
    Set<String> remove = new HashSet<>();
    for (Op op : ops) {
      if (op instanceof Add a) {
        a.members().forEach((id, display) -> addOne(id, display, currentMembers, add, remove));
      } else if (op instanceof Remove r) {
        Set<String> ids = r.ids();
        if (r.byFilter() && faults.has(Fault.PATCH_REMOVE_IGNORES_FILTER)) {
          ids = union(current, add.keySet());
        } else if (r.byFilter()) {
          String id = ids.iterator().next();
          boolean present = add.containsKey(id) || (current.contains(id) && !remove.contains(id));
          if (!present) {
            noMatch(id, scope);
          }
        }
        for (String id : ids) {
          if (add.remove(id) != null || current.contains(id)) {
            remove.add(id);
          }
        }
      } else if (op instanceof RemoveAll) {
        remove.addAll(union(current, add.keySet()));
        add.clear();
      } else if (op instanceof ReplaceAll ra) {
        remove.addAll(union(current, add.keySet()));
        add.clear();
        ra.members().forEach((id, display) -> {
          remove.remove(id);
          add.put(id, display);
        });
      }
    }
    remove.removeIf(id -> !current.contains(id));
    return new MembershipChange(add, remove);
  }

  /**
   * As the PATCH engine adds a value that is already there (RFC 7644 §3.5.2.1): nothing changes, except that a member
   * without a display gets the one given; a different display is {@code mutability}, the Group schema making
   * {@code members.display} immutable.
   */
  private static void addOne(String id, String display, Map<String, String> currentMembers, Map<String, String> add,
      Set<String> remove) {
    String existing = add.containsKey(id) ? add.get(id)
        : currentMembers.containsKey(id) && !remove.contains(id) ? currentMembers.get(id) : null;
    if (existing == null) {
      remove.remove(id);
      add.put(id, display);
      return;
    }
    if (display.isEmpty() || display.equals(existing)) {
      return;
    }
    if (!existing.isEmpty()) {
      throw ScimException.mutability("\"members.display\" is immutable and already has a value (RFC 7643 §7,"
          + " RFC 7644 §3.5.2).");
    }
    add.put(id, display);
  }

  /** As the PATCH engine: a filter matching nothing is noTarget, or in lenient mode a reported no-op. */
  private static void noMatch(String id, RequestScope scope) {
    String path = "members[value eq \"" + id + "\"]";
    if (!scope.leniency().lenient()) {
      throw ScimException.noTarget("\"" + path + "\": the filter matched no value (RFC 7644 §3.12).");
    }
    scope.lint(new LintFinding("remove-filter-no-match", "RFC 7644 §3.12", "The remove path \"" + path
        + "\" matched no value, which is noTarget; nothing was removed.", "\"path\": \"" + path + "\""));
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> u = new HashSet<>(a);
    u.addAll(b);
    return u;
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
