package dev.scimharness.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.scim.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class BodyPathTest {
  private final JsonNode user = Json.parse("""
      {"userName":"bjensen","name":{"givenName":"Barbara"},
       "emails":[{"value":"b@work","type":"work","primary":true},{"value":"b@home","type":"home"}],
       "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"employeeNumber":"7","manager":{"value":"m1"}},
       "Resources":[{"id":"a"},{"id":"b"}]}
      """);

  private List<String> texts(String path) {
    return BodyPath.select(user, path).stream().map(JsonNode::asText).toList();
  }

  @Test
  void namesMatchIgnoringCaseAndSubAttributesFollowDots() {
    assertEquals(List.of("bjensen"), texts("USERNAME"));
    assertEquals(List.of("Barbara"), texts("name.givenname"));
  }

  @Test
  void aPlainStepIntoAnArrayLooksAtEveryValue() {
    assertEquals(List.of("b@work", "b@home"), texts("emails.value"));
    assertEquals(List.of("a", "b"), texts("Resources.id"));
  }

  @Test
  void indexesAndEqualitySelectorsPickValues() {
    assertEquals(List.of("b@home"), texts("emails[1].value"));
    assertEquals(List.of("b@home"), texts("emails[type eq \"home\"].value"));
    assertEquals(List.of("b@work"), texts("emails[primary eq true].value"));
    assertEquals(List.of(), texts("emails[type eq \"other\"].value"));
    assertEquals(List.of(), texts("emails[5]"));
    // A selector may end the path: the bulk steps look at a whole operation by its bulkId.
    assertEquals(List.of("b@home"), BodyPath.select(user, "emails[type eq \"home\"]").stream()
        .map(n -> n.get("value").asText()).toList());
  }

  @Test
  void extensionAttributesAreReachedThroughTheirSchemaUrn() {
    assertEquals(List.of("7"), texts("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber"));
    assertEquals(List.of("m1"), texts("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value"));
    assertEquals(1, BodyPath.select(user, "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User").size());
    assertEquals(List.of(), texts("urn:ietf:params:scim:schemas:extension:other:2.0:User:x"));
  }

  @Test
  void absentValuesReachNothing() {
    assertEquals(List.of(), texts("nickName"));
    assertEquals(List.of(), texts("name.middleName"));
    assertEquals(List.of(), BodyPath.select(null, "id").stream().map(JsonNode::asText).toList());
  }

  @Test
  void selectorsOtherThanEqualityAreAMistakeInTheFeature() {
    assertThrows(IllegalArgumentException.class, () -> BodyPath.select(user, "emails[type co \"w\"]"));
    assertThrows(IllegalArgumentException.class, () -> BodyPath.select(user, "emails[0"));
  }
}
