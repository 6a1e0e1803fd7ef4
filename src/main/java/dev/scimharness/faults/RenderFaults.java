package dev.scimharness.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.Json;
import dev.scimharness.server.RenderHook;
import dev.scimharness.server.Shape;
import dev.scimharness.server.StoredResource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The representation faults: {@link Fault#ATTRIBUTES_IGNORED}, {@link Fault#EXCLUDED_ATTRIBUTES_IGNORED}
 * (RFC 7644 §3.4.2.5) and {@link Fault#PASSWORD_RETURNED} (RFC 7643 §4.1.1, {@code returned: never}).
 */
record RenderFaults(Faults on) implements RenderHook {
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
    if (!on.has(Fault.PASSWORD_RETURNED)) {
      return;
    }
    JsonNode pw;
    try {
      pw = Json.field(Json.MAPPER.readTree(stored.body()), "password");
    } catch (IOException e) {
      throw new UncheckedIOException("a stored resource could not be read", e);
    }
    if (pw != null) {
      representation.set("password", pw);
    }
  }
}
