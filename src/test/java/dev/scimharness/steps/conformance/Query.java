package dev.scimharness.steps.conformance;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds URL query strings: RFC 7644 §3.4.2.2 wants filters URL-encoded. */
final class Query {
  private Query() {}

  /** Encodes {@code a=b&c=d} written plainly in a feature file, value by value. */
  static String encode(String plain) {
    List<String> parts = new ArrayList<>();
    for (String pair : plain.split("&")) {
      int eq = pair.indexOf('=');
      parts.add(eq < 0 ? pair : pair.substring(0, eq) + "=" + value(pair.substring(eq + 1)));
    }
    return String.join("&", parts);
  }

  static String of(Map<String, String> params) {
    List<String> parts = new ArrayList<>();
    params.forEach((k, v) -> parts.add(k + "=" + value(v)));
    return String.join("&", parts);
  }

  static String value(String v) {
    return URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
