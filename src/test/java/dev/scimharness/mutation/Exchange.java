package dev.scimharness.mutation;

import java.util.List;
import java.util.Map;

/** One request the suite sent, the answer the server gave, and the step {@link Phase} that sent it. */
record Exchange(String method, String path, String query, String requestBody, int status,
    Map<String, List<String>> headers, String body, Phase phase) {

  Exchange {
    headers = Map.copyOf(headers);
  }

  /** The method and the path with every id-like segment blanked, which is stable from one run to the next. */
  String signature() {
    return Signature.of(method, path);
  }

  Exchange withStatus(int s) {
    return new Exchange(method, path, query, requestBody, s, headers, body, phase);
  }

  Exchange withHeaders(Map<String, List<String>> h) {
    return new Exchange(method, path, query, requestBody, status, h, body, phase);
  }

  Exchange withBody(String b) {
    return new Exchange(method, path, query, requestBody, status, headers, b, phase);
  }

  String header(String name) {
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
        return e.getValue().get(0);
      }
    }
    return null;
  }
}
