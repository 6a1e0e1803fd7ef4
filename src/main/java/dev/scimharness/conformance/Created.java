package dev.scimharness.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.scim.Json;
import dev.scimharness.endpoint.References;
import dev.scimharness.endpoint.ScimResponse;
import java.net.URI;
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
   * header, else {@code meta.location}, each resolved against the request URI (RFC 3986 §5.2), else the
   * collection URI plus the id. Faulty targets (200 instead of 201, no Location) must still be cleaned up,
   * hence the fallbacks.
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
      return r.header("Location").map(l -> resolved(r.requestUri(), l));
    }
    return Optional.of(locationOf(body, r.header("Location").orElse(null), r.requestUri(), collectionUri));
  }

  /**
   * Where a resource lives: a Location header or its {@code meta.location}, resolved against the URI of the
   * request they answered, else its collection and id.
   */
  public static String locationOf(JsonNode resource, String locationHeader, URI requestUri, String collectionUri) {
    if (locationHeader != null && !locationHeader.isBlank()) {
      return resolved(requestUri, locationHeader);
    }
    JsonNode meta = BodyPath.first(resource, "meta.location");
    if (meta != null && meta.isTextual() && !meta.asText().isBlank()) {
      return resolved(requestUri, meta.asText());
    }
    String base = collectionUri.contains("?") ? collectionUri.substring(0, collectionUri.indexOf('?')) : collectionUri;
    return (base.endsWith("/") ? base : base + "/") + Json.field(resource, "id").asText();
  }

  // A reference that is no URI at all is kept as written: the cleanup tries it and says what failed.
  private static String resolved(URI requestUri, String reference) {
    try {
      return References.resolve(requestUri, reference).toString();
    } catch (IllegalArgumentException e) {
      return reference;
    }
  }

  /** Locations of the resources a Bulk response reports as created (RFC 7644 §3.7.3), as the target wrote them. */
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
