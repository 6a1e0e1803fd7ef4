package dev.scimharness.conformance;

import dev.scimharness.endpoint.References;
import java.net.URI;

/**
 * RFC 7643 §3.1: meta.location "MUST be the same as the "Content-Location" HTTP response header". Both are
 * references resolved against the request URI (RFC 3986 §5.2; RFC 7231 §3.1.4.2 for the header), so a relative
 * header and an absolute meta.location naming one URI are the same.
 */
public final class ContentLocation {
  private ContentLocation() {}

  public static boolean same(URI requestUri, String header, String metaLocation) {
    if (header == null || metaLocation == null) {
      return false;
    }
    try {
      return References.resolve(requestUri, header).equals(References.resolve(requestUri, metaLocation));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
