package dev.scimharness.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.endpoint.Request;
import dev.scimharness.endpoint.ScimResponse;
import dev.scimharness.scim.Json;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * The requests the generic checks send about one advertised resource type, through the caller's client (which
 * records them and deletes what a POST created once the scenario ends).
 */
public record TypeProbe(AdvertisedType type, Function<Request, ScimResponse> send) {

  public ScimResponse create(JsonNode representation) {
    return send.apply(Request.of("POST", type.endpoint(), Json.write(representation)));
  }

  /**
   * Creates a resource the check builds on. A refusal blocks the check, never fails it: the lifecycle scenario
   * judges whether the type can be created at all.
   */
  public JsonNode created(JsonNode representation) {
    ScimResponse r = create(representation);
    if (r.status() != 201 && r.status() != 200 || r.json() == null || idOf(r.json()).isEmpty()) {
      throw new Blocked("could not create a " + type.name() + " from its advertised schema to check it on: POST "
          + type.endpoint() + " answered " + r.status() + " " + abbreviate(r.redactedBody()));
    }
    return r.json();
  }

  public ScimResponse read(String id, String query) {
    return send.apply(Request.of("GET", type.address(id) + (query.isEmpty() ? "" : "?" + query)));
  }

  public ScimResponse replace(String id, JsonNode representation) {
    return send.apply(Request.of("PUT", type.address(id), Json.write(representation)));
  }

  public ScimResponse delete(String id) {
    return send.apply(Request.of("DELETE", type.address(id)));
  }

  /** GET on the endpoint with {@code filter} = {@code path eq "value"}, and an optional further query. */
  public ScimResponse filterEq(String path, String value, String query) {
    String filter = path + " eq \"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    return send.apply(Request.of("GET", type.endpoint() + "?filter=" + encode(filter)
        + (query.isEmpty() ? "" : "&" + query)));
  }

  public static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  public static String idOf(JsonNode resource) {
    JsonNode id = Json.field(resource, "id");
    return id == null || !id.isValueNode() ? "" : id.asText();
  }

  static String abbreviate(String s) {
    return s == null ? "" : s.length() > 200 ? s.substring(0, 200) + "…" : s;
  }
}
