package dev.scimharness.scim;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reads the RFC 7643 §7 and §6 JSON representations into {@link Schema} and {@link ResourceType}. */
final class SchemaReader {
  private SchemaReader() {}

  static Schema schema(JsonNode json) {
    String id = text(json, "id", null);
    if (id == null) {
      throw new IllegalArgumentException("a schema needs an id");
    }
    return new Schema(id, text(json, "name", ""), text(json, "description", ""), attributes(json.get("attributes")));
  }

  static ResourceType resourceType(JsonNode json) {
    List<SchemaExtension> ext = new ArrayList<>();
    JsonNode e = json.get("schemaExtensions");
    if (e != null) {
      for (JsonNode x : e) {
        ext.add(new SchemaExtension(x.get("schema").asText(), x.path("required").asBoolean(false)));
      }
    }
    return new ResourceType(text(json, "name", null), text(json, "description", ""), text(json, "endpoint", null),
        text(json, "schema", null), ext);
  }

  private static List<AttributeDefinition> attributes(JsonNode array) {
    List<AttributeDefinition> out = new ArrayList<>();
    if (array != null) {
      for (JsonNode a : array) {
        out.add(attribute(a));
      }
    }
    return out;
  }

  private static AttributeDefinition attribute(JsonNode a) {
    return new AttributeDefinition(
        text(a, "name", null),
        AttributeType.fromWire(text(a, "type", "string")),
        a.path("multiValued").asBoolean(false),
        text(a, "description", ""),
        a.path("required").asBoolean(false),
        a.path("caseExact").asBoolean(false),
        Mutability.fromWire(text(a, "mutability", "readWrite")),
        Returned.fromWire(text(a, "returned", "default")),
        Uniqueness.fromWire(text(a, "uniqueness", "none")),
        strings(a.get("canonicalValues")),
        strings(a.get("referenceTypes")),
        attributes(a.get("subAttributes")));
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array != null) {
      array.forEach(n -> out.add(n.asText()));
    }
    return out;
  }

  private static String text(JsonNode n, String field, String dflt) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? dflt : v.asText();
  }
}
