package dev.scimharness.learn;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.scim.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A recorded exchange read as SCIM: which collection and resource it addresses, its decoded query in the order
 * sent, and its bodies as JSON ({@code null} when absent or not JSON).
 *
 * @param collection {@code Users}, {@code Groups}, or another first path segment ({@code ServiceProviderConfig})
 * @param id the resource id of {@code /Users/{id}}, else {@code null}
 */
record Seen(Recorded raw, String collection, String id, Map<String, String> query, JsonNode body, JsonNode answer) {

  static Seen of(Recorded r) {
    String[] parts = r.path().replaceFirst("^/", "").split("/", -1);
    String collection = parts.length > 0 ? parts[0] : "";
    String id = parts.length > 1 && !parts[1].isEmpty() ? TrafficRecorder.decode(parts[1]) : null;
    Map<String, String> query = new LinkedHashMap<>();
    if (!r.rawQuery().isEmpty()) {
      for (String pair : r.rawQuery().split("&")) {
        int eq = pair.indexOf('=');
        String k = TrafficRecorder.decode(eq < 0 ? pair : pair.substring(0, eq));
        query.put(k, eq < 0 ? null : TrafficRecorder.decode(pair.substring(eq + 1)));
      }
    }
    return new Seen(r, collection, id, query, json(r.body()), json(r.responseBody()));
  }

  private static JsonNode json(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Json.MAPPER.readTree(text);
    } catch (java.io.IOException e) {
      return null;
    }
  }

  String method() {
    return raw.method();
  }

  boolean users() {
    return collection.equals("Users");
  }

  boolean groups() {
    return collection.equals("Groups");
  }

  boolean resources() {
    return users() || groups();
  }

  String filter() {
    return query.get("filter");
  }

  /** A filtered GET of a collection: a lookup before create. */
  boolean lookup() {
    return method().equals("GET") && resources() && id == null && filter() != null;
  }

  /** An unfiltered GET of a collection that pages: an import, a scan, or a connection test. */
  boolean paging() {
    return method().equals("GET") && resources() && id == null && filter() == null
        && (query.containsKey("startIndex") || query.containsKey("count") || query.containsKey("cursor"));
  }

  boolean create() {
    return method().equals("POST") && resources() && id == null;
  }

  boolean change() {
    return (method().equals("PATCH") || method().equals("PUT")) && resources() && id != null;
  }

  boolean readOne() {
    return method().equals("GET") && resources() && id != null;
  }

  boolean delete() {
    return method().equals("DELETE") && resources() && id != null;
  }

  /** The id the answer gives a created resource. */
  String createdId() {
    JsonNode v = answer == null ? null : answer.get("id");
    return v != null && v.isTextual() ? v.textValue() : null;
  }

  /** Whether the answer is a ListResponse with no resources. */
  boolean answeredEmptyList() {
    if (raw.status() != 200 || answer == null) {
      return false;
    }
    JsonNode res = answer.get("Resources");
    return res == null || res.isEmpty();
  }
}
