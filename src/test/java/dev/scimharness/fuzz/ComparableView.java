package dev.scimharness.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.Projection;
import dev.scimharness.scim.ResourceSchema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A resource reduced to what a PATCH decides, so that the server's answer and the oracle's result can be compared
 * with {@code equals}:
 * <ul>
 *   <li>the default projection (RFC 7643 §7 {@code returned}): {@code password} is never returned, so it is not
 *       compared;</li>
 *   <li>{@code meta.lastModified} and {@code meta.version} go: the server sets them on every change;</li>
 *   <li>a group's {@code members} and a user's {@code groups} are reduced to {@code value} and {@code display},
 *       sorted by value: the server derives {@code $ref} and {@code type} from what the id names and keeps
 *       membership in an index, not in a list.</li>
 * </ul>
 */
final class ComparableView {
  private ComparableView() {}

  static ObjectNode of(JsonNode resource, ResourceSchema schema) {
    ObjectNode view = Projection.project(resource, schema, List.of(), List.of());
    JsonNode meta = view.get("meta");
    if (meta instanceof ObjectNode m) {
      m.remove("lastModified");
      m.remove("version");
    }
    for (String membership : List.of("members", "groups")) {
      JsonNode list = view.get(membership);
      if (list instanceof ArrayNode a) {
        view.set(membership, references(a));
      }
    }
    return view;
  }

  private static ArrayNode references(ArrayNode values) {
    List<ObjectNode> out = new ArrayList<>();
    for (JsonNode v : values) {
      ObjectNode r = Json.object();
      for (String keep : List.of("value", "display")) {
        JsonNode f = Json.field(v, keep);
        if (f != null) {
          r.set(keep, f);
        }
      }
      out.add(r);
    }
    out.sort(Comparator.comparing(o -> Json.write(o)));
    ArrayNode a = Json.NODES.arrayNode();
    out.forEach(a::add);
    return a;
  }
}
