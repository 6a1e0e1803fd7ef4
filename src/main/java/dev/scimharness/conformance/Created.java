package dev.scimharness.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.scim.Json;
import dev.scimharness.endpoint.PathEncoding;
import dev.scimharness.endpoint.ScimResponse;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds what a response created, so a scenario can delete it afterwards: a POST answered 2xx with an
 * {@code id}, or the successful POST operations of a Bulk response.
 *
 * <p>What was created is addressed as {@code {base}/{ResourceType}/{id}} (RFC 7644 §3.2), never at the
 * {@code Location} or {@code meta.location} the target returned: a wrong location (another host, a doubled path
 * prefix) is judged by the location scenarios alone and must not turn every later request into a 404.
 */
public final class Created {
  private Created() {}

  /**
   * The address of the resource a POST to {@code collectionUri} created, if it created one: the collection URI
   * plus the id of the answer's body. A faulty target that answers without an id but with a Location must still
   * be cleaned up: the id is then the last path segment of that Location, addressed under the collection.
   */
  public static Optional<String> address(String method, String collectionUri, ScimResponse r) {
    if (!method.equalsIgnoreCase("POST") || r.status() < 200 || r.status() > 299) {
      return Optional.empty();
    }
    String lower = collectionUri.toLowerCase(Locale.ROOT);
    if (lower.contains("/.search") || lower.endsWith("/bulk")) {
      return Optional.empty();
    }
    JsonNode id = Json.field(r.json(), "id");
    if (id != null && id.isTextual() && !id.asText().isEmpty()) {
      return Optional.of(addressIn(collectionUri, id.asText()));
    }
    return r.header("Location").flatMap(l -> lastSegment(r.requestUri(), l)).map(s -> addressIn(collectionUri, s));
  }

  /** {@code {collection}/{id}}: the collection URI without its query, then the id as one path segment. */
  public static String addressIn(String collectionUri, String id) {
    String base = collectionUri.contains("?") ? collectionUri.substring(0, collectionUri.indexOf('?')) : collectionUri;
    return (base.endsWith("/") ? base : base + "/") + PathEncoding.segment(id);
  }

  /**
   * The address under {@code base} of a resource a target named by {@code reference} (a Bulk operation's
   * {@code location}): its last two path segments taken as {@code {ResourceType}/{id}}, whatever host it names.
   */
  public static Optional<String> addressUnder(URI base, URI requestUri, String reference) {
    Optional<URI> resolved = resolved(requestUri, reference);
    if (resolved.isEmpty() || resolved.get().getPath() == null) {
      return Optional.empty();
    }
    String[] segments = resolved.get().getPath().split("/");
    if (segments.length < 2 || segments[segments.length - 1].isEmpty() || segments[segments.length - 2].isEmpty()) {
      return Optional.empty();
    }
    String collection = addressIn(base.toString(), segments[segments.length - 2]);
    return Optional.of(addressIn(collection, segments[segments.length - 1]));
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

  private static Optional<String> lastSegment(URI requestUri, String reference) {
    return resolved(requestUri, reference).map(URI::getPath).filter(p -> p != null && !p.endsWith("/"))
        .map(p -> p.substring(p.lastIndexOf('/') + 1)).filter(s -> !s.isEmpty());
  }

  // A reference that is no URI at all names nothing the suite can address.
  private static Optional<URI> resolved(URI requestUri, String reference) {
    try {
      return Optional.of(dev.scimharness.endpoint.References.resolve(requestUri, reference));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
