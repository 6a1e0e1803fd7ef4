package dev.scimharness.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.scim.Json;
import java.util.ArrayList;
import java.util.List;

/** Reads the resources of a ListResponse (RFC 7644 §3.4.2). */
public final class ListView {
  private ListView() {}

  public static List<JsonNode> resources(JsonNode body) {
    List<JsonNode> out = new ArrayList<>();
    JsonNode r = Json.field(body, "Resources");
    if (r != null && r.isArray()) {
      r.forEach(out::add);
    }
    return out;
  }

  /** The ids of the listed resources, in order; a resource without an id counts as "(no id)". */
  public static List<String> ids(JsonNode body) {
    List<String> out = new ArrayList<>();
    for (JsonNode r : resources(body)) {
      JsonNode id = Json.field(r, "id");
      out.add(id == null ? "(no id)" : id.asText());
    }
    return out;
  }

  /** {@code ids} restricted to {@code known}, keeping the listed order: how a scoped sort check reads a page. */
  public static List<String> orderOf(List<String> ids, List<String> known) {
    return ids.stream().filter(known::contains).toList();
  }
}
