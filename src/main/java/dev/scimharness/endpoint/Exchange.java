package dev.scimharness.endpoint;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One request and the answer to it, as recorded for reports: secrets are already redacted, bodies are text.
 * {@code status} is 0 and {@code error} set when no answer came (refused, timed out, TLS failure).
 */
public record Exchange(
    String method,
    String uri,
    Map<String, String> requestHeaders,
    String requestBody,
    int status,
    Map<String, List<String>> responseHeaders,
    String responseBody,
    long millis,
    String error) {

  public Exchange {
    // Kept in the order they were sent and received: transcripts read like the wire.
    requestHeaders = Collections.unmodifiableMap(new LinkedHashMap<>(requestHeaders));
    responseHeaders = Collections.unmodifiableMap(new LinkedHashMap<>(responseHeaders));
  }

  /** A short human-readable transcript for failure messages and attachments. */
  public String transcript() {
    StringBuilder sb = new StringBuilder();
    sb.append(method).append(' ').append(uri).append('\n');
    requestHeaders.forEach((k, v) -> sb.append(k).append(": ").append(v).append('\n'));
    if (requestBody != null && !requestBody.isEmpty()) {
      sb.append('\n').append(requestBody).append('\n');
    }
    sb.append("\n--> ");
    if (error != null) {
      sb.append("no response: ").append(error).append('\n');
      return sb.toString();
    }
    sb.append(status).append(" (").append(millis).append(" ms)\n");
    responseHeaders.forEach((k, v) -> v.forEach(one -> sb.append(k).append(": ").append(one).append('\n')));
    if (responseBody != null && !responseBody.isEmpty()) {
      sb.append('\n').append(responseBody).append('\n');
    }
    return sb.toString();
  }
}
