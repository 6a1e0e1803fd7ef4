package dev.scimharness.endpoint;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.scim.Json;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The target's answer to one request: status, headers (names compared ignoring case) and the body parsed as
 * JSON when it is JSON. Carries the redacted {@link Exchange} for reports.
 */
public final class ScimResponse {
  private final Exchange exchange;
  private final JsonNode json;

  public ScimResponse(Exchange exchange) {
    this.exchange = exchange;
    this.json = parse(exchange.responseBody());
  }

  public int status() {
    return exchange.status();
  }

  public Exchange exchange() {
    return exchange;
  }

  /** The body as JSON, or {@code null} when it is empty or not JSON. */
  public JsonNode json() {
    return json;
  }

  public String body() {
    return exchange.responseBody() == null ? "" : exchange.responseBody();
  }

  public Optional<String> header(String name) {
    return headers(name).stream().findFirst();
  }

  public List<String> headers(String name) {
    for (Map.Entry<String, List<String>> e : exchange.responseHeaders().entrySet()) {
      if (e.getKey().equalsIgnoreCase(name)) {
        return e.getValue();
      }
    }
    return List.of();
  }

  private static JsonNode parse(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try {
      return Json.MAPPER.readTree(body);
    } catch (Exception e) {
      return null;
    }
  }

  @Override
  public String toString() {
    return exchange.transcript();
  }
}
