package dev.scimharness.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.scim.Json;

/**
 * RFC 7644 §3.4.2.2: "When applying a comparison (e.g., "eq") or presence filter (e.g., "pr") to a defaulted
 * attribute, the service provider SHALL use the value that was returned to the client that last created or modified
 * the attribute." From what a create answered for a single-valued attribute the client left out, the filter that
 * must select the resource: {@code eq} the answered value, or, when nothing was answered, {@code pr}, which must
 * then select nothing.
 *
 * @param filter the filter, scoped to the resource by its userName
 * @param answered whether the create answered a value, so whether the filter must select the resource
 */
public record DefaultedFilter(String filter, boolean answered) {

  public static DefaultedFilter of(JsonNode created, String userName, String attribute) {
    String scope = "userName eq " + quote(userName) + " and ";
    JsonNode value = Json.field(created, attribute);
    if (value == null || value.isNull()) {
      return new DefaultedFilter(scope + attribute + " pr", false);
    }
    if (!value.isValueNode()) {
      throw new IllegalArgumentException(attribute + " is not a single value in the answer: " + value);
    }
    String literal = value.isTextual() ? quote(value.asText()) : value.asText();
    return new DefaultedFilter(scope + attribute + " eq " + literal, true);
  }

  private static String quote(String s) {
    return Json.write(Json.NODES.textNode(s));
  }
}
