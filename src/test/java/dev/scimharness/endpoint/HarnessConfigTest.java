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
