package dev.scimharness.endpoint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Removes credentials from what the harness records: the values of credential-bearing headers, and every
 * occurrence of a known secret (the token, secret header values) anywhere in URLs and bodies, in case a
 * target echoes them back.
 */
public final class Redactor {
  public static final String MASK = "***";
  private final List<String> secrets;

  public Redactor(List<String> secrets) {
    List<String> s = new ArrayList<>();
    for (String secret : secrets) {
      // Very short values would blank out ordinary text; they are masked in headers all the same.
      if (secret != null && secret.length() >= 4) {
        s.add(secret);
      }
    }
    s.sort(Comparator.comparingInt(String::length).reversed());
    this.secrets = List.copyOf(s);
  }

  /** Whether a header's value is a credential whatever it holds. */
  public static boolean sensitiveHeader(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.equals("authorization") || n.equals("proxy-authorization") || n.equals("cookie") || n.equals("set-cookie")
        || n.contains("token") || n.contains("secret") || n.contains("api-key") || n.contains("apikey")
        || n.contains("password");
  }

  public String header(String name, String value) {
    if (!sensitiveHeader(name)) {
      return text(value);
    }
    int space = value.indexOf(' ');
    // Keep the scheme ("Bearer", "Basic"): it tells a reader what was sent without telling the secret.
    return space > 0 && space < 16 ? value.substring(0, space) + " " + MASK : MASK;
  }

  public String text(String text) {
    if (text == null) {
      return null;
    }
    String out = text;
    for (String secret : secrets) {
      out = out.replace(secret, MASK);
    }
    return out;
  }
}
