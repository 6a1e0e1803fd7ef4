package dev.scimharness.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.endpoint.ScimResponse;
import dev.scimharness.scim.Json;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/** What the endpoint a resource type names (RFC 7643 §6) must answer to a GET. */
public final class ResourceTypeEndpoint {
  /**
   * RFC 7644 §4 defines these three endpoints apart from the resource endpoints. A provider may list them in
   * /ResourceTypes too; /ServiceProviderConfig is a single object (RFC 7643 §5: "Unlike other core resources, the
   * "id" attribute is not required for the service provider configuration resource."), not a collection.
   */
  static final Set<String> DISCOVERY_SCHEMAS = Set.of(
      "urn:ietf:params:scim:schemas:core:2.0:serviceproviderconfig",
      "urn:ietf:params:scim:schemas:core:2.0:resourcetype",
      "urn:ietf:params:scim:schemas:core:2.0:schema");

  private ResourceTypeEndpoint() {}

  /**
   * RFC 7643 §6: "endpoint: The resource type's HTTP-addressable endpoint relative to the Base URL of the service
   * provider, e.g., "Users"." — while the §8.6 example reads "/Users". Either form names the collection; nothing
   * else does (not "/scim/v2/Users", not another collection).
   */
  public static boolean names(String endpoint, String collection) {
    return endpoint != null && (endpoint.equals(collection) || endpoint.equals("/" + collection));
  }

  /** The same two forms for an endpoint whose collection the check does not know: a path, no scheme or host. */
  public static boolean isRelative(String endpoint) {
    if (endpoint == null || endpoint.isBlank()) {
      return false;
    }
    try {
      URI u = new URI(endpoint); // rejects white space; "//host/x" has an authority
      return u.getScheme() == null && u.getRawAuthority() == null && u.getRawQuery() == null
          && u.getRawFragment() == null && !u.getRawPath().replace("/", "").isEmpty();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /**
   * The answer to {@code GET <endpoint>?count=1}: a ListResponse (RFC 7644 §3.4.2); for a resource type whose
   * schema is a discovery schema, also the object of that schema itself (the ServiceProviderConfig). No answer, or
   * one that is neither, fails.
   */
  public static void checkAnswer(ScimResponse r, JsonNode resourceType) {
    JsonNode schema = Json.field(resourceType, "schema");
    if (schema != null && DISCOVERY_SCHEMAS.contains(schema.asText().toLowerCase(Locale.ROOT))
        && r.status() == 200 && r.json() != null && r.json().isObject()
        && Expect.containsText(Json.field(r.json(), "schemas"), schema.asText())) {
      return;
    }
    Expect.listResponse(r);
  }
}
