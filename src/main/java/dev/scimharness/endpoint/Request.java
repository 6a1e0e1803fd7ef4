package dev.scimharness.endpoint;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A request to the target. {@code path} is relative to the base URL ({@code /Users?filter=…}, see
 * {@link ScimClient#underBase}) unless it is an absolute URL (a reference the target handed out, resolved with
 * {@link References#resolve}). {@code body} is sent as is; {@code headers} replace any the client adds.
 */
public record Request(String method, String path, String body, Map<String, String> headers, Auth auth) {

  public Request {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    auth = auth == null ? Auth.CONFIGURED : auth;
  }

  public static Request of(String method, String path) {
    return new Request(method, path, null, Map.of(), Auth.CONFIGURED);
  }

  public static Request of(String method, String path, String body) {
    return new Request(method, path, body, Map.of(), Auth.CONFIGURED);
  }

  public Request withHeader(String name, String value) {
    Map<String, String> h = new LinkedHashMap<>(headers);
    h.put(name, value);
    return new Request(method, path, body, h, auth);
  }

  public Request withAuth(Auth a) {
    return new Request(method, path, body, headers, a);
  }
}
