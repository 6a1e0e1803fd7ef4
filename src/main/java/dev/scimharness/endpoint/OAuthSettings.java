package dev.scimharness.endpoint;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The OAuth 2.0 client credentials grant (RFC 6749 §4.4) a run obtains its bearer token with: the token endpoint,
 * the client's id and secret, and an optional scope. The secret never appears in {@link #toString()}.
 */
public record OAuthSettings(URI tokenUrl, String clientId, String clientSecret, Optional<String> scope) {

  /** The settings when {@code scim.oauth.tokenUrl} is given; a {@link ConfigException} when they are incomplete. */
  static Optional<OAuthSettings> from(Function<Setting, Optional<String>> get) {
    Optional<String> url = get.apply(Setting.OAUTH_TOKEN_URL);
    Optional<String> id = get.apply(Setting.OAUTH_CLIENT_ID);
    Optional<String> secret = get.apply(Setting.OAUTH_CLIENT_SECRET);
    Optional<String> scope = get.apply(Setting.OAUTH_SCOPE);
    if (url.isEmpty()) {
      if (id.isPresent() || secret.isPresent() || scope.isPresent()) {
        throw new ConfigException("OAuth 2.0 client credentials need the token endpoint: set "
            + Setting.OAUTH_TOKEN_URL.describe() + ".");
      }
      return Optional.empty();
    }
    if (id.isEmpty() || secret.isEmpty()) {
      throw new ConfigException(Setting.OAUTH_TOKEN_URL.describe() + " needs the client's credentials: set "
          + Setting.OAUTH_CLIENT_ID.describe() + " and " + Setting.OAUTH_CLIENT_SECRET.describe() + ".");
    }
    return Optional.of(new OAuthSettings(parse(url.get()), id.get(), secret.get(), scope.map(String::trim)));
  }

  private static URI parse(String text) {
    try {
      URI uri = new URI(text.trim());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
        throw new ConfigException(Setting.OAUTH_TOKEN_URL.describe() + " must be an absolute http(s) URL such as"
            + " https://login.example.com/oauth2/token, got '" + text + "'.");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new ConfigException(Setting.OAUTH_TOKEN_URL.describe() + " is not a URL: '" + text + "' ("
          + e.getReason() + ").");
    }
  }

  @Override
  public String toString() {
    return "OAuthSettings[tokenUrl=" + tokenUrl + ", clientId=" + clientId + ", clientSecret=" + Redactor.MASK
        + ", scope=" + scope.orElse("") + "]";
  }
}
