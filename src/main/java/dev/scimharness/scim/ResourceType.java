package dev.scimharness.scim;

import java.util.List;
import java.util.Objects;

/** A resource type (RFC 7643 §6): name, endpoint relative to the base URL, core schema, extensions. */
public record ResourceType(String name, String description, String endpoint, String schema,
    List<SchemaExtension> schemaExtensions) {

  public ResourceType {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(schema, "schema");
    description = description == null ? "" : description;
    schemaExtensions = schemaExtensions == null ? List.of() : List.copyOf(schemaExtensions);
  }
}
