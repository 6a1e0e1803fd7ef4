package dev.scimharness.endpoint;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * OAuth 2.0 client credentials (RFC 6749 §4.4) against a WireMock token endpoint and a WireMock target: one token
 * for the run, a new one when the target refuses it with a 401 (RFC 6750 §3.1) and the request sent once more, and
 * neither the secret nor a token in what is reported.
 */
class ClientCredentialsTest {
  private static final String SECRET = "s3cret-of-the-client";
  private WireMockServer wm;
  private String clientId;

  @BeforeEach
  void start() {
    wm = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    wm.start();
    // One shared token source per settings in the JVM: a fresh client id keeps each test's tokens its own.
    clientId = "harness-" + UUID.randomUUID();
  }

  @AfterEach
  void stop() {
    wm.stop();
  }

  private HarnessConfig config(Map<String, String> extra) {
    Map<String, String> p = new HashMap<>(Map.of(
        "scim.baseUrl", "http://127.0.0.1:" + wm.port() + "/scim/v2",
        "scim.oauth.tokenUrl", "http://127.0.0.1:" + wm.port() + "/oauth2/token",
        "scim.oauth.clientId", clientId,
        "scim.oauth.clientSecret", SECRET));
    p.putAll(extra);
    return HarnessConfig.from(p::get, k -> null);
  }

  private ScimClient client(HarnessConfig config) {
    return ScimClient.of(Target.open(config), config);
  }

  private void tokens(String... issued) {
    String state = Scenario.STARTED;
    for (int i = 0; i < issued.length; i++) {
      String next = i + 1 < issued.length ? "token-" + (i + 1) : "spent";
      wm.stubFor(post(urlEqualTo("/oauth2/token")).inScenario("tokens").whenScenarioStateIs(state)
          .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
              .withBody("{\"access_token\":\"" + issued[i] + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}"))
          .willSetStateTo(next));
      state = next;
    }
  }

  private void target(String token, int status, String body) {
    wm.stubFor(get(urlEqualTo("/scim/v2/Users/1")).withHeader("Authorization", equalTo("Bearer " + token))
        .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/scim+json").withBody(body)));
  }

  @Test
  void oneTokenIsFetchedWithBasicAuthenticationAndUsedForEveryRequest() {
    tokens("tok-first-aaaa");
    target("tok-first-aaaa", 200, "{\"id\":\"1\"}");
    try (ScimClient client = client(config(Map.of("scim.oauth.scope", "scim.read scim.write")))) {
      assertEquals(200, client.send(Request.of("GET", "/Users/1")).status());
      assertEquals(200, client.send(Request.of("GET", "/Users/1")).status());
    }
    String basic = Base64.getEncoder().encodeToString((clientId + ":" + SECRET).getBytes());
    wm.verify(1, postRequestedFor(urlEqualTo("/oauth2/token"))
        .withHeader("Authorization", equalTo("Basic " + basic))
        .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
        .withRequestBody(equalTo("grant_type=client_credentials&scope=scim.read+scim.write")));
  }

  @Test
  void aTokenTheTargetNoLongerAcceptsIsReplacedAndTheRequestSentOnceMore() {
    tokens("tok-first-aaaa", "tok-second-bbbb");
    target("tok-first-aaaa", 401, "{\"detail\":\"token expired\"}");
    target("tok-second-bbbb", 200, "{\"id\":\"1\"}");
    try (ScimClient client = client(config(Map.of()))) {
      assertEquals(200, client.send(Request.of("GET", "/Users/1")).status());
      // The next request uses the new token straight away.
      assertEquals(200, client.send(Request.of("GET", "/Users/1")).status());
    }
    wm.verify(2, postRequestedFor(urlEqualTo("/oauth2/token")));
    wm.verify(1, getRequestedFor(urlEqualTo("/scim/v2/Users/1")).withHeader("Authorization",
        equalTo("Bearer tok-first-aaaa")));
    wm.verify(2, getRequestedFor(urlEqualTo("/scim/v2/Users/1")).withHeader("Authorization",
        equalTo("Bearer tok-second-bbbb")));
  }

  @Test
  void aTargetThatRefusesEveryTokenGetsOneRetryNotALoop() {
    tokens("tok-first-aaaa", "tok-second-bbbb", "tok-third-cccc");
    target("tok-first-aaaa", 401, "{}");
    target("tok-second-bbbb", 401, "{}");
    try (ScimClient client = client(config(Map.of()))) {
      assertEquals(401, client.send(Request.of("GET", "/Users/1")).status());
    }
    wm.verify(2, postRequestedFor(urlEqualTo("/oauth2/token")));
    wm.verify(2, getRequestedFor(urlEqualTo("/scim/v2/Users/1")));
  }

  @Test
  void aFixedTokenRefusedWithA401IsNotSentAgain() {
    target("fixed-token-1234", 401, "{}");
    HarnessConfig config = HarnessConfig.from(Map.of("scim.baseUrl", "http://127.0.0.1:" + wm.port() + "/scim/v2",
        "scim.token", "fixed-token-1234")::get, k -> null);
    try (ScimClient client = client(config)) {
      assertEquals(401, client.send(Request.of("GET", "/Users/1")).status());
    }
    wm.verify(1, getRequestedFor(urlEqualTo("/scim/v2/Users/1")));
  }

  @Test
  void theChecksWithoutOrWithWrongCredentialsAreNotRetried() {
    tokens("tok-first-aaaa", "tok-second-bbbb");
    wm.stubFor(get(urlEqualTo("/scim/v2/Users/1")).willReturn(aResponse().withStatus(401)));
    try (ScimClient client = client(config(Map.of()))) {
      assertEquals(401, client.send(Request.of("GET", "/Users/1").withAuth(Auth.NONE)).status());
      assertEquals(401, client.send(Request.of("GET", "/Users/1").withAuth(Auth.WRONG)).status());
    }
    wm.verify(2, getRequestedFor(urlEqualTo("/scim/v2/Users/1")));
    wm.verify(0, postRequestedFor(urlEqualTo("/oauth2/token")));
  }

  @Test
  void neitherTheSecretNorATokenIsInWhatIsReported() {
    tokens("tok-first-aaaa");
    target("tok-first-aaaa", 200, "{\"echo\":\"tok-first-aaaa\",\"also\":\"" + SECRET + "\"}");
    try (ScimClient client = client(config(Map.of()))) {
      ScimResponse r = client.send(Request.of("GET", "/Users/1"));
      String reported = r.exchange().responseBody() + r.exchange().requestHeaders() + r.redactedBody();
      assertFalse(reported.contains("tok-first-aaaa"), reported);
      assertFalse(reported.contains(SECRET), reported);
      assertTrue(r.body().contains("tok-first-aaaa"), "checks read what the target really sent");
    }
    assertFalse(config(Map.of()).toString().contains(SECRET));
  }

  @Test
  void aClientTheTokenEndpointRefusesIsNamedWithTheEndpointsError() {
    wm.stubFor(post(urlEqualTo("/oauth2/token")).willReturn(aResponse().withStatus(401)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"error\":\"invalid_client\",\"error_description\":\"unknown client\"}")));
    try (ScimClient client = client(config(Map.of()))) {
      String problem = client.credentialsProblem().orElseThrow();
      assertTrue(problem.contains("answered 401: invalid_client (unknown client)"), problem);
      assertTrue(problem.contains("scim.oauth.clientSecret"), problem);
      assertFalse(problem.contains(SECRET), problem);
      ScimResponse r = client.send(Request.of("GET", "/Users/1"));
      assertEquals(0, r.status(), "no request goes out without a token");
      assertTrue(r.exchange().error().startsWith("no access token: "), r.exchange().error());
    }
    wm.verify(0, getRequestedFor(urlEqualTo("/scim/v2/Users/1")));
  }

