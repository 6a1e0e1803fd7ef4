package dev.scimharness.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.scim.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Conventions RFC 7644 sets for what discovery lists: the message schemas it hides, the endpoints it names. */
public final class DiscoveryConventions {
  /** RFC 7644 §3.1: the prefix of the SCIM message URNs (ListResponse, SearchRequest, PatchOp, Error …). */
  public static final String MESSAGE_PREFIX = "urn:ietf:params:scim:api:";

  private DiscoveryConventions() {}

  /**
   * RFC 7644 §3.1: message schemas "SHALL NOT be discoverable using the "/Schemas" endpoint". The ids of listed
   * schemas under {@code prefix}, compared ignoring case as URNs are (RFC 8141 §3.1 for the "urn" part, and the
   * SCIM URNs are registered in one case).
   */
  public static List<String> idsUnder(List<JsonNode> schemas, String prefix) {
    List<String> out = new ArrayList<>();
    for (JsonNode s : schemas) {
      JsonNode id = Json.field(s, "id");
      if (id != null && id.asText().toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT))) {
        out.add(id.asText());
      }
    }
    return out;
  }

  /**
   * RFC 7644 §3.2: resource endpoints SHOULD be "the convention of pluralizing the resource name defined in the
   * extended schema, by appending an 's'" (User at /Users). The resource types whose endpoint is not their name
   * and an "s", each described; the discovery resource types some providers list are left out (their endpoints
   * are fixed by RFC 7644 §4).
   */
  public static List<String> unpluralized(List<JsonNode> resourceTypes) {
    List<String> out = new ArrayList<>();
    for (JsonNode rt : resourceTypes) {
      JsonNode schema = Json.field(rt, "schema");
      if (schema != null && ResourceTypeEndpoint.DISCOVERY_SCHEMAS.contains(schema.asText().toLowerCase(Locale.ROOT))) {
        continue;
      }
      JsonNode name = Json.field(rt, "name");
      JsonNode endpoint = Json.field(rt, "endpoint");
      if (name == null || endpoint == null || !ResourceTypeEndpoint.names(endpoint.asText(), name.asText() + "s")) {
        out.add("resource type " + (name == null ? "(no name)" : name.asText()) + " at "
            + (endpoint == null ? "(no endpoint)" : endpoint.asText()));
      }
    }
    return out;
  }
}
