package dev.scimharness.simulator;

import dev.scimharness.endpoint.Auth;
import dev.scimharness.endpoint.PathEncoding;
import dev.scimharness.endpoint.Request;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/** How requests look on the wire: headers (with {@code ${token}}), content type, query encoding, retries. */
public record Wire(Map<String, String> headers, String contentType, QueryEncoding query, RetryPolicy retry) {
  /** The harness's own requests: textbook RFC 7644, bearer token, retried like a well-behaved client. */
  public static final Wire HARNESS = new Wire(
      Map.of("Accept", "application/scim+json", "Authorization", "Bearer ${token}"),
      "application/scim+json", QueryEncoding.RFC3986, RetryPolicy.DEFAULT);

  public Wire {
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }

  public static Wire of(Dialect d) {
    return new Wire(d.headers(), d.contentType(), d.query(), d.retry());
  }

  /**
   * The request as this sender writes it: the path (relative to the base URL) escaped, the query encoded its
   * way, its headers with {@code ${token}} still in them, and its content type when there is a body. It
   * carries no credentials of the client's own: the headers say everything.
   */
  public Request request(String method, String path, Map<String, String> queryValues, String body) {
    StringBuilder target = new StringBuilder(PathEncoding.path(path));
    if (!queryValues.isEmpty()) {
      StringJoiner q = new StringJoiner("&", "?", "");
      queryValues.forEach((k, v) -> q.add(v == null ? query.encode(k) : query.encode(k) + "=" + query.encode(v)));
      target.append(q);
    }
    Map<String, String> h = new LinkedHashMap<>(headers);
    if (body != null) {
      h.put("Content-Type", contentType);
    }
    return new Request(method, target.toString(), body, h, Auth.NONE);
  }
}
