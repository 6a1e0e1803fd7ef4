package dev.scimharness.endpoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Bearer tokens from an OAuth 2.0 token endpoint with the client credentials grant (RFC 6749 §4.4): the client
 * authenticates with HTTP Basic, which every authorization server supports (§2.3.1), and asks for
 * {@code grant_type=client_credentials} and the scope, form-encoded (§4.4.2). The first token is fetched before the
 * first request; a new one only when the target refuses the current one (a 401, RFC 6750 §3.1), once for all the
 * requests that were refused with it.
 */
public final class ClientCredentials implements Credentials {
  private static final Map<OAuthSettings, ClientCredentials> SHARED = new ConcurrentHashMap<>();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final OAuthSettings settings;
  private final HttpClient http;
  private final Duration timeout;
  private final List<String> issued = new CopyOnWriteArrayList<>();
  private volatile String current;
  private volatile int fetches;

  ClientCredentials(OAuthSettings settings, Duration connectTimeout, Duration readTimeout, boolean insecure) {
    this.settings = settings;
    this.http = HttpClients.own(connectTimeout, insecure).http();
    this.timeout = connectTimeout.plus(readTimeout);
  }

  /** One client per settings in this JVM, so the preflight, the suite and the fuzz share their token. */
  static ClientCredentials shared(OAuthSettings settings, HarnessConfig config) {
    return SHARED.computeIfAbsent(settings,
        s -> new ClientCredentials(s, config.connectTimeout(), config.readTimeout(), config.insecure()));
  }

  @Override
  public Optional<String> token() {
    String t = current;
    if (t == null) {
      synchronized (this) {
        if (current == null) {
          current = fetch();
        }
        t = current;
      }
    }
    return Optional.of(t);
  }

  @Override
  public synchronized Optional<String> renew(String refused) {
    // Requests in flight with the old token are refused one by one; the first fetches, the others reuse.
    if (current == null || current.equals(refused)) {
      current = fetch();
    }
    return Optional.of(current);
  }

  @Override
  public Collection<String> secrets() {
    List<String> s = new ArrayList<>(issued);
    s.add(settings.clientSecret());
    return s;
  }

  /** How many tokens were fetched, for people: the run's closing lines and the tests. */
  public int fetches() {
    return fetches;
  }

  private String fetch() {
    String where = "the OAuth 2.0 token endpoint " + settings.tokenUrl();
    String form = "grant_type=client_credentials" + settings.scope().map(s -> "&scope=" + form(s)).orElse("");
    String basic = Base64.getEncoder().encodeToString((form(settings.clientId()) + ":" + form(settings.clientSecret()))
        .getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> r;
    try {
      r = http.send(HttpRequest.newBuilder(settings.tokenUrl()).timeout(timeout)
          .header("Content-Type", "application/x-www-form-urlencoded")
          .header("Accept", "application/json")
          .header("Authorization", "Basic " + basic)
          .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new OAuthException(where + " could not be reached: " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : " " + e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OAuthException(where + ": interrupted while waiting for a token");
    }
    fetches++;
    JsonNode json = parse(r.body());
    if (r.statusCode() != 200) {
      // RFC 6749 §5.2: error, and maybe error_description.
      String error = json == null ? "" : json.path("error").asText("") + (json.hasNonNull("error_description")
          ? " (" + json.get("error_description").asText() + ")" : "");
      throw new OAuthException(where + " answered " + r.statusCode() + (error.isBlank() ? "" : ": " + error)
          + (r.statusCode() == 400 || r.statusCode() == 401 ? "; check " + Setting.OAUTH_CLIENT_ID.describe() + ", "
              + Setting.OAUTH_CLIENT_SECRET.describe() + " and " + Setting.OAUTH_SCOPE.describe() : ""));
    }
    // RFC 6749 §5.1: access_token and token_type are required; only a bearer token (RFC 6750) can be sent.
    String token = json == null ? "" : json.path("access_token").asText("");
    String type = json == null ? "" : json.path("token_type").asText("bearer");
    if (token.isBlank()) {
      throw new OAuthException(where + " answered 200 without an access_token (RFC 6749 §5.1)");
    }
    if (!type.toLowerCase(Locale.ROOT).equals("bearer")) {
      throw new OAuthException(where + " issued a token of type '" + type + "'; only bearer tokens (RFC 6750) can"
          + " be sent");
    }
    issued.add(token);
    return token;
  }

  private static JsonNode parse(String body) {
    try {
      JsonNode n = JSON.readTree(body);
      return n != null && n.isObject() ? n : null;
    } catch (IOException e) {
      return null;
    }
  }

  private static String form(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "ClientCredentials[" + settings + "]";
  }
}
