package dev.scimharness.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.Projection;
import dev.scimharness.scim.ResourceSchema;

/** The server's entry to projection: {@code attributes}, {@code excludedAttributes} and the {@code returned} rules. */
final class Projections {
  private Projections() {}

  static ObjectNode project(ObjectNode full, ResourceSchema schema, Shape shape) {
    return Projection.project(full, schema, shape.attributes(), shape.excluded());
  }
}
