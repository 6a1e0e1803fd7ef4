package dev.scimharness.endpoint;

import java.net.URI;

/**
 * Resolves a reference a target hands out (a {@code Location} header, {@code meta.location}, a {@code $ref},
 * a Bulk operation's {@code location}) against the URI of the request it answered, as RFC 3986 §5.2 says: a
 * relative {@code Location} is relative to the request URI (RFC 9110 §10.2.2). Never by joining strings.
 *
 * <p>{@link URI#resolve} strays from RFC 3986 in a few corners, set right here: a base with an authority and
 * an empty path (§5.2.3), an empty or query-only reference (§5.2.2), dot segments in an absolute-path
 * reference, and {@code ..} segments that climb above the root, which §5.2.4 drops.
 */
public final class References {
  private References() {}

  public static URI resolve(URI base, String reference) {
    URI ref = URI.create(reference.trim());
    if (ref.isAbsolute()) {
      return ref.normalize();
    }
    URI b = base.getRawAuthority() != null && base.getRawPath().isEmpty() ? rebuild(base, "/", base.getRawQuery(), null)
        : base;
    if (ref.getRawAuthority() == null && ref.getRawPath().isEmpty()) {
      // Same document: the base's path, the reference's query if it has one, else the base's (§5.2.2).
      return rebuild(b, b.getRawPath(), ref.getRawQuery() != null ? ref.getRawQuery() : b.getRawQuery(),
          ref.getRawFragment());
    }
    URI resolved = b.resolve(ref).normalize();
    String path = resolved.getRawPath();
    String climbed = path;
    while (climbed.startsWith("/../")) {
      climbed = climbed.substring(3);
    }
    if (climbed.equals("/..")) {
      climbed = "/";
    }
    return climbed.equals(path) ? resolved
        : rebuild(resolved, climbed, resolved.getRawQuery(), resolved.getRawFragment());
  }

  private static URI rebuild(URI u, String path, String query, String fragment) {
    StringBuilder sb = new StringBuilder(u.getScheme()).append(':');
    if (u.getRawAuthority() != null) {
      sb.append("//").append(u.getRawAuthority());
    }
    sb.append(path);
    if (query != null) {
      sb.append('?').append(query);
    }
    if (fragment != null) {
      sb.append('#').append(fragment);
    }
    return URI.create(sb.toString());
  }
}
