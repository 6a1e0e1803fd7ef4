package dev.scimharness.simulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps secrets out of every record: the {@code Authorization} header keeps only its scheme, and the token
 * is masked wherever else it appears (a URL, a body, an echoing server's answer).
 */
public final class Redactor {
  public static final String MASK = "***";
  private final String token;

  public Redactor(String token) {
    // very short tokens would mask ordinary text; they are still masked in the Authorization header
    this.token = token == null || token.length() < 4 ? null : token;
  }

  public String text(String s) {
    return s == null || token == null ? s : s.replace(token, MASK);
  }

  public Map<String, List<String>> headers(Map<String, List<String>> headers) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    headers.forEach((name, values) -> {
      if (name == null) {
        return;
      }
      boolean secret = name.equalsIgnoreCase("Authorization") || name.equalsIgnoreCase("Proxy-Authorization");
      out.put(name, values.stream().map(v -> secret ? scheme(v) : text(v)).toList());
    });
    return out;
  }

  private static String scheme(String value) {
    int space = value.indexOf(' ');
    return space > 0 ? value.substring(0, space) + " " + MASK : MASK;
  }
}
