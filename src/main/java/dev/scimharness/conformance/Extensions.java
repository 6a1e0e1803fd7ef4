package dev.scimharness.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.scim.Json;
import java.util.Optional;

/**
 * The schema extensions a target advertises for its resource types (RFC 7643 §6 {@code schemaExtensions}), so that
 * scenarios about an optional extension (the Enterprise User, RFC 7643 §4.3) are skipped on a target without it
 * instead of failing. When {@code /ResourceTypes} cannot be read, nothing is skipped: the discovery scenarios report
 * that failure and the rest run.
 *
 * @param resourceTypes the {@code /ResourceTypes} ListResponse, or {@code null} when it was not served as JSON
 * @param schemas       the {@code /Schemas} ListResponse, or {@code null}
 */
public record Extensions(JsonNode resourceTypes, JsonNode schemas) {

  /** Why scenarios sending or reading {@code schemaUrn} on {@code resourceType} are skipped, or empty to run them. */
  public Optional<String> unadvertised(String resourceType, String schemaUrn) {
    if (resourceTypes == null || !resourceTypes.isObject()) {
      return Optional.empty();
    }
    JsonNode type = null;
    for (JsonNode t : ListView.resources(resourceTypes)) {
      if (resourceType.equalsIgnoreCase(text(t, "name"))) {
        type = t;
      }
    }
    if (type == null) {
      return Optional.empty();
    }
    JsonNode extensions = Json.field(type, "schemaExtensions");
    if (extensions != null) {
      for (JsonNode e : extensions) {
        if (schemaUrn.equalsIgnoreCase(text(e, "schema"))) {
          return Optional.empty();
        }
      }
    }
    if (schemas != null && schemas.isObject()) {
      for (JsonNode s : ListView.resources(schemas)) {
        if (schemaUrn.equalsIgnoreCase(text(s, "id"))) {
          return Optional.empty();
        }
      }
    }
    return Optional.of("the target does not advertise " + schemaUrn + " (not among the schemaExtensions of its "
        + resourceType + " resource type, nor served by /Schemas)");
  }

  private static String text(JsonNode object, String name) {
    JsonNode v = Json.field(object, name);
    return v != null && v.isTextual() ? v.asText() : "";
  }
}
