package dev.scimharness.patch;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.filter.Compare;
import dev.scimharness.filter.CompareOp;
import dev.scimharness.lint.LintFinding;
import dev.scimharness.scim.AttributePath;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.Leniency;
import dev.scimharness.scim.SchemaRegistry;
import dev.scimharness.scim.ScimException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * PATCH on a group's {@code members} as a set of member ids (RFC 7644 §3.5.2.1 add, §3.5.2.2 remove, §3.5.2.3
 * replace), for a server that keeps membership in an index rather than in a list: the shapes IdPs send — {@code add}
 * of a member list, {@code remove} of {@code members[value eq "…"]}, Entra's {@code remove} of {@code members} with
 * a value list, {@code remove}/{@code replace} of all members — become one net change, whose cost is the number of
 * members named, not the size of the group. Any other request is left to the {@link PatchEngine}, whose results
 * these rules repeat: re-adding a member changes nothing, removing an absent one by a list changes nothing, a
 * filter matching no member is {@code noTarget} (a reported no-op in LENIENT mode).
 */
public final class MemberChanges {

  /** One membership operation, in request order. */
  public sealed interface Op permits Add, Remove, RemoveAll, ReplaceAll {}

  /** Members to add: member id → display ({@code ""} when none was sent). */
  public record Add(Map<String, String> members) implements Op {}

  /** {@code byFilter}: the id came from a {@code members[value eq …]} path rather than a value list. */
  public record Remove(Set<String> ids, boolean byFilter) implements Op {}

  public record RemoveAll() implements Op {}

  public record ReplaceAll(Map<String, String> members) implements Op {}

  /** The net change: members to add (id → display) and member ids to remove, each once. */
  public record Delta(Map<String, String> add, Set<String> remove) {}

  private MemberChanges() {}

  /** The operations, when every operation of the request is a plain membership change of a group. */
  public static Optional<List<Op>> recognise(PatchRequest request) {
    List<Op> out = new ArrayList<>(request.operations().size());
    for (PatchOperation op : request.operations()) {
      Op o = one(op);
      if (o == null) {
        return Optional.empty();
      }
      out.add(o);
    }
    return Optional.of(out);
  }

  private static Op one(PatchOperation op) {
    PatchPath path = op.path();
    if (path == null || !isMembers(path.attribute()) || path.attribute().hasSubAttribute()) {
      return null;
    }
    boolean plain = !path.hasFilter();
    if (op instanceof PatchOperation.Add a && plain) {
      Map<String, String> m = memberList(a.value());
      return m == null ? null : new Add(m);
    }
    if (op instanceof PatchOperation.Replace r && plain) {
      Map<String, String> m = memberList(r.value());
      return m == null ? null : new ReplaceAll(m);
    }
    if (op instanceof PatchOperation.Remove r) {
      if (plain && r.value() == null) {
        return new RemoveAll();
      }
      if (plain) {
        Map<String, String> m = memberList(r.value());
        return m == null ? null : new Remove(m.keySet(), false);
      }
      String id = valueEq(path);
      if (id != null && r.value() == null) {
        return new Remove(Set.of(id), true);
      }
    }
    return null;
  }

  /** The id of a {@code members[value eq "…"]} path, or null for any other filter or a sub-attribute after it. */
  private static String valueEq(PatchPath path) {
    if (path.subAttribute() != null || !(path.valueFilter() instanceof Compare c) || c.op() != CompareOp.EQ
        || !c.value().isTextual()) {
      return null;
    }
    AttributePath a = c.attribute();
    boolean value = a.schemaUrn() == null && a.attribute().equalsIgnoreCase("value") && !a.hasSubAttribute();
    return value ? c.value().textValue() : null;
  }

  /** {@code members} of the core Group schema, with or without its URN. */
  private static boolean isMembers(AttributePath p) {
    return p.attribute().equalsIgnoreCase("members")
        && (p.schemaUrn() == null || p.schemaUrn().equalsIgnoreCase(SchemaRegistry.GROUP));
  }

  /**
   * Whether a request may read or change a group's {@code members}: a path into them, or a path-less value naming
   * them. When it cannot, the engine can run on the group without its member list.
   */
  public static boolean touchesMembers(PatchRequest request) {
    for (PatchOperation op : request.operations()) {
      if (op.path() != null) {
        if (isMembers(op.path().attribute())) {
          return true;
        }
        continue;
      }
      JsonNode value = op.value();
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

  /** A path-less value's key that names members: {@code members}, a dotted {@code members.…}, or with the URN. */
  private static boolean namesMembers(String key) {
    String p = key.trim();
    String prefix = SchemaRegistry.GROUP + ":";
    if (p.regionMatches(true, 0, prefix, 0, prefix.length())) {
      p = p.substring(prefix.length());
    }
    return p.regionMatches(true, 0, "members", 0, "members".length());
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

  /**
   * The net change of the operations applied in order to a group whose members are {@code current} (id →
   * display). Costs O(1) per member named, except that removing or replacing all members touches each of them.
   */
  public static Delta net(List<Op> ops, Map<String, String> current, Leniency leniency,
      Consumer<LintFinding> findings) {
    Set<String> ids = current.keySet();
    Map<String, String> add = new LinkedHashMap<>();
    Set<String> remove = new HashSet<>();
    for (Op op : ops) {
      if (op instanceof Add a) {
        a.members().forEach((id, display) -> addOne(id, display, current, add, remove));
      } else if (op instanceof Remove r) {
        if (r.byFilter()) {
          String id = r.ids().iterator().next();
          boolean present = add.containsKey(id) || (ids.contains(id) && !remove.contains(id));
          if (!present) {
            noMatch(id, leniency, findings);
          }
        }
        for (String id : r.ids()) {
          if (add.remove(id) != null || ids.contains(id)) {
            remove.add(id);
          }
        }
      } else if (op instanceof RemoveAll) {
        removeAll(ids, add, remove);
      } else if (op instanceof ReplaceAll ra) {
        removeAll(ids, add, remove);
        ra.members().forEach((id, display) -> {
          remove.remove(id);
          add.put(id, display);
        });
      }
    }
    remove.removeIf(id -> !ids.contains(id));
    return new Delta(add, remove);
  }

  private static void removeAll(Set<String> current, Map<String, String> add, Set<String> remove) {
    remove.addAll(current);
    remove.addAll(add.keySet());
    add.clear();
  }

  /**
   * As the PATCH engine adds a value that is already there (RFC 7644 §3.5.2.1): nothing changes, except that a member
   * without a display gets the one given; a different display is {@code mutability}, the Group schema making
   * {@code members.display} immutable.
   */
  private static void addOne(String id, String display, Map<String, String> current, Map<String, String> add,
      Set<String> remove) {
    String existing = add.containsKey(id) ? add.get(id)
        : current.containsKey(id) && !remove.contains(id) ? current.get(id) : null;
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

  /** As {@link Removal}: a filter matching no member is noTarget, or in LENIENT mode a reported no-op. */
  private static void noMatch(String id, Leniency leniency, Consumer<LintFinding> findings) {
    String path = "members[value eq \"" + id + "\"]";
    if (!leniency.lenient()) {
      throw ScimException.noTarget("\"" + path + "\": the filter matched no value (RFC 7644 §3.12).");
    }
    findings.accept(new LintFinding("remove-filter-no-match", "RFC 7644 §3.12", "The remove path \"" + path
        + "\" matched no value, which is noTarget; nothing was removed.", "\"path\": \"" + path + "\""));
  }
}
