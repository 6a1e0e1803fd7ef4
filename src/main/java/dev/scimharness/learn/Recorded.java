package dev.scimharness.learn;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One request a client sent to the recording server and what it was answered, as seen on the wire.
 *
 * @param path the path below the server's base path ({@code /Users/…}), undecoded
 * @param rawQuery the query string as sent (its space encoding is part of a dialect), {@code ""} when none
 * @param headers the request headers in the order and casing the client sent them
 * @param provoked whether the recording server answered with a provocation instead of serving the request
 */
public record Recorded(
    int seq,
    long startedNanos,
    long endedNanos,
    String method,
    String path,
    String rawQuery,
    Map<String, String> headers,
    String body,
    int status,
    String responseBody,
    Provoked provoked) {

  /** What the recording server answered instead of the real answer, to see how the client reacts. */
  public enum Provoked { NONE, TOO_MANY_REQUESTS, NOT_FOUND }

  public Recorded {
    rawQuery = rawQuery == null ? "" : rawQuery;
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    body = body == null ? "" : body;
    responseBody = responseBody == null ? "" : responseBody;
  }

  /** The header's value, whatever the casing of its name; {@code null} when absent. */
  public String header(String name) {
    for (Map.Entry<String, String> e : headers.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name)) {
        return e.getValue();
      }
    }
    return null;
  }

  /** Method, path, query and body: what a retry of the same request repeats. */
  public boolean sameRequestAs(Recorded o) {
    return method.equals(o.method) && path.equals(o.path) && rawQuery.equals(o.rawQuery) && body.equals(o.body);
  }
}
