package dev.scimharness.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedactorTest {
  private final Redactor redactor = new Redactor(List.of("abcd1234token", "k3y"));

  @Test
  void credentialHeadersKeepTheirSchemeAndLoseTheirSecret() {
    assertEquals("Bearer ***", redactor.header("Authorization", "Bearer abcd1234token"));
    assertEquals("Basic ***", redactor.header("authorization", "Basic dXNlcjpwYXNz"));
    assertEquals("Negotiate ***", redactor.header("Proxy-Authorization", "Negotiate YIIB"));
    assertEquals("***", redactor.header("X-Api-Key", "whatever"));
  }

  @Test
  void aCredentialWithoutASchemeIsMaskedWhole() {
    assertEquals("***", redactor.header("Authorization", "abcd1234token"));
    assertEquals("***", redactor.header("Authorization", "\"quoted secret\""));
  }

  @Test
  void cookiesAreMaskedWhole() {
    assertEquals("***", redactor.header("Cookie", "session=s3cr3t; theme=dark"));
    assertEquals("***", redactor.header("Set-Cookie", "session=s3cr3t; Path=/; HttpOnly"));
  }

  @Test
  void apiKeyStyleHeadersAreMaskedWholeWhateverTheirCase() {
    for (String name : List.of("X-API-Key", "x-apikey", "X-Api_Key", "X-Auth-Token", "X-Client-Secret",
        "X-Admin-Password", "SSWS-TOKEN")) {
      assertEquals("***", redactor.header(name, "some value with spaces"), name);
    }
  }

  @Test
  void aSecretEchoedInABodyOrUrlIsMasked() {
    assertEquals("{\"detail\":\"bad token ***\"}", redactor.text("{\"detail\":\"bad token abcd1234token\"}"));
    assertEquals("https://x/?t=***", redactor.text("https://x/?t=abcd1234token"));
    assertEquals("{\"detail\":\"bad token ***\"}", redactor.body("{\"detail\":\"bad token abcd1234token\"}"));
    assertEquals("***", redactor.header("X-Echo", "abcd1234token"));
  }

  @Test
  void aSecretPercentEncodedInAUrlIsMasked() {
    Redactor r = new Redactor(List.of("tok en/+="));
    assertEquals("https://x/?t=***", r.text("https://x/?t=tok+en%2F%2B%3D"));
  }

  @Test
  void ordinaryHeadersAndVeryShortSecretsAreLeftAlone() {
    assertEquals("application/scim+json", redactor.header("Content-Type", "application/scim+json"));
    assertEquals("k3y stays", redactor.text("k3y stays"));
  }

  @Test
  void passwordValuesInJsonAreMaskedAtAnyDepthWhateverTheCaseOfTheName() {
    String body = "{\"userName\":\"pat\",\"password\":\"Pw1!\",\"x\":{\"PassWord\":\"deep\","
        + "\"list\":[{\"PASSWORD\":\"deeper\"},7]},"
        + "\"urn:ietf:params:scim:schemas:core:2.0:User:password\":\"qualified\",\"nickName\":\"password\"}";
    assertEquals("{\"userName\":\"pat\",\"password\":\"***\",\"x\":{\"PassWord\":\"***\","
        + "\"list\":[{\"PASSWORD\":\"***\"},7]},"
        + "\"urn:ietf:params:scim:schemas:core:2.0:User:password\":\"***\",\"nickName\":\"password\"}",
        redactor.body(body));
  }

  @Test
  void theRestOfAJsonBodyKeepsItsLayout() {
    String body = "{\n  \"password\" : \"a \\\"quoted\\\" one\",\n  \"n\" : 1.50,\n  \"é\" : \"\\u00e9\"\n}";
    assertEquals("{\n  \"password\" : \"***\",\n  \"n\" : 1.50,\n  \"é\" : \"\\u00e9\"\n}", redactor.body(body));
  }

  @Test
  void aPasswordThatIsNoStringIsMaskedWholeAndANullOneIsLeft() {
    assertEquals("{\"password\":\"***\",\"b\":1}", redactor.body("{\"password\":{\"value\":\"x\"},\"b\":1}"));
    assertEquals("{\"password\":\"***\"}", redactor.body("{\"password\":12345}"));
    assertEquals("{\"password\":null}", redactor.body("{\"password\":null}"));
  }

  @Test
  void aPatchThatSetsThePasswordHasItsValueMasked() {
    String patch = "{\"Operations\":[{\"value\":\"NewPw1!\",\"op\":\"replace\",\"path\":\"password\"},"
        + "{\"op\":\"replace\",\"path\":\"nickName\",\"value\":\"Pat\"},"
        + "{\"op\":\"replace\",\"value\":{\"password\":\"Other1!\",\"active\":true}}]}";
    assertEquals("{\"Operations\":[{\"value\":\"***\",\"op\":\"replace\",\"path\":\"password\"},"
        + "{\"op\":\"replace\",\"path\":\"nickName\",\"value\":\"Pat\"},"
        + "{\"op\":\"replace\",\"value\":{\"password\":\"***\",\"active\":true}}]}", redactor.body(patch));
  }

  @Test
  void bodiesThatAreNotJsonAreLeftAsTheyAreSaveKnownSecrets() {
    assertEquals("password=hunter22&user=pat", redactor.body("password=hunter22&user=pat"));
    assertEquals("<html>password: *** </html>", redactor.body("<html>password: abcd1234token </html>"));
    assertEquals("", redactor.body(""));
    assertNull(redactor.body(null));
  }

  @Test
  void aJsonBodyCutShortIsMaskedAsFarAsItGoes() {
    assertEquals("{\"password\":\"***\",\"members\":[{\"value\":\"1\"", redactor.body(
        "{\"password\":\"secret1\",\"members\":[{\"value\":\"1\""));
  }

  @Test
  void aRedactedExchangeMasksEveryPartAndTheRawOneIsUntouched() {
    Exchange raw = new Exchange("POST", "https://x/Users?token=abcd1234token",
        Map.of("Authorization", "Bearer abcd1234token", "Content-Type", "application/scim+json"),
        "{\"userName\":\"pat\",\"password\":\"Pw1!\"}", 201,
        Map.of("Set-Cookie", List.of("sid=1"), "X-Echo", List.of("abcd1234token")),
        "{\"id\":\"1\",\"echo\":\"abcd1234token\"}", Duration.ofMillis(3), null);
    Exchange shown = raw.redacted(redactor);
    assertEquals("https://x/Users?token=***", shown.uri());
    assertEquals("Bearer ***", shown.requestHeaders().get("Authorization"));
    assertEquals("application/scim+json", shown.requestHeaders().get("Content-Type"));
    assertEquals("{\"userName\":\"pat\",\"password\":\"***\"}", shown.requestBody());
    assertEquals(List.of("***"), shown.responseHeaders().get("Set-Cookie"));
    assertEquals(List.of("***"), shown.responseHeaders().get("X-Echo"));
    assertEquals("{\"id\":\"1\",\"echo\":\"***\"}", shown.responseBody());
    assertFalse(shown.transcript().contains("abcd1234token"), shown.transcript());
    assertEquals("Bearer abcd1234token", raw.requestHeaders().get("Authorization"));
  }

  @Test
  void aCheckReadsTheRawAnswerAndAReportTheRedactedOne() {
    Exchange raw = new Exchange("GET", "https://x/Users/1", Map.of(), "", 200, Map.of(),
        "{\"id\":\"1\",\"echo\":\"abcd1234token\",\"password\":\"Pw1!\"}", Duration.ZERO, null);
    ScimResponse r = new ScimResponse(raw, redactor);
    assertEquals("abcd1234token", r.json().get("echo").asText());
    assertEquals("Pw1!", r.json().get("password").asText());
    assertEquals(raw.responseBody(), r.body());
    assertEquals("{\"id\":\"1\",\"echo\":\"***\",\"password\":\"***\"}", r.redactedBody());
    assertFalse(r.toString().contains("abcd1234token"), r.toString());
    assertEquals("echo was ***", r.redact("echo was abcd1234token"));
  }
}
