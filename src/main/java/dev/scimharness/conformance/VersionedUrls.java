package dev.scimharness.conformance;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * RFC 7644 §3.13: "The Base URL MAY be appended with a version identifier as a separate segment in the URL path. If
 * specified, the version identifier MUST appear in the URL path immediately preceding the resource endpoint and
 * conform to the following scheme: the character "v" followed by the desired SCIM version number, e.g., a version
 * "v2" User request is specified as /v2/Users."
 */
public final class VersionedUrls {
  /** What a path segment naming a version looks like, in any case: {@code v2}, {@code V2}, {@code v2.0}. */
  private static final Pattern VERSION_LIKE = Pattern.compile("(?i)v\\d+(?:\\.\\d+)*");
  /** The scheme §3.13 gives it: a lower-case "v" and the version number. */
  private static final Pattern SCHEME = Pattern.compile("v\\d+(?:\\.\\d+)*");

  private VersionedUrls() {}

  /** The version segment the base URL ends with, if it ends with one. */
  public static Optional<String> version(URI base) {
    String last = lastSegment(base.getPath());
    return VERSION_LIKE.matcher(last).matches() ? Optional.of(last) : Optional.empty();
  }

  public static boolean followsScheme(String segment) {
    return SCHEME.matcher(segment).matches();
  }

  /** The base URL with {@code version} in place of its own version segment, or appended when it has none. */
  public static URI withVersion(URI base, String version) {
    String path = stripSlash(base.getPath());
    if (version(base).isPresent()) {
      path = path.substring(0, path.lastIndexOf('/'));
    }
    return base.resolve(path + "/" + version);
  }

  /**
   * Whether {@code location} of a resource of {@code collection} carries the base URL's version immediately before
   * the endpoint ({@code …/v2/Users/{id}}); true when the base URL names no version.
   */
  public static boolean versionPrecedesEndpoint(URI base, String location, String collection) {
    Optional<String> v = version(base);
    return v.isEmpty() || URI.create(location).getPath().contains("/" + v.get() + "/" + collection + "/");
  }

  private static String lastSegment(String path) {
    String p = stripSlash(path == null ? "" : path);
    return p.substring(p.lastIndexOf('/') + 1);
  }

  private static String stripSlash(String p) {
    return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
  }
}
