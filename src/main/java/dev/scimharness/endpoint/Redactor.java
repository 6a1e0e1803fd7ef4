package dev.scimharness.endpoint;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the harness keeps out of reports, transcripts and logs: the values of credential-bearing headers, every
 * occurrence of a known secret (the token, secret header values) anywhere in URLs, bodies and derived text, in
 * case a target echoes one back, and the values of {@code password} attributes in JSON bodies. It is applied
 * to copies only: checks read what the target really sent.
 */
public final class Redactor {
  public static final String MASK = "***";
  /** Masks headers and passwords, and knows no secret to look for elsewhere. */
  public static final Redactor NONE = new Redactor(List.of());

  private final List<String> secrets;
  private final java.util.function.Supplier<? extends Collection<String>> later;

  public Redactor(Collection<String> secrets) {
    this(secrets, List::of);
  }

  /** Also masks the secrets {@code later} knows when a text is redacted: tokens fetched during the run. */
  public Redactor(Collection<String> secrets, java.util.function.Supplier<? extends Collection<String>> later) {
    this.later = later;
    Set<String> s = new LinkedHashSet<>();
    for (String secret : secrets) {
      // Very short values would blank out ordinary text; they are masked in headers all the same.
      if (secret != null && secret.length() >= 4) {
        s.add(secret);
        // A secret echoed in a URL is percent-encoded there.
        s.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
      }
    }
    List<String> sorted = new ArrayList<>(s);
    // Longest first, so a secret that contains another is masked whole.
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    this.secrets = List.copyOf(sorted);
  }

  /** The secrets of a client: its token and the values of the configured headers that carry credentials. */
  public static Redactor of(String token, java.util.Map<String, String> headers) {
    List<String> secrets = new ArrayList<>();
    secrets.add(token);
    headers.forEach((k, v) -> {
      if (sensitiveHeader(k)) {
        secrets.add(v);
      }
    });
    return new Redactor(secrets);
  }

  /** The secrets of a client whose tokens may change during the run: all it hands out, and its header values. */
  public static Redactor forCredentials(Credentials credentials, java.util.Map<String, String> headers) {
    return new Redactor(of((String) null, headers).secrets, credentials::secrets);
  }

  /** Whether a header's value is a credential whatever it holds. */
  public static boolean sensitiveHeader(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return credentialsHeader(n) || n.equals("cookie") || n.equals("set-cookie") || n.contains("token")
        || n.contains("secret") || n.contains("api-key") || n.contains("apikey") || n.contains("api_key")
        || n.contains("password");
  }

  // RFC 9110 §11.6.2 and §11.7.2: credentials = auth-scheme [ 1*SP ( token68 / #auth-param ) ].
  private static boolean credentialsHeader(String lowerName) {
    return lowerName.equals("authorization") || lowerName.equals("proxy-authorization");
  }

  public String header(String name, String value) {
    if (value == null || !sensitiveHeader(name)) {
      return text(value);
    }
    int space = value.indexOf(' ');
    // Keep the scheme ("Bearer", "Basic"): it tells a reader what was sent without telling the secret.
    if (credentialsHeader(name.toLowerCase(Locale.ROOT)) && space > 0
        && value.substring(0, space).chars().allMatch(Redactor::tokenChar)) {
      return value.substring(0, space) + " " + MASK;
    }
    return MASK;
  }

  /** Free text (a URL, a reason, a message): every known secret masked. */
  public String text(String text) {
    if (text == null) {
      return null;
    }
    String out = text;
    for (String secret : secrets) {
      out = out.replace(secret, MASK);
    }
    for (String secret : later.get()) {
      if (secret != null && secret.length() >= 4) {
        out = out.replace(secret, MASK).replace(URLEncoder.encode(secret, StandardCharsets.UTF_8), MASK);
      }
    }
    return out;
  }

  /** A body: every known secret masked and, when it is JSON, every password value. */
  public String body(String body) {
    return PasswordMask.apply(text(body));
  }

  // RFC 9110 §5.6.2 token characters: what an auth-scheme is made of.
  private static boolean tokenChar(int c) {
    return c > 32 && c < 127 && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0;
  }
}
