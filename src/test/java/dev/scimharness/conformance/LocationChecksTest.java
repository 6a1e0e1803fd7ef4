package dev.scimharness.conformance;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scimharness.conformance.LocationChecks.Source;
import dev.scimharness.endpoint.Exchange;
import dev.scimharness.endpoint.Redactor;
import dev.scimharness.endpoint.ScimResponse;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocationChecksTest {
  private static final URI BASE = URI.create("https://idp.example/scim/v2");

  private static ScimResponse created(String header, String meta) {
    Map<String, List<String>> headers = header == null ? Map.of() : Map.of("Location", List.of(header));
    String body = "{\"id\":\"42\",\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"]"
        + (meta == null ? "" : ",\"meta\":{\"location\":\"" + meta + "\"}") + "}";
    return new ScimResponse(new Exchange("POST", "https://idp.example/scim/v2/Users", Map.of(), "{}", 201, headers,
        body, Duration.ofMillis(1), null), Redactor.NONE);
  }

  @Test
  void aRelativeLocationResolvesAgainstTheRequestUriAndIsUnderTheBase() {
    ScimResponse r = created("/scim/v2/Users/42", "Users/42");
    assertEquals(URI.create("https://idp.example/scim/v2/Users/42"), LocationChecks.resolved(r, Source.HEADER));
    assertDoesNotThrow(() -> LocationChecks.underBase(r, Source.HEADER, BASE));
    assertDoesNotThrow(() -> LocationChecks.underBase(r, Source.META, BASE));
    assertDoesNotThrow(() -> LocationChecks.endsWith(r, Source.META, "Users", "42"));
    assertDoesNotThrow(() -> LocationChecks.same(r));
    assertThrows(ConformanceFailure.class, () -> LocationChecks.absolute(r, Source.HEADER));
  }

  @Test
  void anotherHostPortSchemeOrPathPrefixIsNotUnderTheBase() {
    for (String other : List.of("https://internal:8443/scim/v2/Users/42", "http://idp.example/scim/v2/Users/42",
        "https://idp.example:444/scim/v2/Users/42",
        "https://idp.example/scim/v20/Users/42", "/other/Users/42")) {
      ScimResponse r = created(other, null);
      assertThrows(ConformanceFailure.class, () -> LocationChecks.underBase(r, Source.HEADER, BASE), other);
    }
    assertDoesNotThrow(() -> LocationChecks.underBase(created("https://IDP.example:443/scim/v2/Users/42", null),
        Source.HEADER, BASE));
  }

  @Test
  void aDoubledPrefixStillEndsWithTheResourceButIsNotTheSameUriAsAnotherForm() {
    ScimResponse r = created("/scim/v2/scim/v2/Users/42", "https://idp.example/scim/v2/Users/42");
    assertDoesNotThrow(() -> LocationChecks.endsWith(r, Source.HEADER, "Users", "42"));
    assertThrows(ConformanceFailure.class, () -> LocationChecks.same(r));
    assertThrows(ConformanceFailure.class, () -> LocationChecks.endsWith(r, Source.HEADER, "Users", "4"));
  }

  @Test
  void aMissingReferenceFailsEveryCheck() {
    ScimResponse r = created(null, null);
    assertThrows(ConformanceFailure.class, () -> LocationChecks.written(r, Source.HEADER));
    assertThrows(ConformanceFailure.class, () -> LocationChecks.absolute(r, Source.META));
    assertThrows(ConformanceFailure.class, () -> LocationChecks.same(r));
  }

  @Test
  void onlyA200ToOneResourceMustCarryOne() {
    URI base = URI.create("http://x/scim");
    assertTrue(ResourceAnswers.expected("GET", URI.create("http://x/scim/Users/1"), base));
    assertTrue(ResourceAnswers.expected("PATCH", URI.create("http://x/scim/Groups/g?attributes=id"), base));
    assertTrue(ResourceAnswers.expected("GET", URI.create("http://x/scim/Me"), base));
    assertFalse(ResourceAnswers.expected("GET", URI.create("http://x/scim/Users"), base));
    assertFalse(ResourceAnswers.expected("POST", URI.create("http://x/scim/Users"), base));
    assertFalse(ResourceAnswers.expected("POST", URI.create("http://x/scim/Users/.search"), base));
    assertFalse(ResourceAnswers.expected("GET", URI.create("http://x/scim/Schemas/urn:x"), base));
  }
}
