package dev.scimharness.simulator;

import java.util.Map;

/** How requests look on the wire: headers (with {@code ${token}}), content type, query encoding, retries. */
public record Wire(Map<String, String> headers, String contentType, QueryEncoding query, RetryPolicy retry) {
  /** The harness's own requests: textbook RFC 7644, bearer token, retried like a well-behaved client. */
  public static final Wire HARNESS = new Wire(
      Map.of("Accept", "application/scim+json", "Authorization", "Bearer ${token}"),
      "application/scim+json", QueryEncoding.RFC3986, RetryPolicy.DEFAULT);

  public Wire {
    headers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(headers));
  }

  public static Wire of(Dialect d) {
    return new Wire(d.headers(), d.contentType(), d.query(), d.retry());
  }
}
