package dev.scimharness.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.MessageUrns;
import dev.scimharness.scim.SchemaRegistry;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The JSON the suite sends: minimal valid Users, Groups and PatchOp messages, and a deep merge for overrides. */
public final class Templates {

  private Templates() {}

  /** A User with the attributes most targets accept; names derive from {@code userName} so they stay unique. */
  public static ObjectNode user(String userName, String givenName) {
    ObjectNode u = Json.object();
    u.putArray("schemas").add(SchemaRegistry.USER);
    u.put("userName", userName);
    ObjectNode name = u.putObject("name");
    name.put("givenName", givenName);
    name.put("familyName", "Harness");
    name.put("formatted", givenName + " Harness");
    u.put("displayName", givenName + " Harness");
    ObjectNode email = u.putArray("emails").addObject();
    email.put("value", userName + "@example.com");
    email.put("type", "work");
    email.put("primary", true);
    u.put("active", true);
    return u;
  }

  public static ObjectNode group(String displayName, List<String> memberIds) {
    ObjectNode g = Json.object();
    g.putArray("schemas").add(SchemaRegistry.GROUP);
    g.put("displayName", displayName);
    if (!memberIds.isEmpty()) {
      ArrayNode members = g.putArray("members");
      memberIds.forEach(id -> members.addObject().put("value", id));
    }
    return g;
  }

  /** Wraps an {@code Operations} array in a PatchOp message. */
  public static ObjectNode patch(JsonNode operations) {
    ObjectNode p = Json.object();
    p.putArray("schemas").add(MessageUrns.PATCH_OP);
    p.set("Operations", operations.isArray() ? operations : Json.NODES.arrayNode().add(operations));
    return p;
  }

  public static ObjectNode addMembers(List<String> ids) {
    ObjectNode op = Json.object();
    op.put("op", "add");
    op.put("path", "members");
    ArrayNode values = op.putArray("value");
    ids.forEach(id -> values.addObject().put("value", id));
    return patch(Json.NODES.arrayNode().add(op));
  }

  /**
   * Overlays {@code overlay} on a copy of {@code base}: objects merge key by key (names ignoring case), a JSON
   * {@code null} removes the key, anything else replaces.
   */
  public static ObjectNode merge(ObjectNode base, JsonNode overlay) {
    ObjectNode out = base.deepCopy();
    Iterator<Map.Entry<String, JsonNode>> it = overlay.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String existing = Json.fieldName(out, e.getKey());
      JsonNode value = e.getValue();
      if (existing != null && !existing.equals(e.getKey())) {
        out.remove(existing);
        existing = null;
      }
      if (value.isNull()) {
        out.remove(e.getKey());
      } else if (existing != null && out.get(existing).isObject() && value.isObject()) {
        out.set(existing, merge((ObjectNode) out.get(existing), value));
      } else {
        out.set(e.getKey(), value.deepCopy());
      }
    }
    return out;
  }
}
