package dev.scimharness.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.Json;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Create a user or group ({@code resource}, without the name the run gives it and without {@code schemas}), then
 * send it the PATCH {@code body}, kept as text because some generated bodies are not JSON at all.
 */
public record PatchCase(String endpoint, ObjectNode resource, String body) implements FuzzCase {

  @Override
  public FuzzKind kind() {
    return FuzzKind.PATCH;
  }

  /** PATCH, then the read-back GET the check needs. */
  @Override
  public int requests() {
    return 2;
  }

  public boolean group() {
    return endpoint.equals("Groups");
  }

  @Override
  public ObjectNode toJson() {
    ObjectNode o = Json.object().put("kind", kind().wire()).put("endpoint", endpoint);
    o.set("resource", resource);
    o.put("body", body);
    return o;
  }

  static PatchCase fromJson(JsonNode json) {
    return new PatchCase(json.path("endpoint").asText(), (ObjectNode) json.get("resource"), json.path("body").asText());
  }

  /** Fewer operations first, then a simpler resource, then operation values with fewer members. */
  @Override
  public List<FuzzCase> smaller() {
    List<FuzzCase> out = new ArrayList<>();
    JsonNode parsed = parse(body);
    ArrayNode ops = parsed instanceof ObjectNode o && o.get("Operations") instanceof ArrayNode a ? a : null;
    if (ops != null && ops.size() > 1) {
      for (int i = 0; i < ops.size(); i++) {
        ObjectNode copy = (ObjectNode) parsed.deepCopy();
        ((ArrayNode) copy.get("Operations")).remove(i);
        out.add(new PatchCase(endpoint, resource, Json.write(copy)));
      }
    }
    for (Iterator<String> names = resource.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      ObjectNode copy = resource.deepCopy();
      copy.remove(name);
      out.add(new PatchCase(endpoint, copy, body));
    }
    if (ops != null) {
      for (int i = 0; i < ops.size(); i++) {
        JsonNode value = ops.get(i).get("value");
        int size = value == null ? 0 : value.size();
        for (int j = 0; j < size && size > 1; j++) {
          ObjectNode copy = (ObjectNode) parsed.deepCopy();
          JsonNode v = copy.get("Operations").get(i).get("value");
          if (v instanceof ArrayNode va) {
            va.remove(j);
          } else if (v instanceof ObjectNode vo) {
            vo.remove(List.copyOf(iterable(vo)).get(j));
          }
          out.add(new PatchCase(endpoint, resource, Json.write(copy)));
        }
      }
    }
    return out;
  }

  private static List<String> iterable(ObjectNode o) {
    List<String> names = new ArrayList<>();
    o.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static JsonNode parse(String text) {
    try {
      return Json.parse(text);
    } catch (RuntimeException e) {
      return null;
    }
  }

  @Override
  public String toString() {
    return "POST /" + endpoint + " " + Json.write(resource) + "  then  PATCH " + body;
  }
}
