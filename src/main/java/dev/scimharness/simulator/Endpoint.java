package dev.scimharness.simulator;

import java.net.URI;
import java.util.Objects;

/**
 * The target a simulator provisions into: a SCIM base URL ({@code …/scim/v2}) and its secret. The label names
 * it in reports ("reference server, strict", "https://example.com/scim"); the token never appears there.
 */
public record Endpoint(URI baseUrl, String token, String label) {
  public Endpoint {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(token, "token");
    String s = baseUrl.toString();
    if (s.endsWith("/")) {
      baseUrl = URI.create(s.substring(0, s.length() - 1));
    }
    if (baseUrl.getScheme() == null || !(baseUrl.getScheme().equals("http") || baseUrl.getScheme().equals("https"))) {
      throw new IllegalArgumentException("the base URL must be http:// or https://, not " + s);
    }
    label = label == null || label.isBlank() ? baseUrl.toString() : label;
  }

  public Endpoint(URI baseUrl, String token) {
    this(baseUrl, token, null);
  }

  @Override
  public String toString() {
    return "Endpoint[" + label + "]";
  }
}
