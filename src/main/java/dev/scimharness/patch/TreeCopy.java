package dev.scimharness.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A deep copy of a resource that shares nothing mutable with the original. Faster than Jackson's
 * {@code deepCopy()} on large resources (a group of 10,000 members is 10,000 small objects): maps and lists are
 * allocated at their final size, and value nodes, which Jackson never mutates, are shared rather than visited.
 */
final class TreeCopy {
  private TreeCopy() {}

  static ObjectNode of(ObjectNode source) {
    Map<String, JsonNode> children = new LinkedHashMap<>(capacity(source.size()), 0.75f);
    for (Map.Entry<String, JsonNode> e : source.properties()) {
      children.put(e.getKey(), copy(e.getValue()));
    }
    return new ObjectNode(Json.NODES, children);
  }

  private static JsonNode copy(JsonNode node) {
    if (node instanceof ObjectNode o) {
      return of(o);
    }
    if (node instanceof ArrayNode a) {
      List<JsonNode> items = new ArrayList<>(a.size() + 1);
      for (JsonNode item : a) {
        items.add(copy(item));
      }
      return new ArrayNode(Json.NODES, items);
    }
    return node;
  }

  private static int capacity(int size) {
    return size < 3 ? size + 1 : (int) (size / 0.75f) + 1;
  }
}
