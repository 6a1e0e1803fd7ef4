package dev.scimharness.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.endpoint.References;
import dev.scimharness.endpoint.ScimResponse;
import java.net.URI;

/**
 * The checks on where a target says a resource lives: the {@code Location} header (RFC 7644 §3.3, RFC 9110
 * §10.2.2) and {@code meta.location} (RFC 7643 §3.1). Only the location scenarios call these; every other
 * request of the suite addresses {@code {base}/{ResourceType}/{id}} whatever the target wrote.
 */
public final class LocationChecks {
  /** The two references a SCIM answer gives for the resource it carries. */
  public enum Source {
    HEADER("Location"), META("meta.location");

    private final String label;

    Source(String label) {
      this.label = label;
    }

    public static Source named(String name) {
      for (Source s : values()) {
        if (s.label.equalsIgnoreCase(name)) {
          return s;
        }
      }
      throw new IllegalArgumentException("no reference called '" + name + "'; known: Location, meta.location");
    }

    public String label() {
      return label;
    }
  }

  private LocationChecks() {}

  /** The reference as the target wrote it; a failure when there is none. */
  public static String written(ScimResponse r, Source source) {
    String text = switch (source) {
      case HEADER -> r.header("Location").orElse(null);
      case META -> {
        JsonNode n = BodyPath.first(r.json(), "meta.location");
        yield n == null || !n.isTextual() ? null : n.asText();
      }
    };
    if (text == null || text.isBlank()) {
      throw Expect.fail(r, "a " + source.label() + " (RFC 7644 §3.3, RFC 7643 §3.1)", "none");
    }
    return text;
  }

  /** The reference resolved against the request URI (RFC 3986 §5.2; RFC 9110 §10.2.2 for a relative Location). */
  public static URI resolved(ScimResponse r, Source source) {
    String text = written(r, source);
    try {
      return References.resolve(r.requestUri(), text);
    } catch (IllegalArgumentException e) {
      throw Expect.fail(r, source.label() + " as a URI-reference (RFC 3986 §4.1)", "\"" + text + "\"");
    }
  }

  /** Same scheme, host and port as the base URL, and a path under its path: where clients address the service. */
  public static void underBase(ScimResponse r, Source source, URI base) {
    URI u = resolved(r, source);
    String basePath = trimmed(base.getRawPath());
    boolean same = u.getScheme() != null && u.getScheme().equalsIgnoreCase(base.getScheme())
        && u.getHost() != null && u.getHost().equalsIgnoreCase(base.getHost()) && port(u) == port(base)
        && u.getRawPath() != null && u.getRawPath().startsWith(basePath + "/");
    if (!same) {
      throw Expect.fail(r, source.label() + " under the base URL " + base, u.toString());
    }
  }

  /** The resolved path ends in {@code /{collection}/{id}}: it names the resource the answer is about. */
  public static void endsWith(ScimResponse r, Source source, String collection, String id) {
    URI u = resolved(r, source);
    String path = u.getPath() == null ? "" : trimmed(u.getPath());
    String tail = "/" + collection + "/" + id;
    if (!path.endsWith(tail)) {
      throw Expect.fail(r, source.label() + " ending in " + tail, u.toString());
    }
  }

  /** RFC 3986 §4.3: an absolute URI has a scheme; here also a host, so a client can use it as it is. */
  public static void absolute(ScimResponse r, Source source) {
    String text = written(r, source);
    URI u;
    try {
      u = URI.create(text.trim());
    } catch (IllegalArgumentException e) {
      throw Expect.fail(r, source.label() + " as an absolute URI", "\"" + text + "\"");
    }
    if (!u.isAbsolute() || u.getRawAuthority() == null) {
      throw Expect.fail(r, source.label() + " as an absolute URI with a host", "\"" + text + "\"");
    }
  }

  /** RFC 7644 §3.3: the Location header and meta.location carry the one URI of the created resource. */
  public static void same(ScimResponse r) {
    URI header = resolved(r, Source.HEADER);
    URI meta = resolved(r, Source.META);
    if (!header.equals(meta)) {
      throw Expect.fail(r, "Location and meta.location naming one URI", "Location " + header + ", meta.location " + meta);
    }
  }

  private static int port(URI u) {
    if (u.getPort() >= 0) {
      return u.getPort();
    }
    return "https".equalsIgnoreCase(u.getScheme()) ? 443 : "http".equalsIgnoreCase(u.getScheme()) ? 80 : -1;
  }

  private static String trimmed(String path) {
    String p = path == null ? "" : path;
    return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
  }
}
