package dev.scimharness.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.scim.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The few SCIM calls the fuzz makes, over real HTTP with a bearer token. */
final class ScimClient {
  private static final String SCIM_JSON = "application/scim+json";

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String baseUrl;
  private final String token;

  /** A response: status and body, the body parsed when it is JSON ({@code null} otherwise). */
  record Reply(int status, String text, JsonNode json) {
    String scimType() {
      JsonNode t = json == null ? null : json.get("scimType");
      return t == null || t.isNull() ? null : t.asText();
    }

    @Override
    public String toString() {
      return status + " " + text;
    }
  }

  @Override
  public String toString() {
    return baseUrl;
  }

  ScimClient(String baseUrl, String token) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.token = token;
  }

  Reply get(String path) {
    return send("GET", path, null);
  }

  Reply post(String path, String body) {
    return send("POST", path, body);
  }

  Reply patch(String path, String body) {
    return send("PATCH", path, body);
  }

  Reply delete(String path) {
    return send("DELETE", path, null);
  }

  Reply send(String method, String path, String body) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path))
        .timeout(Duration.ofSeconds(20))
        .header("Authorization", "Bearer " + token)
        .header("Accept", SCIM_JSON);
    if (body == null) {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      b.header("Content-Type", SCIM_JSON).method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    try {
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(r.statusCode(), r.body(), parse(r.body()));
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static JsonNode parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Json.MAPPER.readTree(text);
    } catch (IOException e) {
      return null;
    }
  }
}
