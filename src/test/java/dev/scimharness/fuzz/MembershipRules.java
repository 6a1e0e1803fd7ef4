package dev.scimharness.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.ScimType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a server adds to the engine's verdict on a group. The engine knows the schema only, in which no sub-attribute
 * of {@code members} is required and a replace may list a value twice; but a member is a reference to a resource and
 * membership is a set:
 * <ul>
 *   <li>a result holding a member without a {@code value}, or one naming no existing resource, is refused with
 *       {@code 400 invalidValue} (RFC 7643 §4.2: "value" is the member's identifier; RFC 7644 §3.12: a value "not
 *       compatible" with the attribute) — the lenient engine can make such a member from a filter template like
 *       {@code members[type eq "Group"].display};</li>
 *   <li>a member listed twice is stored once, with the display one of its listings gave;</li>
 *   <li>an empty {@code display} is stored as none (the membership index keeps a display per member, "" for
 *       none).</li>
 * </ul>
 */
final class MembershipRules {
  private MembershipRules() {}

  static PatchOracle.Expected refine(PatchOracle.Expected expected, Set<String> existingIds) {
    if (!(expected instanceof PatchOracle.Applied a)) {
      return expected;
    }
    String key = Json.fieldName(a.resource(), "members");
    JsonNode members = key == null ? null : a.resource().get(key);
    if (members == null || !members.isArray()) {
      return expected;
    }
    Map<String, ObjectNode> once = new LinkedHashMap<>();
    for (JsonNode member : members) {
      JsonNode value = Json.field(member, "value");
      if (value == null || !value.isTextual() || value.textValue().isEmpty()) {
        return new PatchOracle.Rejected(400, ScimType.invalidValue, "a member without a value");
      }
      if (!existingIds.contains(value.textValue())) {
        return new PatchOracle.Rejected(400, ScimType.invalidValue, "member " + value + " does not exist");
      }
      ObjectNode stored = (ObjectNode) member.deepCopy();
      String displayKey = Json.fieldName(stored, "display");
      if (displayKey != null && stored.get(displayKey).isTextual() && stored.get(displayKey).textValue().isEmpty()) {
        stored.remove(displayKey);
      }
      ObjectNode first = once.putIfAbsent(value.textValue(), stored);
      if (first != null && Json.field(first, "display") == null && Json.field(stored, "display") != null) {
        first.set("display", Json.field(stored, "display"));
      }
    }
    ObjectNode resource = a.resource().deepCopy();
    ArrayNode deduplicated = resource.putArray(key);
    once.values().forEach(deduplicated::add);
    return new PatchOracle.Applied(resource, a.changed());
  }
}
