package dev.scimharness.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.scim.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A resource type a target advertises in {@code /ResourceTypes} (RFC 7643 §6), with the schema and extensions
 * {@code /Schemas} serves for it.
 *
 * @param name the resource type's name, as {@code meta.resourceType} names it
 * @param endpoint its endpoint as a path under the base URL, with a leading slash
 * @param schemaUrn its core schema's id
 * @param schema the core schema's representation, or {@code null} when {@code /Schemas} does not serve it
 * @param extensions each extension's id and whether the type requires it (RFC 7643 §6 {@code schemaExtensions})
 * @param extensionSchemas the served representation of each extension, by id; a missing one is absent
 */
public record AdvertisedType(String name, String endpoint, String schemaUrn, JsonNode schema,
    Map<String, Boolean> extensions, Map<String, JsonNode> extensionSchemas) {

  /** Every top-level attribute of its core schema and of each extension /Schemas serves, in declaration order. */
  public List<DeclaredAttribute> attributes() {
    List<DeclaredAttribute> out = new ArrayList<>();
    add(out, schemaUrn, false, schema);
    extensions.keySet().forEach(urn -> add(out, urn, true, extensionSchemas.get(urn)));
    return out;
  }

  /** The schemas a representation of this type lists: the core schema and every served extension. */
  public List<String> schemaUrns() {
    List<String> out = new ArrayList<>(List.of(schemaUrn));
    extensions.keySet().stream().filter(extensionSchemas::containsKey).forEach(out::add);
    return out;
  }

  /** The address of one resource of this type. */
  public String address(String id) {
    return endpoint + "/" + dev.scimharness.endpoint.PathEncoding.segment(id);
  }

  private static void add(List<DeclaredAttribute> out, String urn, boolean extension, JsonNode schema) {
    JsonNode attributes = Json.field(schema, "attributes");
    if (attributes == null || !attributes.isArray()) {
      return;
    }
    for (JsonNode a : attributes) {
      DeclaredAttribute d = new DeclaredAttribute(urn, extension, a);
      if (!d.name().isEmpty()) {
        out.add(d);
      }
    }
  }
}
