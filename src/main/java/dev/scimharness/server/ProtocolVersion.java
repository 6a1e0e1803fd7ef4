package dev.scimharness.server;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * RFC 7644 §3.13: a version identifier is a path segment "immediately preceding the resource endpoint", the
 * character "v" followed by the SCIM version number ({@code /v2/Users}), and "When specified, service providers MUST
 * perform the operation using the desired version or reject the request". This server speaks SCIM 2.0 only: a
 * request naming another version where its base path names its own is rejected as {@code invalidVers} (§3.12).
 */
final class ProtocolVersion {
  private static final Pattern SEGMENT = Pattern.compile("[vV]\\d+(?:\\.\\d+)*");

  private ProtocolVersion() {}

  /** The other version {@code path} asks for instead of the one {@code basePath} serves; empty otherwise. */
  static Optional<String> requestedOther(String basePath, String path) {
    int slash = basePath.lastIndexOf('/');
    String last = basePath.substring(slash + 1);
    boolean versioned = SEGMENT.matcher(last).matches();
    String parent = versioned ? basePath.substring(0, slash) : basePath;
    if (!path.startsWith(parent + "/")) {
      return Optional.empty();
    }
    String rest = path.substring(parent.length() + 1);
    String segment = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
    if (!SEGMENT.matcher(segment).matches() || (versioned && segment.equals(last))) {
      return Optional.empty();
    }
    return Optional.of(segment);
  }
}
