package dev.scimharness.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.scimharness.scim.AttributeDefinition;
import dev.scimharness.scim.Json;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the value of a multi-valued attribute that a new value duplicates, so an add merges instead of repeating a
 * value (RFC 7644 §3.5.2.1: "If the target location already contains the value specified, no changes SHOULD be
 * made"). Values of a complex attribute with a {@code value} sub-attribute are the same when their {@code value}s
 * are equal (honouring {@code caseExact}) and their {@code type}s do not differ (a missing type matches any): RFC 7643
 * §2.4 makes (type, value) the identity, and IdPs add group members by {@code value} alone. Other values are the
 * same when they are equal.
 *
 * <p>A few lookups scan the array (one pass, no allocation); more build a hash index once, so adding k values to n
 * is O(n + k), never O(n·k) for large k.
 */
final class ValueIndex {
  private static final int SCAN_LIMIT = 8;

  private final AttributeDefinition valueSub;
  private final boolean caseExact;
  private final ArrayNode array;
  private Map<Object, List<Integer>> index;

  ValueIndex(AttributeDefinition def, ArrayNode array, int lookups) {
    this.valueSub = def.isComplex() ? def.subAttribute("value").orElse(null) : null;
    this.caseExact = valueSub != null ? valueSub.caseExact() : def.caseExact();
    this.array = array;
    if (lookups > SCAN_LIMIT) {
      index = new HashMap<>();
      for (int i = 0; i < array.size(); i++) {
        added(i);
      }
    }
  }

  /** The position of the existing value {@code item} duplicates, or -1. */
  int find(JsonNode item) {
    JsonNode probe = identity(item);
    if (index != null) {
      List<Integer> candidates = index.get(key(probe));
      if (candidates != null) {
        for (int i : candidates) {
          if (same(item, probe, array.get(i))) {
            return i;
          }
        }
      }
      return -1;
    }
    for (int i = 0; i < array.size(); i++) {
      if (same(item, probe, array.get(i))) {
        return i;
      }
    }
    return -1;
  }

  /** Records that the value at {@code position} now exists. */
  void added(int position) {
    if (index != null) {
      index.computeIfAbsent(key(identity(array.get(position))), k -> new ArrayList<>(1)).add(position);
    }
  }

  private JsonNode identity(JsonNode item) {
    if (valueSub == null) {
      return item;
    }
    JsonNode v = Json.field(item, valueSub.name());
    return v == null ? item : v;
  }

  private boolean same(JsonNode item, JsonNode probe, JsonNode existing) {
    JsonNode existingId = identity(existing);
    if (!equal(probe, existingId)) {
      return false;
    }
    if (valueSub == null || probe == item) {
      return true;
    }
    JsonNode t1 = Json.field(item, "type");
    JsonNode t2 = Json.field(existing, "type");
    return t1 == null || t2 == null || t1.isNull() || t2.isNull() || t1.asText().equalsIgnoreCase(t2.asText());
  }

  private boolean equal(JsonNode a, JsonNode b) {
    if (a.isTextual() && b.isTextual()) {
      return caseExact ? a.textValue().equals(b.textValue()) : a.textValue().equalsIgnoreCase(b.textValue());
    }
    return a.equals(b);
  }

  private Object key(JsonNode id) {
    if (id.isTextual()) {
      return caseExact ? id.textValue() : id.textValue().toLowerCase(Locale.ROOT);
    }
    return id;
  }
}
