package dev.scimharness.scim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * RFC 7643 §2.4: a service provider "SHOULD NOT return the same (type, value) combination more than once per
 * attribute, as this complicates processing by the client". A value sent twice with one type is kept once, the
 * first; the same value with another type stays, as the same sentence allows.
 */
final class DuplicateValues {
  private DuplicateValues() {}

  /** {@code items} without the later repeats of a (type, value) pair; anything without a value stays. */
  static ArrayNode dropRepeats(AttributeDefinition def, ArrayNode items) {
    if (def.subAttribute("value").isEmpty()) {
      return items;
    }
    Set<List<String>> seen = new HashSet<>();
    ArrayNode out = Json.NODES.arrayNode();
    for (JsonNode item : items) {
      JsonNode value = Json.field(item, "value");
      JsonNode type = Json.field(item, "type");
      if (value == null || value.isNull()) {
        out.add(item);
        continue;
      }
      String t = type == null || type.isNull() ? "" : type.asText().toLowerCase(Locale.ROOT);
      if (seen.add(List.of(t, value.toString()))) {
        out.add(item);
      }
    }
    return out;
  }
}
