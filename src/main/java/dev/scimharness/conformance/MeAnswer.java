package dev.scimharness.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.endpoint.ScimResponse;
import dev.scimharness.scim.Json;
import java.net.URI;
import java.util.Optional;

/**
 * RFC 7644 §3.11, the answers to a request at {@code /Me}: "A service provider MAY respond in one of three ways":
 * 501 when it does not support /Me, a 308 redirect "to the resource associated with the authenticated subject", or
 * the request processed directly. "In any response, the HTTP "Location" header MUST be the permanent location of
 * the aliased resource associated with the authenticated subject."
 */
public final class MeAnswer {
  private MeAnswer() {}

  /** Whether the answer is /Me served (redirected or processed), as opposed to refused as unsupported. */
  public static boolean served(ScimResponse r) {
    return r.status() == 308 || (r.status() >= 200 && r.status() < 300);
  }

  /**
   * What is wrong with the Location of a served /Me answer: missing, /Me itself, outside the base URL, or (when the
   * answer carries the resource) not the address of that resource's id. Empty when it is right.
   */
  public static Optional<String> locationProblem(ScimResponse r, URI base) {
    String location = r.header("Location").orElse(null);
    if (location == null || location.isBlank()) {
      return Optional.of("no Location header");
    }
    String path = URI.create(location.trim()).getPath();
    // The path decides: a provider behind a proxy may write another host than the one the harness addressed.
    if (path == null || path.endsWith("/Me") || !path.startsWith(base.getPath().replaceAll("/$", "") + "/")) {
      return Optional.of("Location " + location + " is not a resource under " + base);
    }
    JsonNode id = r.status() == 308 ? null : Json.field(r.json(), "id");
    if (id != null && !path.endsWith("/" + id.asText())) {
      return Optional.of("Location " + location + " is not the resource " + id.asText() + " the answer carries");
    }
    return Optional.empty();
  }
}
