package dev.scimharness.conformance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scimharness.endpoint.Exchange;
import dev.scimharness.endpoint.Redactor;
import dev.scimharness.endpoint.ScimResponse;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** RFC 7644 §3.11: the Location of every /Me answer that serves the alias. */
class MeAnswerTest {
  private static final URI BASE = URI.create("https://idp.example/scim/v2");

  private static ScimResponse me(int status, String location, String body) {
    Map<String, List<String>> headers = location == null ? Map.of() : Map.of("Location", List.of(location));
    return new ScimResponse(new Exchange("GET", BASE + "/Me", Map.of(), null, status, headers, body,
        Duration.ofMillis(1), null), Redactor.NONE);
  }

  @Test
  void aServedAnswerLocatesTheSubjectsResource() {
    assertTrue(MeAnswer.locationProblem(me(200, BASE + "/Users/42", "{\"id\":\"42\"}"), BASE).isEmpty());
    assertTrue(MeAnswer.locationProblem(me(308, "/scim/v2/Users/42", ""), BASE).isEmpty());
  }

  @Test
  void aMissingOrWrongLocationIsAProblem() {
    assertFalse(MeAnswer.locationProblem(me(200, null, "{\"id\":\"42\"}"), BASE).isEmpty());
    assertFalse(MeAnswer.locationProblem(me(200, BASE + "/Me", "{\"id\":\"42\"}"), BASE).isEmpty());
    assertFalse(MeAnswer.locationProblem(me(200, BASE + "/Users/41", "{\"id\":\"42\"}"), BASE).isEmpty());
    assertFalse(MeAnswer.locationProblem(me(308, "https://idp.example/other/Users/42", ""), BASE).isEmpty());
  }

  @Test
  void notImplementedIsNotServed() {
    assertFalse(MeAnswer.served(me(501, null, "{}")));
    assertTrue(MeAnswer.served(me(308, "/scim/v2/Users/42", "")));
  }
}
