package dev.scimharness.simulator;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A request ready to send: path and query values already filled in, body already written. */
public record Request(String step, String purpose, Origin origin, String method, String path,
                      Map<String, String> query, String body) {
  public Request {
    Objects.requireNonNull(method);
    Objects.requireNonNull(path);
    query = query == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(query));
  }
}
