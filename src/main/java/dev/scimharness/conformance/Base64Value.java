package dev.scimharness.conformance;

import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A binary value (RFC 7643 §2.3.6): "MUST be base64 encoded as specified in Section 4 of [RFC4648]", and
 * "Unless otherwise specified in the attribute definition, trailing padding characters MAY be omitted". So the
 * alphabet is §4's (not §5's URL-safe "-" and "_"), no white space, and padding, when present, complete.
 */
public final class Base64Value {
  private static final Pattern PADDED = Pattern.compile("([A-Za-z0-9+/]{4})*([A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?");
  private static final Pattern UNPADDED = Pattern.compile("([A-Za-z0-9+/]{4})*([A-Za-z0-9+/]{2,3})?");

  private Base64Value() {}

  /** The bytes the text encodes, or empty when it is not RFC 4648 §4 base64 (padding optional). */
  public static Optional<byte[]> decode(String text) {
    if (text == null || !(PADDED.matcher(text).matches() || UNPADDED.matcher(text).matches())) {
      return Optional.empty();
    }
    try {
      return Optional.of(Base64.getDecoder().decode(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Whether {@code returned} is a §4 encoding of the same bytes as {@code sent}. */
  public static boolean sameBytes(String sent, String returned) {
    Optional<byte[]> a = decode(sent);
    Optional<byte[]> b = decode(returned);
    return a.isPresent() && b.isPresent() && Arrays.equals(a.get(), b.get());
  }
}
