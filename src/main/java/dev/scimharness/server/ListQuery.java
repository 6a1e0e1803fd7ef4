package dev.scimharness.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.ScimException;
import java.util.function.Function;

/**
 * The query of a list or search (RFC 7644 §3.4.2, §3.4.3), from URL parameters or a SearchRequest body. Raw
 * strings: parsing the filter and attribute lists is the service's job, so both routes share it.
 *
 * @param startIndex 1-based as sent; {@code null} when absent
 * @param count      as sent; {@code null} when absent
 */
public record ListQuery(String filter, String sortBy, String sortOrder, Integer startIndex, Integer count,
    String attributes, String excludedAttributes) {

  static final ListQuery ALL = new ListQuery(null, null, null, null, null, null, null);

  /** From URL query parameters; a non-integer {@code startIndex} or {@code count} is {@code 400 invalidValue}. */
  static ListQuery fromParams(Function<String, String> param) {
    return new ListQuery(param.apply("filter"), param.apply("sortBy"), param.apply("sortOrder"),
        integer("startIndex", param.apply("startIndex")), integer("count", param.apply("count")),
        param.apply("attributes"), param.apply("excludedAttributes"));
  }

  /** From a SearchRequest body (RFC 7644 §3.4.3): the same names, lists as JSON arrays or comma strings. */
  static ListQuery fromSearchRequest(JsonNode body) {
    return new ListQuery(text(body, "filter"), text(body, "sortBy"), text(body, "sortOrder"),
        number(body, "startIndex"), number(body, "count"), list(body, "attributes"),
        list(body, "excludedAttributes"));
  }

  private static Integer integer(String name, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      long v = Long.parseLong(raw.trim());
      return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
    } catch (NumberFormatException e) {
      throw ScimException.invalidValue("'" + name + "' must be an integer, got '" + raw + "'.");
    }
  }

  private static String text(JsonNode body, String name) {
    JsonNode v = Json.field(body, name);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw ScimException.invalidSyntax("'" + name + "' must be a string.");
    }
    return v.asText();
  }

  private static Integer number(JsonNode body, String name) {
    JsonNode v = Json.field(body, name);
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isIntegralNumber()) {
      return v.canConvertToInt() ? v.intValue() : (v.asLong() < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE);
    }
    if (v.isTextual()) {
      return integer(name, v.asText());
    }
    throw ScimException.invalidSyntax("'" + name + "' must be an integer.");
  }

  private static String list(JsonNode body, String name) {
    JsonNode v = Json.field(body, name);
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isTextual()) {
      return v.asText();
    }
    if (!v.isArray()) {
      throw ScimException.invalidSyntax("'" + name + "' must be an array of strings.");
    }
    StringBuilder sb = new StringBuilder();
    for (JsonNode item : v) {
      if (!item.isTextual()) {
        throw ScimException.invalidSyntax("'" + name + "' must be an array of strings.");
      }
      if (sb.length() > 0) {
        sb.append(',');
      }
      sb.append(item.asText());
    }
    return sb.toString();
  }
}
