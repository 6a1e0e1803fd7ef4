package dev.scimharness.simulator;

import dev.scimharness.lint.LintFinding;
import java.util.List;
import java.util.Map;

/**
 * One request and its answer as they went over the wire, tokens already redacted.
 *
 * @param purpose what the request was for ("lookup", "create", "check: member present", …)
 * @param status the HTTP status, or 0 when no answer came (reset, refused, timed out)
 * @param lint what the target's request lint said about this request, when the target is the reference
 *     server (empty otherwise)
 */
public record Exchange(
    String step,
    String purpose,
    Origin origin,
    int attempt,
    String method,
    String url,
    Map<String, List<String>> requestHeaders,
    String requestBody,
    int status,
    Map<String, List<String>> responseHeaders,
    String responseBody,
    long durationMicros,
    Verdict verdict,
    String reason,
    List<LintFinding> lint) {

  public Exchange {
    requestHeaders = requestHeaders == null ? Map.of() : Map.copyOf(requestHeaders);
    responseHeaders = responseHeaders == null ? Map.of() : Map.copyOf(responseHeaders);
    requestBody = requestBody == null ? "" : requestBody;
    responseBody = responseBody == null ? "" : responseBody;
    reason = reason == null ? "" : reason;
    lint = lint == null ? List.of() : List.copyOf(lint);
  }

  public Exchange judged(Verdict v, String why) {
    return new Exchange(step, purpose, origin, attempt, method, url, requestHeaders, requestBody, status,
        responseHeaders, responseBody, durationMicros, v, why, lint);
  }

  public double durationMillis() {
    return durationMicros / 1000.0;
  }

  public String requestLine() {
    return method + " " + url;
  }

  public String responseHeader(String name) {
    for (Map.Entry<String, List<String>> e : responseHeaders.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
        return e.getValue().get(0);
      }
    }
    return null;
  }
}
