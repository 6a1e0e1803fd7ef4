package dev.scimharness.scim;

import java.util.Objects;

/** A resource type's schema extension (RFC 7643 §6 "schemaExtensions"). */
public record SchemaExtension(String schema, boolean required) {
  public SchemaExtension {
    Objects.requireNonNull(schema, "schema");
  }
}
