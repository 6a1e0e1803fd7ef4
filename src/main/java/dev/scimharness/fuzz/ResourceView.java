package dev.scimharness.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.Projection;
import dev.scimharness.scim.ResourceSchema;
import java.util.List;
import java.util.TreeSet;

/**
 * A resource reduced to what a client decides, so that two readings of it, or a reading and the engine's result,
 * compare with {@code equals} whoever served them:
 * <ul>
 *   <li>the default projection (RFC 7643 §7 {@code returned}): {@code password} never comes back;</li>
 *   <li>without {@code meta.lastModified} and {@code meta.version}, which the server sets on every change;</li>
 *   <li>{@code members} and {@code groups} as the set of ids they name: a server derives {@code $ref},
 *       {@code type} and often {@code display} from the id, and membership is a set (RFC 7643 §4.2).</li>
 * </ul>
 */
final class ResourceView {
  private ResourceView() {}

  static ObjectNode of(JsonNode resource, ResourceSchema schema) {
    ObjectNode view = Projection.project(resource, schema, List.of(), List.of());
    if (Json.field(view, "meta") instanceof ObjectNode meta) {
      ObjectNode m = meta.deepCopy();
      m.remove(List.of("lastModified", "version"));
      view.set(Json.fieldName(view, "meta"), m);
    }
    for (String membership : List.of("members", "groups")) {
      String key = Json.fieldName(view, membership);
      if (key != null && view.get(key) instanceof ArrayNode a) {
        TreeSet<String> ids = new TreeSet<>();
        a.forEach(v -> {
          JsonNode value = Json.field(v, "value");
          ids.add(value == null ? Json.write(v) : value.asText());
        });
        ArrayNode out = Json.NODES.arrayNode();
        ids.forEach(out::add);
        view.remove(key);
        if (!out.isEmpty()) {
          view.set(membership, out);
        }
      }
    }
    return view;
  }
}
