package dev.scimharness.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RedactorTest {
  private final Redactor redactor = new Redactor(List.of("abcd1234token", "k3y"));

  @Test
  void credentialHeadersKeepTheirSchemeAndLoseTheirSecret() {
    assertEquals("Bearer ***", redactor.header("Authorization", "Bearer abcd1234token"));
    assertEquals("Basic ***", redactor.header("authorization", "Basic dXNlcjpwYXNz"));
    assertEquals("***", redactor.header("X-Api-Key", "whatever"));
  }

  @Test
  void aSecretEchoedInABodyOrUrlIsMasked() {
    assertEquals("{\"detail\":\"bad token ***\"}", redactor.text("{\"detail\":\"bad token abcd1234token\"}"));
    assertEquals("https://x/?t=***", redactor.text("https://x/?t=abcd1234token"));
  }

  @Test
  void ordinaryHeadersAndVeryShortSecretsAreLeftAlone() {
    assertEquals("application/scim+json", redactor.header("Content-Type", "application/scim+json"));
    assertEquals("k3y stays", redactor.text("k3y stays"));
  }
}
