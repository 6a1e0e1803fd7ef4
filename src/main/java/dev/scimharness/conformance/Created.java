package dev.scimharness.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.scim.Json;
import dev.scimharness.endpoint.ScimResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds what a response created, so a scenario can delete it afterwards: a POST answered 2xx with an
 * {@code id}, or the successful POST operations of a Bulk response.
 */
public final class Created {
  private Created() {}

  /**
   * The location of the resource a POST to {@code collectionUri} created, if it created one: the Location
   * header, else {@code meta.location}, else the collection URI plus the id. Faulty targets (200 instead of
   * 201, no Location) must still be cleaned up, hence the fallbacks.
   */
  public static Optional<String> location(String method, String collectionUri, ScimResponse r) {
    if (!method.equalsIgnoreCase("POST") || r.status() < 200 || r.status() > 299) {
      return Optional.empty();
    }
    String lower = collectionUri.toLowerCase(Locale.ROOT);
    if (lower.contains("/.search") || lower.endsWith("/bulk")) {
      return Optional.empty();
    }
    JsonNode body = r.json();
    JsonNode id = Json.field(body, "id");
    if (id == null || !id.isTextual() || id.asText().isEmpty()) {
      return r.header("Location");
    }
    return Optional.of(locationOf(body, r.header("Location").orElse(null), collectionUri));
  }

  /** Where a resource lives, from a Location header, its {@code meta.location} or its collection and id. */
  public static String locationOf(JsonNode resource, String locationHeader, String collectionUri) {
    if (locationHeader != null && !locationHeader.isBlank()) {
      return locationHeader;
    }
    JsonNode meta = BodyPath.first(resource, "meta.location");
    if (meta != null && meta.isTextual() && !meta.asText().isBlank()) {
      return meta.asText();
    }
    String base = collectionUri.contains("?") ? collectionUri.substring(0, collectionUri.indexOf('?')) : collectionUri;
    return (base.endsWith("/") ? base : base + "/") + Json.field(resource, "id").asText();
  }

  /** Locations of the resources a Bulk response reports as created (RFC 7644 §3.7.3). */
  public static List<String> bulkLocations(JsonNode bulkResponse) {
    List<String> out = new ArrayList<>();
    JsonNode ops = Json.field(bulkResponse, "Operations");
    if (ops == null || !ops.isArray()) {
      return out;
    }
    for (JsonNode op : ops) {
      JsonNode method = Json.field(op, "method");
      JsonNode location = Json.field(op, "location");
      JsonNode status = Json.field(op, "status");
      boolean ok = status != null && status.asText().startsWith("2");
      if (method != null && method.asText().equalsIgnoreCase("POST") && ok && location != null
          && !location.asText().isBlank()) {
        out.add(location.asText());
      }
    }
    return out;
  }
}
