package dev.scimharness.scim;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A schema (RFC 7643 §7): its URN id, name, description and top-level attributes. */
public record Schema(String id, String name, String description, List<AttributeDefinition> attributes) {

  public Schema {
    Objects.requireNonNull(id, "id");
    name = name == null ? "" : name;
    description = description == null ? "" : description;
    attributes = List.copyOf(attributes);
  }

  public Optional<AttributeDefinition> attribute(String attributeName) {
    for (AttributeDefinition a : attributes) {
      if (a.named(attributeName)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
