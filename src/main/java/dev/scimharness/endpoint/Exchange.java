package dev.scimharness.endpoint;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One request and the answer to it, as they went over the wire. A client keeps two of these per request:
 * the raw one, which checks read, and a copy run through the {@link Redactor}, which reports, transcripts and
 * logs show. {@code status} is 0 and {@code error} says why when no answer came (refused, reset, timed out,
 * TLS failure); bodies are text, {@code ""} when there was none.
 */
public record Exchange(
    String method,
    String uri,
    Map<String, String> requestHeaders,
    String requestBody,
    int status,
    Map<String, List<String>> responseHeaders,
    String responseBody,
    Duration duration,
    String error) {

  public Exchange {
    // Kept in the order they were sent and received: transcripts read like the wire.
    requestHeaders = Collections.unmodifiableMap(new LinkedHashMap<>(requestHeaders));
    responseHeaders = Collections.unmodifiableMap(new LinkedHashMap<>(responseHeaders));
    requestBody = requestBody == null ? "" : requestBody;
    responseBody = responseBody == null ? "" : responseBody;
    duration = duration == null ? Duration.ZERO : duration;
  }

  /** A request that got no answer, and why. */
  public static Exchange unanswered(String method, String uri, Map<String, String> requestHeaders, String requestBody,
      Duration duration, String why) {
    return new Exchange(method, uri, requestHeaders, requestBody, 0, Map.of(), "", duration, why);
  }

  public boolean answered() {
    return error == null;
  }

  /** The first value of a response header, names compared ignoring case (RFC 9110 §5.1); {@code null} if absent. */
  public String responseHeader(String name) {
    List<String> values = responseHeaders(name);
    return values.isEmpty() ? null : values.get(0);
  }

  public List<String> responseHeaders(String name) {
    for (Map.Entry<String, List<String>> e : responseHeaders.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name)) {
        return e.getValue();
      }
    }
    return List.of();
  }

  /** The same exchange with every recorded text passed through {@code redactor}. */
  public Exchange redacted(Redactor redactor) {
    Map<String, String> sent = new LinkedHashMap<>();
    requestHeaders.forEach((k, v) -> sent.put(k, redactor.header(k, v)));
    Map<String, List<String>> received = new LinkedHashMap<>();
    responseHeaders.forEach((k, v) -> received.put(k, v.stream().map(one -> redactor.header(k, one)).toList()));
    return new Exchange(method, redactor.text(uri), sent, redactor.body(requestBody), status, received,
        redactor.body(responseBody), duration, redactor.text(error));
  }

  /** A short human-readable transcript for failure messages and attachments. */
  public String transcript() {
    StringBuilder sb = new StringBuilder();
    sb.append(method).append(' ').append(uri).append('\n');
    requestHeaders.forEach((k, v) -> sb.append(k).append(": ").append(v).append('\n'));
    if (!requestBody.isEmpty()) {
      sb.append('\n').append(requestBody).append('\n');
    }
    sb.append("\n--> ");
    if (error != null) {
      sb.append("no response: ").append(error).append('\n');
      return sb.toString();
    }
    sb.append(status).append(" (").append(duration.toMillis()).append(" ms)\n");
    responseHeaders.forEach((k, v) -> v.forEach(one -> sb.append(k).append(": ").append(one).append('\n')));
    if (!responseBody.isEmpty()) {
      sb.append('\n').append(responseBody).append('\n');
    }
    return sb.toString();
  }
}
