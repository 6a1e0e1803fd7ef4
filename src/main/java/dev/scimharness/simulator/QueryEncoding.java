package dev.scimharness.simulator;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * How an IdP writes a query string. Entra puts spaces on the wire as {@code +}
 * ({@code filter=displayName+eq+%22TEST%22}); Okta percent-encodes them ({@code userName%20eq%20%22…%22}).
 *
 * @param space what a space becomes: {@code "+"} or {@code "%20"}
 */
public record QueryEncoding(String space) {
  public static final QueryEncoding RFC3986 = new QueryEncoding("%20");

  public QueryEncoding {
    space = space == null ? "%20" : space;
    if (!space.equals("+") && !space.equals("%20")) {
      throw new IllegalArgumentException("query.space must be \"+\" or \"%20\", not \"" + space + "\"");
    }
  }

  public String encode(String value) {
    String form = URLEncoder.encode(value, StandardCharsets.UTF_8);
    return space.equals("+") ? form : form.replace("+", "%20");
  }
}
