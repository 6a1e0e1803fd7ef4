package dev.scimharness.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.Json;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How single recorded requests become calls: placeholders where values are this run's, the rest as sent. */
class TemplaterTest {
  private static Seen seen(String method, String path, String rawQuery, String body, String answer) {
    return Seen.of(new Recorded(1, 0, 0, method, path, rawQuery, Map.of(), body, 200, answer,
        Recorded.Provoked.NONE));
  }

  private static ObjectNode call(Attributes.Scope scope, Map<String, String> known, Seen s) {
    return new Templater(scope, known).call(s);
  }

  @Test
  void aFilterKeepsItsOperatorAndTakesThePlaceholderOfItsAttribute() {
    ObjectNode c = call(Attributes.Scope.LIFECYCLE, Map.of(),
        seen("GET", "/Users", "filter=userName+Eq+%22pat%40example.com%22&count=5", "", ""));
    assertEquals("userName Eq \"${userName}\"", c.path("query").path("filter").asText());
    assertEquals("5", c.path("query").path("count").asText());
  }

  @Test
  void aRandomGuidInTheConnectionTestIsARandomGuidEveryTime() {
    ObjectNode c = call(Attributes.Scope.PROBE, Map.of(),
        seen("GET", "/Users", "filter=userName%20eq%20%2216c3b2d8-6ab0-4c7a-9a43-7fb5d3a1c0de%22", "", ""));
    assertEquals("userName eq \"${randomGuid}\"", c.path("query").path("filter").asText());
  }

  @Test
  void anEmailUsedAsUserNameIsEachWhereItStands() {
    ObjectNode c = call(Attributes.Scope.LIFECYCLE, Map.of(), seen("POST", "/Users", "",
        "{\"userName\":\"pat@example.com\",\"emails\":{\"value\":\"pat@example.com\"},\"name\":{\"givenName\":\"Test\"}}",
        ""));
    assertEquals("{\"userName\":\"${userName}\",\"emails\":{\"value\":\"${email}\"},\"name\":{\"givenName\":\"${givenName}\"}}",
        Json.write(c.get("body")));
  }

  @Test
  void patchShapesAndCasingStayAsSentAndIdsBecomePlaceholders() {
    String id = "0b6a2f4e-2c8d-4d55-9a60-1e1f2a3b4c5d";
    ObjectNode c = call(Attributes.Scope.LIFECYCLE, Map.of(), seen("PATCH", "/Groups/g-1", "",
        "{\"Operations\":[{\"op\":\"Remove\",\"path\":\"members[value eq \\\"" + id + "\\\"]\"},"
            + "{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"False\"}]}", ""));
    assertEquals("/Groups/${groupId}", c.path("path").asText());
    assertEquals("{\"Operations\":[{\"op\":\"Remove\",\"path\":\"members[value eq \\\"${memberId}\\\"]\"},"
        + "{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"False\"}]}", Json.write(c.get("body")));
  }

  @Test
  void whatAChangeDoesDecidesItsStep() {
    Seen off = seen("PUT", "/Users/u1", "", "{\"userName\":\"p\",\"active\":false}", "");
    Seen on = seen("PUT", "/Users/u1", "", "{\"userName\":\"p\",\"active\":true}", "");
    assertEquals(Change.DEACTIVATE, Change.ofUser(off, true));
    assertEquals(Change.REACTIVATE, Change.ofUser(on, false));
    assertEquals(Change.UPDATE, Change.ofUser(on, true));
    Seen same = seen("PATCH", "/Groups/g1", "", "{\"Operations\":[{\"op\":\"replace\",\"value\":{\"displayName\":\"Eng\"}}]}", "");
    assertEquals(Change.COMPANION, Change.ofGroup(same, "Eng", java.util.Set.of()));
    assertEquals(Change.RENAME, Change.ofGroup(same, "Engineering", java.util.Set.of()));
    Seen put = seen("PUT", "/Groups/g1", "", "{\"displayName\":\"Eng\",\"members\":[{\"value\":\"a\"}]}", "");
    assertEquals(Change.MEMBER_ADD, Change.ofGroup(put, "Eng", java.util.Set.of()));
    assertEquals(Change.MEMBER_REMOVE, Change.ofGroup(put, "Eng", java.util.Set.of("a", "b")));
  }
}
