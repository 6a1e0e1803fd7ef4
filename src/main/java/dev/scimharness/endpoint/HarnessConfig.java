package dev.scimharness.endpoint;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where and how the harness reaches its target, read in one place from system properties with
 * environment-variable fallbacks ({@code scim.baseUrl} / {@code SCIM_BASE_URL}, …). No base URL means the
 * embedded reference server.
 */
public record HarnessConfig(
    Optional<URI> baseUrl,
    Optional<String> token,
    Map<String, String> headers,
    Duration connectTimeout,
    Duration readTimeout,
    boolean insecure,
    String profile,
    Optional<String> fault,
    Optional<Path> baseline,
    RunLimits limits,
    Optional<OAuthSettings> oauth) {

  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
  public static final String DEFAULT_PROFILE = "rfc";

  public HarnessConfig {
    headers = Map.copyOf(new LinkedHashMap<>(headers));
  }

  /** The settings of this JVM: system properties first, then the environment. */
  public static HarnessConfig fromSystem() {
    return from(System::getProperty, System::getenv);
  }

  /** An embedded reference server with the given seeded fault (or none). */
  public static HarnessConfig embedded(Optional<String> fault) {
    return new HarnessConfig(Optional.empty(), Optional.empty(), Map.of(), DEFAULT_CONNECT_TIMEOUT,
        DEFAULT_READ_TIMEOUT, false, DEFAULT_PROFILE, fault, Optional.empty(),
        RunLimits.defaults(DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT), Optional.empty());
  }

  public boolean isEmbedded() {
    return baseUrl.isEmpty();
  }

  /** Reads every setting through {@code property} (e.g. {@code scim.baseUrl}) falling back to {@code env}. */
  public static HarnessConfig from(Function<String, String> property, Function<String, String> env) {
    Source s = new Source(property, env);
    Optional<URI> baseUrl = s.get(Setting.BASE_URL).map(HarnessConfig::parseBaseUrl);
    Optional<String> token = s.get(Setting.TOKEN);
    Map<String, String> headers = s.get(Setting.HEADERS).map(HeaderList::parse).orElse(Map.of());
    Duration connect = s.get(Setting.CONNECT_TIMEOUT).map(v -> millis(Setting.CONNECT_TIMEOUT, v))
        .orElse(DEFAULT_CONNECT_TIMEOUT);
    Duration read = s.get(Setting.READ_TIMEOUT).map(v -> millis(Setting.READ_TIMEOUT, v)).orElse(DEFAULT_READ_TIMEOUT);
    boolean insecure = s.get(Setting.INSECURE).map(v -> bool(Setting.INSECURE, v)).orElse(false);
    Optional<String> profile = s.get(Setting.PROFILE);
    Optional<String> fault = s.get(Setting.FAULT);
    Optional<Path> baseline = s.get(Setting.BASELINE).map(Path::of);
    Optional<OAuthSettings> oauth = OAuthSettings.from(s::get);
    if (oauth.isPresent() && baseUrl.isEmpty()) {
      throw new ConfigException(Setting.OAUTH_TOKEN_URL.describe() + " is for a remote target; the embedded reference"
          + " server has its own token. Set " + Setting.BASE_URL.describe() + " too.");
    }
    if (oauth.isPresent() && token.isPresent()) {
      throw new ConfigException("Set either " + Setting.TOKEN.describe() + " or " + Setting.OAUTH_TOKEN_URL.describe()
          + " (a token fetched with client credentials), not both.");
    }
    if (baseUrl.isPresent()) {
      if (fault.isPresent()) {
        throw new ConfigException(Setting.FAULT.describe() + " seeds a fault into the embedded reference server;"
            + " it cannot be combined with " + Setting.BASE_URL.describe() + ".");
      }
      if (profile.isPresent()) {
        throw new ConfigException(Setting.PROFILE.describe() + " selects a profile of the embedded reference server;"
            + " it cannot be combined with " + Setting.BASE_URL.describe() + ".");
      }
      boolean authHeader = headers.keySet().stream().anyMatch(h -> h.equalsIgnoreCase("Authorization"));
      if (token.isEmpty() && !authHeader && oauth.isEmpty()) {
        throw new ConfigException("A remote target needs credentials: set " + Setting.TOKEN.describe()
            + " (sent as 'Authorization: Bearer …') or an Authorization header in " + Setting.HEADERS.describe() + "."
            + " OAuth 2.0 client credentials: " + Setting.OAUTH_TOKEN_URL.describe() + " with "
            + Setting.OAUTH_CLIENT_ID.describe() + " and " + Setting.OAUTH_CLIENT_SECRET.describe() + ".");
      }
    } else if (insecure) {
      throw new ConfigException(Setting.INSECURE.describe() + " only applies to a remote https target; set "
          + Setting.BASE_URL.describe() + " too.");
    }
    RunLimits limits = new RunLimits(
        s.get(Setting.REQUEST_TIMEOUT).map(v -> millis(Setting.REQUEST_TIMEOUT, v)).orElse(connect.plus(read)),
        s.get(Setting.MAX_BODY_BYTES).map(v -> positive(Setting.MAX_BODY_BYTES, v)).orElse(RunLimits.DEFAULT_MAX_BODY),
        (int) (long) s.get(Setting.FAIL_AFTER).map(v -> positive(Setting.FAIL_AFTER, v)).orElse((long) RunLimits.DEFAULT_FAIL_AFTER),
        s.get(Setting.PREFLIGHT_CONNECT_TIMEOUT).map(v -> millis(Setting.PREFLIGHT_CONNECT_TIMEOUT, v))
            .orElse(RunLimits.PREFLIGHT_CONNECT),
        s.get(Setting.PREFLIGHT_READ_TIMEOUT).map(v -> millis(Setting.PREFLIGHT_READ_TIMEOUT, v))
            .orElse(RunLimits.PREFLIGHT_READ),
        s.get(Setting.READ_ONLY).map(v -> bool(Setting.READ_ONLY, v)).orElse(false),
        s.get(Setting.SWEEP).map(v -> bool(Setting.SWEEP, v)).orElse(true),
        s.get(Setting.RPS).map(v -> (double) positive(Setting.RPS, v)).orElse(0.0));
    return new HarnessConfig(baseUrl, token, headers, connect, read, insecure, profile.orElse(DEFAULT_PROFILE), fault,
        baseline, limits, oauth);
  }

  /** One setting of this JVM (system property, then environment), for settings outside this record. */
  public static Optional<String> setting(Setting setting) {
    return new Source(System::getProperty, System::getenv).get(setting);
  }

  /** A true/false setting of this JVM; absent is false, anything but true or false a {@link ConfigException}. */
  public static boolean flag(Setting setting) {
    return setting(setting).map(v -> bool(setting, v)).orElse(false);
  }

  /** What this configuration targets, for people; never contains the token. */
  public String describe() {
    return baseUrl.map(u -> "remote target " + u + oauth.map(o -> " (OAuth 2.0 client " + o.clientId() + " at "
            + o.tokenUrl() + ")").orElse(""))
        .orElse("embedded reference server (profile " + profile + fault.map(f -> ", fault " + f).orElse("") + ")");
  }

  private static URI parseBaseUrl(String text) {
    try {
      URI uri = new URI(text.trim());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
        throw new ConfigException(Setting.BASE_URL.describe() + " must be an absolute http(s) URL such as"
            + " https://scim.example.com/scim/v2, got '" + text + "'.");
      }
      String s = uri.toString();
      return URI.create(s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
    } catch (URISyntaxException e) {
      throw new ConfigException(Setting.BASE_URL.describe() + " is not a URL: '" + text + "' (" + e.getReason() + ").");
    }
  }

  private static Duration millis(Setting setting, String text) {
    try {
      long ms = Long.parseLong(text.trim());
      if (ms <= 0) {
        throw new NumberFormatException();
      }
      return Duration.ofMillis(ms);
    } catch (NumberFormatException e) {
      throw new ConfigException(setting.describe() + " must be a positive number of milliseconds, got '" + text + "'.");
    }
  }

  private static long positive(Setting setting, String text) {
    try {
      long n = Long.parseLong(text.trim());
      if (n <= 0 || n > Integer.MAX_VALUE) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new ConfigException(setting.describe() + " must be a positive whole number, got '" + text + "'.");
    }
  }

  private static boolean bool(Setting setting, String text) {
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new ConfigException(setting.describe() + " must be true or false, got '" + text + "'.");
    };
  }

  private record Source(Function<String, String> property, Function<String, String> env) {
    Optional<String> get(Setting setting) {
      String v = property.apply(setting.property());
      if (v == null || v.isBlank()) {
        v = env.apply(setting.env());
      }
      return v == null || v.isBlank() ? Optional.empty() : Optional.of(v);
    }
  }
}
