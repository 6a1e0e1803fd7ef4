package dev.scimharness.conformance;

import java.nio.charset.StandardCharsets;

/**
 * Writes a value (a resource id, a resource type's endpoint name) as one URI path segment: every octet outside
 * RFC 3986 §3.3 {@code pchar} is percent-encoded, so an id holding {@code /}, {@code ?} or a space stays one
 * segment of {@code {base}/{ResourceType}/{id}}.
 */
public final class PathSegment {
  private static final String PCHAR_OTHER = "-._~!$&'()*+,;=:@";

  private PathSegment() {}

  public static String encode(String value) {
    StringBuilder sb = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || PCHAR_OTHER.indexOf(c) >= 0) {
        sb.append((char) c);
      } else {
        sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return sb.toString();
  }
}
