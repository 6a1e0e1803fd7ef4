package dev.scimharness.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.endpoint.ScimResponse;
import dev.scimharness.scim.Json;
import java.net.URI;
import java.util.Set;

/**
 * Which successful answers must carry a resource, and whether one does: a 200 to GET, PUT or PATCH of one
 * resource (RFC 7644 §3.4.1, §3.5.1, §3.5.2) holds the resource, a JSON object with {@code id} and
 * {@code schemas} (RFC 7643 §3). A status check alone would pass an HTML login page served 200. A create's body
 * is only a SHOULD (§3.3), so its 201 is not held to this.
 */
public final class ResourceAnswers {
  private static final Set<String> COLLECTIONS = Set.of("Users", "Groups");

  private ResourceAnswers() {}

  /** Whether a 200 to {@code method} at {@code requestUri} must hold a resource. */
  public static boolean expected(String method, URI requestUri, URI base) {
    String basePath = base.getRawPath() == null ? "" : base.getRawPath().replaceAll("/+$", "");
    String path = requestUri.getRawPath() == null ? "" : requestUri.getRawPath();
    if (!path.startsWith(basePath + "/")) {
      return false;
    }
    String[] segments = path.substring(basePath.length() + 1).split("/");
    String m = method.toUpperCase(java.util.Locale.ROOT);
    if (segments.length == 1 && segments[0].equals("Me")) {
      return Set.of("GET", "PUT", "PATCH").contains(m);
    }
    if (!COLLECTIONS.contains(segments[0])) {
      return false;
    }
    return segments.length == 2 && !segments[1].equals(".search") && Set.of("GET", "PUT", "PATCH").contains(m);
  }

  /** Fails unless a 200 that must hold a resource holds one; a 204 holds none by definition. */
  public static void check(ScimResponse r, URI base) {
    if (r.status() == 200 && expected(r.exchange().method(), r.requestUri(), base)) {
      JsonNode body = r.json();
      JsonNode schemas = body == null ? null : Json.field(body, "schemas");
      if (body == null || !body.isObject() || Json.field(body, "id") == null || schemas == null || !schemas.isArray()
          || schemas.isEmpty()) {
        throw Expect.fail(r, "a SCIM resource with \"id\" and \"schemas\" in the 200 answer",
            body == null ? "a body that is not JSON" : "a body without them");
      }
    }
  }
}
