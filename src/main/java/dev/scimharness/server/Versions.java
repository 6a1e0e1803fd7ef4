package dev.scimharness.server;

import dev.scimharness.scim.ScimException;

/**
 * Resource versions (RFC 7644 §3.14): the weak ETag a resource is served with, and the {@code If-Match} /
 * {@code If-None-Match} preconditions against it, compared weakly (RFC 7232 §2.3.2).
 */
final class Versions {
  private final Materializer materializer;
  private final VersionHook hook;

  Versions(Materializer materializer, VersionHook hook) {
    this.materializer = materializer;
    this.hook = hook;
  }

  String etag(StoredResource r) {
    return materializer.version(r);
  }

  /** {@code If-None-Match} on a GET; true when the client's copy is current (304). */
  boolean notModified(StoredResource r, String ifNoneMatch) {
    return ifNoneMatch != null && tagMatches(ifNoneMatch, etag(r));
  }

  /** {@code If-Match} on a write: 412 unless it names the current version. */
  void checkIfMatch(StoredResource cur, String header) {
    String ifMatch = hook.ifMatch(header);
    if (ifMatch == null) {
      return;
    }
    if (!tagMatches(ifMatch, etag(cur))) {
      throw new ScimException(412, null, "If-Match " + ifMatch + " does not match the current version "
          + etag(cur) + ".");
    }
  }

  /** Weak comparison against a list of tags or {@code *}. */
  static boolean tagMatches(String header, String etag) {
    String current = opaque(etag);
    for (String t : header.split(",")) {
      String tag = t.trim();
      if (tag.equals("*") || opaque(tag).equals(current)) {
        return true;
      }
    }
    return false;
  }

  private static String opaque(String tag) {
    return tag.startsWith("W/") || tag.startsWith("w/") ? tag.substring(2) : tag;
  }
}
