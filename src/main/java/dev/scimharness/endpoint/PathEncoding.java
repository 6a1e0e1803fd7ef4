package dev.scimharness.endpoint;

import java.nio.charset.StandardCharsets;

/**
 * Puts values into URI paths: every octet outside RFC 3986 §3.3 {@code pchar} is percent-encoded, so an id holding
 * a space, a quote or non-ASCII travels intact. {@link #segment} also encodes {@code /}, so an id stays one segment
 * of {@code {base}/{ResourceType}/{id}}; {@link #path} keeps the slashes of a path the caller already built.
 */
public final class PathEncoding {
  private static final String PCHAR_OTHER = "-._~!$&'()*+,;=:@";

  private PathEncoding() {}

  public static String segment(String value) {
    return encode(value, false);
  }

  public static String path(String value) {
    return encode(value, true);
  }

  private static String encode(String value, boolean keepSlashes) {
    StringBuilder sb = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || PCHAR_OTHER.indexOf(c) >= 0
          || (keepSlashes && c == '/')) {
        sb.append((char) c);
      } else {
        sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return sb.toString();
  }
}
