package dev.scimharness.scim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * RFC 7643 §2.5: "Unassigned attributes, the null value, or empty array (in the case of a multi-valued
 * attribute) SHALL be considered to be equivalent in 'state'." The store keeps one form of that state: absence.
 */
public final class Unassigned {
  private Unassigned() {}

  /** Whether {@code value} holds nothing: missing, null, an empty array or an empty object. */
  public static boolean isUnassigned(JsonNode value) {
    return value == null || value.isNull() || value.isMissingNode()
        || (value.isContainerNode() && value.isEmpty());
  }

  /** A copy without null fields, empty arrays and empty objects, recursively; {@code null} when nothing is left. */
  public static JsonNode prune(JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return null;
    }
    if (value.isObject()) {
      ObjectNode out = Json.object();
      for (Map.Entry<String, JsonNode> f : value.properties()) {
        JsonNode v = prune(f.getValue());
        if (v != null) {
          out.set(f.getKey(), v);
        }
      }
      return out.isEmpty() ? null : out;
    }
    if (value.isArray()) {
      ArrayNode out = Json.NODES.arrayNode();
      for (JsonNode item : value) {
        JsonNode v = prune(item);
        if (v != null) {
          out.add(v);
        }
      }
      return out.isEmpty() ? null : out;
    }
    return value;
  }
}
