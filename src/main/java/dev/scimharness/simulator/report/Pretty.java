package dev.scimharness.simulator.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.scim.Json;
import dev.scimharness.endpoint.Exchange;
import dev.scimharness.simulator.StepExchange;
import java.util.Locale;
import dev.scimharness.simulator.Outcome;

/** Small text helpers shared by the report writers. */
final class Pretty {
  static final int MAX_BODY = 2_000;

  private Pretty() {}

  static String json(String body) {
    if (body == null || body.isBlank()) {
      return "";
    }
    String out;
    try {
      JsonNode n = Json.MAPPER.readTree(body);
      out = Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(n);
    } catch (Exception e) {
      out = body;
    }
    return out.length() <= MAX_BODY ? out : out.substring(0, MAX_BODY) + "\n… (" + out.length() + " characters)";
  }

  static String symbol(Outcome o) {
    return switch (o) {
      case PASS -> "✅";
      case FAIL -> "❌";
      case NOT_APPLICABLE -> "—";
      case BLOCKED -> "⛔";
    };
  }

  static String status(StepExchange e) {
    return e.status() == 0 ? "no answer" : Integer.toString(e.status());
  }

  /** The exchange as the report writers show it: request, then the status, its time and the answer's body. */
  static String exchange(StepExchange e) {
    Exchange w = e.wire();
    StringBuilder sb = new StringBuilder(w.method()).append(' ').append(w.uri()).append('\n');
    w.requestHeaders().forEach((k, v) -> sb.append(k).append(": ").append(v).append('\n'));
    if (!w.requestBody().isEmpty()) {
      sb.append('\n').append(json(w.requestBody())).append('\n');
    }
    sb.append("\n→ ").append(status(e)).append(String.format(Locale.ROOT, " (%.1f ms)%n", e.durationMillis()));
    return sb.append(json(w.responseBody())).toString();
  }
}
