package dev.scimharness.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.MessageUrns;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplatesTest {
  @Test
  void aUserTemplateIsAValidMinimalUserWithUniqueDerivedValues() {
    ObjectNode u = Templates.user("run1.alice", "Alice");
    assertEquals("run1.alice", u.get("userName").asText());
    assertEquals("run1.alice@example.com", u.get("emails").get(0).get("value").asText());
    assertEquals("urn:ietf:params:scim:schemas:core:2.0:User", u.get("schemas").get(0).asText());
  }

  @Test
  void mergeOverlaysObjectsKeyByKeyAndReplacesTheRest() {
    ObjectNode base = Templates.user("u", "Alice");
    ObjectNode merged = Templates.merge(base, Json.parse("""
        {"name": {"middleName": "J"}, "emails": [{"value": "x@y"}], "title": "T"}
        """));
    assertEquals("Alice", merged.get("name").get("givenName").asText());
    assertEquals("J", merged.get("name").get("middleName").asText());
    assertEquals(1, merged.get("emails").size());
    assertEquals("T", merged.get("title").asText());
    assertEquals("u", base.get("userName").asText(), "the base is not changed");
    assertFalse(base.get("name").has("middleName"));
  }

  @Test
  void mergeNullRemovesAndADifferentlyCasedKeyReplacesTheOriginalSpelling() {
    ObjectNode merged = Templates.merge(Templates.user("u", "A"), Json.parse("{\"emails\": null, \"USERNAME\": \"v\"}"));
    assertFalse(merged.has("emails"));
    assertFalse(merged.has("userName"));
    assertEquals("v", merged.get("USERNAME").asText());
  }

  @Test
  void patchAndMemberMessagesCarryThePatchOpSchema() {
    ObjectNode p = Templates.addMembers(List.of("a", "b"));
    assertEquals(MessageUrns.PATCH_OP, p.get("schemas").get(0).asText());
    assertEquals("b", p.get("Operations").get(0).get("value").get(1).get("value").asText());
    assertTrue(Templates.patch(Json.parse("{\"op\":\"remove\",\"path\":\"x\"}")).get("Operations").isArray());
  }
}
