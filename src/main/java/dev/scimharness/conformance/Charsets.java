package dev.scimharness.conformance;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code charset} parameter of a Content-Type (RFC 9110 §8.3.2), for RFC 7644 §3.8's UTF-8 default. */
public final class Charsets {
  private static final Pattern CHARSET = Pattern.compile(";\\s*charset\\s*=\\s*\"?([^\";\\s]+)\"?",
      Pattern.CASE_INSENSITIVE);

  private Charsets() {}

  /** The charset a Content-Type names, lower-cased; empty when it names none. */
  public static Optional<String> of(String contentType) {
    if (contentType == null) {
      return Optional.empty();
    }
    Matcher m = CHARSET.matcher(contentType);
    return m.find() ? Optional.of(m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
  }

  /** RFC 7644 §3.8: "UTF-8 SHALL be the default encoding format": no charset, or UTF-8 (also as "utf8"). */
  public static boolean utf8OrDefault(String contentType) {
    return of(contentType).map(c -> c.equals("utf-8") || c.equals("utf8")).orElse(true);
  }
}
