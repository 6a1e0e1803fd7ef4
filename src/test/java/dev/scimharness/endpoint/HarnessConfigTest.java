package dev.scimharness.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HarnessConfigTest {
  private static HarnessConfig config(Map<String, String> props, Map<String, String> env) {
    return HarnessConfig.from(props::get, env::get);
  }

  @Test
  void noSettingsMeansTheEmbeddedServerWithDefaults() {
    HarnessConfig c = config(Map.of(), Map.of());
    assertTrue(c.isEmbedded());
    assertEquals("rfc", c.profile());
    assertEquals(Duration.ofSeconds(10), c.connectTimeout());
    assertEquals(Duration.ofSeconds(30), c.readTimeout());
    assertEquals(Optional.empty(), c.fault());
  }

  @Test
  void theRunLimitsDefaultToTheRequestDeadlineOfConnectPlusReadAndCanBeSet() {
    RunLimits d = config(Map.of("scim.connectTimeout", "1000", "scim.readTimeout", "2000"), Map.of()).limits();
    assertEquals(Duration.ofMillis(3000), d.requestDeadline());
    assertEquals(10L * 1024 * 1024, d.maxBodyBytes());
    assertEquals(5, d.failAfter());
    assertEquals(Duration.ofSeconds(2), d.preflightConnect());
    assertEquals(Duration.ofSeconds(5), d.preflightRead());
    assertFalse(d.readOnly());
    assertTrue(d.sweep());
    assertEquals(0.0, d.requestsPerSecond());
    RunLimits set = config(Map.of("scim.requestTimeout", "700", "scim.maxBodyBytes", "99", "scim.failAfter", "2",
        "scim.readOnly", "true", "scim.sweep", "false", "scim.rps", "20"), Map.of("SCIM_PREFLIGHT_READ_TIMEOUT", "800"))
        .limits();
    assertEquals(new RunLimits(Duration.ofMillis(700), 99, 2, Duration.ofSeconds(2), Duration.ofMillis(800), true,
        false, 20.0), set);
    ConfigException e = assertThrows(ConfigException.class, () -> config(Map.of("scim.failAfter", "0"), Map.of()));
    assertTrue(e.getMessage().startsWith("scim.failAfter (SCIM_FAIL_AFTER) must be a positive whole number"));
    e = assertThrows(ConfigException.class, () -> config(Map.of("scim.readOnly", "yes"), Map.of()));
    assertTrue(e.getMessage().startsWith("scim.readOnly (SCIM_READ_ONLY) must be true or false"), e.getMessage());
  }

  @Test
  void systemPropertiesWinOverEnvironmentVariables() {
    HarnessConfig c = config(Map.of("scim.baseUrl", "https://a.example/scim/v2/", "scim.token", "p"),
        Map.of("SCIM_BASE_URL", "https://b.example", "SCIM_TOKEN", "e", "SCIM_READ_TIMEOUT", "1500"));
    assertEquals(URI.create("https://a.example/scim/v2"), c.baseUrl().orElseThrow());
    assertEquals("p", c.token().orElseThrow());
    assertEquals(Duration.ofMillis(1500), c.readTimeout());
  }

  @Test
  void extraHeadersAreReadAsNameValuePairs() {
    HarnessConfig c = config(Map.of("scim.headers", "X-Tenant: acme; X-Trace : on"), Map.of());
    assertEquals(Map.of("X-Tenant", "acme", "X-Trace", "on"), c.headers());
  }

  @Test
  void aRemoteTargetMayAuthenticateWithAHeaderInsteadOfAToken() {
    HarnessConfig c = config(Map.of("scim.baseUrl", "http://localhost:8080", "scim.headers", "Authorization: Basic eDp5"),
        Map.of());
    assertFalse(c.isEmbedded());
  }

  @Test
  void aRemoteTargetWithoutCredentialsIsRefusedWithAMessageNamingTheSettings() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> config(Map.of("scim.baseUrl", "https://scim.example.com"), Map.of()));
    assertTrue(e.getMessage().contains("scim.token (SCIM_TOKEN)"), e.getMessage());
  }

  @Test
  void aFaultCannotBeSeededIntoARemoteTarget() {
    ConfigException e = assertThrows(ConfigException.class, () -> config(
        Map.of("scim.baseUrl", "https://scim.example.com", "scim.token", "t", "scim.fault", "MISSING_LOCATION"), Map.of()));
    assertTrue(e.getMessage().contains("scim.fault"), e.getMessage());
  }

  @Test
  void badValuesAreRefusedWithTheOffendingText() {
    assertTrue(assertThrows(ConfigException.class, () -> config(Map.of("scim.readTimeout", "soon"), Map.of()))
        .getMessage().contains("'soon'"));
    assertTrue(assertThrows(ConfigException.class, () -> config(Map.of("scim.connectTimeout", "-1"), Map.of()))
        .getMessage().contains("positive"));
    assertTrue(assertThrows(ConfigException.class, () -> config(Map.of("scim.baseUrl", "ftp://x", "scim.token", "t"),
        Map.of())).getMessage().contains("http(s)"));
    assertTrue(assertThrows(ConfigException.class, () -> config(Map.of("scim.headers", "no colon here"), Map.of()))
        .getMessage().contains("Name: value"));
    assertTrue(assertThrows(ConfigException.class, () -> config(
        Map.of("scim.baseUrl", "https://x.example", "scim.token", "t", "scim.insecure", "yes"), Map.of()))
        .getMessage().contains("true or false"));
  }

  @Test
  void insecureOnlyMakesSenseForARemoteTarget() {
    assertThrows(ConfigException.class, () -> config(Map.of("scim.insecure", "true"), Map.of()));
    assertTrue(config(Map.of("scim.baseUrl", "https://x.example", "scim.token", "t", "scim.insecure", "TRUE"), Map.of())
        .insecure());
  }

  @Test
  void theDescriptionNeverContainsTheToken() {
    HarnessConfig c = config(Map.of("scim.baseUrl", "https://x.example", "scim.token", "s3cr3t-token"), Map.of());
    assertFalse(c.describe().contains("s3cr3t-token"));
  }
}
