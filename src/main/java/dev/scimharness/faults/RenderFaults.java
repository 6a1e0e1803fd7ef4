package dev.scimharness.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.AttributeDefinition;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.ResourceSchema;
import dev.scimharness.scim.Returned;
import dev.scimharness.scim.Schema;
import dev.scimharness.scim.SchemaRegistry;
import dev.scimharness.server.RenderHook;
import dev.scimharness.server.Shape;
import dev.scimharness.server.StoredResource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The representation faults: {@link Fault#ATTRIBUTES_IGNORED}, {@link Fault#EXCLUDED_ATTRIBUTES_IGNORED}
 * (RFC 7644 §3.4.2.5), {@link Fault#PASSWORD_RETURNED} (RFC 7643 §4.1.1, {@code returned: never}) and
 * {@link Fault#REQUEST_ATTRIBUTES_BY_DEFAULT} (RFC 7643 §7, {@code returned: request}).
 */
record RenderFaults(Faults on) implements RenderHook {
  private static final SchemaRegistry SCHEMAS = SchemaRegistry.standard();

  @Override
  public Shape shape(Shape requested) {
    Shape shape = requested;
    if (on.has(Fault.ATTRIBUTES_IGNORED)) {
      shape = new Shape(List.of(), shape.excluded());
    }
    if (on.has(Fault.EXCLUDED_ATTRIBUTES_IGNORED)) {
      shape = new Shape(shape.attributes(), List.of());
    }
    return shape;
  }

  @Override
  public void rendered(StoredResource stored, ObjectNode representation) {
    if (on.has(Fault.REQUEST_ATTRIBUTES_BY_DEFAULT)) {
      requestAttributes(stored, representation);
    }
    if (!on.has(Fault.PASSWORD_RETURNED)) {
      return;
    }
    JsonNode pw = Json.field(body(stored), "password");
    if (pw != null) {
      representation.set("password", pw);
    }
  }

  // Every stored value of a returned:request attribute, core or extension, is put back.
  private static void requestAttributes(StoredResource stored, ObjectNode representation) {
    JsonNode body = body(stored);
    ResourceSchema schema = SCHEMAS.resourceSchema(stored.kind().typeName());
    copyRequested(schema.core(), body, representation);
    for (Schema ext : schema.extensions()) {
      JsonNode container = Json.field(body, ext.id());
      if (container != null && container.isObject()) {
        ObjectNode target = representation.has(ext.id()) && representation.get(ext.id()).isObject()
            ? (ObjectNode) representation.get(ext.id()) : representation.putObject(ext.id());
        copyRequested(ext, container, target);
      }
    }
  }

  private static void copyRequested(Schema schema, JsonNode from, ObjectNode to) {
    for (AttributeDefinition a : schema.attributes()) {
      JsonNode v = Json.field(from, a.name());
      if (a.returned() == Returned.REQUEST && v != null) {
        to.set(a.name(), v);
      }
    }
  }

  private static JsonNode body(StoredResource stored) {
    try {
      return Json.MAPPER.readTree(stored.body());
    } catch (IOException e) {
      throw new UncheckedIOException("a stored resource could not be read", e);
    }
  }
}
