package dev.scimharness.sigma.harness;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.scim.Json;
import dev.scimharness.endpoint.Auth;
import dev.scimharness.endpoint.HarnessConfig;
import dev.scimharness.endpoint.Request;
import dev.scimharness.endpoint.ScimClient;
import dev.scimharness.endpoint.ScimResponse;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An IdP provisioning into Sigma: the Directory base URL and bearer token it was given, the ids Sigma answered
 * for what it pushed (as an IdP keeps them to address later changes), and the last request that failed, to rerun.
 */
public final class IdpClient implements AutoCloseable {
  private final HarnessConfig config;
  private final Map<String, String> userIds = new HashMap<>();
  private final Map<String, String> groupIds = new HashMap<>();
  private ScimClient client;
  private Request lastFailed;

  /** An IdP with no bearer token yet, pointed at {@code directoryBaseUrl}. */
  public IdpClient(URI directoryBaseUrl, HarnessConfig config) {
    this.config = config;
    this.client = client(directoryBaseUrl, null);
  }

  /** Configures the IdP with the keys Sigma showed. */
  public void use(URI directoryBaseUrl, String bearerToken) {
    client.close();
    client = client(directoryBaseUrl, bearerToken);
  }

  private ScimClient client(URI base, String token) {
    return new ScimClient(base, token, Map.of(), config.connectTimeout(), config.readTimeout(), config.insecure());
  }

  public ScimResponse provision(String email, String userType) {
    ScimResponse r = send(Request.of("POST", "/Users", IdpScript.user(email, userType)));
    remember(userIds, email, r);
    return r;
  }

  public ScimResponse changeUserName(String email, String newUserName) {
    ScimResponse r = send(Request.of("PATCH", "/Users/" + userId(email), IdpScript.changeUserName(newUserName)));
    remember(userIds, newUserName, r);
    return r;
  }

  /** A PUT of the whole user with another userName and account type. */
  public ScimResponse replaceUser(String email, String newUserName, String userType) {
    ScimResponse r = send(Request.of("PUT", "/Users/" + userId(email), IdpScript.user(newUserName, userType)));
    remember(userIds, newUserName, r);
    return r;
  }

  public ScimResponse deactivate(String email) {
    return send(Request.of("PATCH", "/Users/" + userId(email), IdpScript.deactivate()));
  }

  public ScimResponse changeAccountType(String email, String userType) {
    return send(Request.of("PATCH", "/Users/" + userId(email), IdpScript.changeAccountType(userType)));
  }

  /** What an IdP does when a user is unassigned from the application and deprovisioning deletes it. */
  public ScimResponse unassign(String email) {
    return send(Request.of("DELETE", "/Users/" + userId(email)));
  }

  public ScimResponse pushGroup(String name, List<String> memberEmails) {
    ScimResponse r = send(Request.of("POST", "/Groups", IdpScript.group(name, userIds(memberEmails))));
    remember(groupIds, name, r);
    return r;
  }

  /** A PUT of the group with exactly these members. */
  public ScimResponse syncGroup(String name, List<String> memberEmails) {
    return send(Request.of("PUT", "/Groups/" + groupId(name), IdpScript.group(name, userIds(memberEmails))));
  }

  public ScimResponse lookUpUser(String userName) {
    return send(Request.of("GET", "/Users?filter=" + encode("userName eq \"" + userName + "\"")));
  }

  public ScimResponse lookUpGroup(String name) {
    return send(Request.of("GET", "/Groups?filter=" + encode("displayName eq \"" + name + "\"")));
  }

  public ScimResponse list(String endpoint) {
    return send(Request.of("GET", endpoint));
  }

  public ScimResponse readUser(String email) {
    return send(Request.of("GET", "/Users/" + userId(email)));
  }

  public ScimResponse readGroup(String name) {
    return send(Request.of("GET", "/Groups/" + groupId(name)));
  }

  /** "Rerun any provisioning tasks that might have failed": the last failed request, with today's token. */
  public ScimResponse rerunFailed() {
    if (lastFailed == null) {
      throw new IllegalStateException("no request of this IdP has failed");
    }
    Request r = lastFailed;
    ScimResponse answer = send(r);
    if (r.method().equals("POST") && r.path().equals("/Users")) {
      remember(userIds, Json.field(Json.parse(r.body()), "userName").asText(), answer);
    }
    return answer;
  }

  /** The id Sigma gave a user this IdP pushed, else the one a lookup by userName finds. */
  public String userId(String userName) {
    String known = userIds.get(key(userName));
    if (known != null) {
      return known;
    }
    return firstId(lookUpUser(userName)).orElseThrow(
        () -> new IllegalStateException("the IdP knows no user " + userName + " and finds none in Sigma"));
  }

  public Optional<String> knownUserId(String userName) {
    return Optional.ofNullable(userIds.get(key(userName)));
  }

  public String groupId(String name) {
    String known = groupIds.get(key(name));
    if (known != null) {
      return known;
    }
    return firstId(lookUpGroup(name)).orElseThrow(
        () -> new IllegalStateException("the IdP knows no group " + name + " and finds none in Sigma"));
  }

  private List<String> userIds(List<String> emails) {
    return emails.stream().map(this::userId).toList();
  }

  private ScimResponse send(Request r) {
    ScimResponse answer = client.send(r.withAuth(Auth.CONFIGURED));
    if (answer.status() >= 400 && !r.method().equals("GET")) {
      lastFailed = r;
    }
    return answer;
  }

  private static void remember(Map<String, String> ids, String name, ScimResponse r) {
    JsonNode id = r.json() == null ? null : Json.field(r.json(), "id");
    if (r.status() >= 200 && r.status() < 300 && id != null) {
      ids.put(key(name), id.asText());
    }
  }

  private static Optional<String> firstId(ScimResponse r) {
    JsonNode resources = r.json() == null ? null : Json.field(r.json(), "Resources");
    if (r.status() != 200 || resources == null || resources.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Json.field(resources.get(0), "id").asText());
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Override
  public void close() {
    client.close();
  }
}