  @Test
  void anUnreachableTokenEndpointIsNamed() {
    int closed = wm.port();
    HarnessConfig config = config(Map.of());
    wm.stop();
    try (ScimClient client = client(config)) {
      String problem = client.credentialsProblem().orElseThrow();
      assertTrue(problem.startsWith("the OAuth 2.0 token endpoint http://127.0.0.1:" + closed
          + "/oauth2/token could not be reached"), problem);
    }
  }

  @Test
  void aTokenOfAnotherTypeOrNoneAtAllIsRefused() {
    wm.stubFor(post(urlEqualTo("/oauth2/token")).willReturn(aResponse().withStatus(200)
        .withBody("{\"access_token\":\"mac-token\",\"token_type\":\"mac\"}")));
    try (ScimClient client = client(config(Map.of()))) {
      assertTrue(client.credentialsProblem().orElseThrow().contains("only bearer tokens (RFC 6750)"));
    }
  }

  @Test
  void incompleteOrMisplacedSettingsAreConfigurationErrors() {
    String remote = "http://127.0.0.1:" + wm.port() + "/scim/v2";
    ConfigException noSecret = assertThrows(ConfigException.class, () -> HarnessConfig.from(Map.of(
        "scim.baseUrl", remote, "scim.oauth.tokenUrl", "https://login.example.com/token",
        "scim.oauth.clientId", "a")::get, k -> null));
    assertTrue(noSecret.getMessage().contains("scim.oauth.clientSecret"), noSecret.getMessage());
    ConfigException noUrl = assertThrows(ConfigException.class, () -> HarnessConfig.from(Map.of(
        "scim.baseUrl", remote, "scim.oauth.clientId", "a", "scim.oauth.clientSecret", "b")::get, k -> null));
    assertTrue(noUrl.getMessage().contains("scim.oauth.tokenUrl"), noUrl.getMessage());
    ConfigException notUrl = assertThrows(ConfigException.class, () -> config(Map.of("scim.oauth.tokenUrl",
        "login.example.com/token")));
    assertTrue(notUrl.getMessage().contains("must be an absolute http(s) URL"), notUrl.getMessage());
    assertThrows(ConfigException.class, () -> config(Map.of("scim.token", "t")));
    ConfigException embedded = assertThrows(ConfigException.class, () -> HarnessConfig.from(Map.of(
        "scim.oauth.tokenUrl", "https://login.example.com/token", "scim.oauth.clientId", "a",
        "scim.oauth.clientSecret", "b")::get, k -> null));
    assertTrue(embedded.getMessage().contains("embedded reference server"), embedded.getMessage());
    assertEquals(Optional.empty(), HarnessConfig.from(Map.of("scim.baseUrl", remote, "scim.token", "t")::get,
        k -> null).oauth());
  }
}
