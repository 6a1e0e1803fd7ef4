package dev.scimharness.scim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The one configured Jackson mapper, and small helpers for JSON at the edges. */
public final class Json {
  public static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  public static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private Json() {}

  /** Parses a request body; malformed JSON is {@code 400 invalidSyntax}, never an exception of Jackson's. */
  public static JsonNode parse(String text) {
    try {
      JsonNode node = MAPPER.readTree(text);
      if (node == null || node.isMissingNode()) {
        throw ScimException.invalidSyntax("The request body is empty; a JSON document was expected.");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw ScimException.invalidSyntax("The request body is not valid JSON: " + e.getOriginalMessage()
          + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
    }
  }

  public static ObjectNode object() {
    return NODES.objectNode();
  }

  public static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
  }

  /** Case-insensitive field lookup (RFC 7643 §2.1); {@code null} when absent. Returns the first match. */
  public static JsonNode field(JsonNode object, String name) {
    if (object == null || !object.isObject()) {
      return null;
    }
    JsonNode exact = object.get(name);
    if (exact != null) {
      return exact;
    }
    var it = object.fieldNames();
    while (it.hasNext()) {
      String f = it.next();
      if (f.equalsIgnoreCase(name)) {
        return object.get(f);
      }
    }
    return null;
  }

  /** The actual spelling of a field in {@code object} that matches {@code name} ignoring case, or {@code null}. */
  public static String fieldName(JsonNode object, String name) {
    if (object == null || !object.isObject()) {
      return null;
    }
    if (object.has(name)) {
      return name;
    }
    var it = object.fieldNames();
    while (it.hasNext()) {
      String f = it.next();
      if (f.equalsIgnoreCase(name)) {
        return f;
      }
    }
    return null;
  }
}
