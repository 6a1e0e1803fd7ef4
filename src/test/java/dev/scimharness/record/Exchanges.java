package dev.scimharness.record;

import dev.scimharness.endpoint.Exchange;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Exchanges as a recording holds them, for the writer and replay tests. */
final class Exchanges {
  static final String ORIGIN = "http://127.0.0.1:41000";
  static final String BASE = ORIGIN + "/scim/v2";
  static final String TOKEN = "tok-3f9a7c1e5b2d4a68";
  private static final Instant T0 = Instant.parse("2026-11-30T12:00:00Z");

  private Exchanges() {}

  static Recorded recorded(String scenario, int second, String method, String path, String auth, String body,
      int status, String responseBody) {
    Map<String, String> sent = new LinkedHashMap<>();
    sent.put("Accept", "application/scim+json");
    if (!body.isEmpty()) {
      sent.put("Content-Type", "application/scim+json");
    }
    if (auth != null) {
      sent.put("Authorization", auth);
    }
    Map<String, List<String>> received = new LinkedHashMap<>();
    received.put("Content-Type", List.of("application/scim+json"));
    received.put("Content-Length", List.of(String.valueOf(responseBody.length())));
    Exchange e = new Exchange(method, BASE + path, sent, body, status, received, responseBody, Duration.ofMillis(12),
        null);
    return new Recorded(scenario, T0.plusSeconds(second), e);
  }

  static Recorded configured(String scenario, int second, String method, String path, String body, int status,
      String responseBody) {
    return recorded(scenario, second, method, path, "Bearer " + TOKEN, body, status, responseBody);
  }
}
