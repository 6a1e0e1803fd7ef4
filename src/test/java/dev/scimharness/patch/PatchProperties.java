package dev.scimharness.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.lint.LintFinding;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.Leniency;
import dev.scimharness.scim.ResourceSchema;
import dev.scimharness.scim.SchemaRegistry;
import dev.scimharness.scim.ScimException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** The guarantees the PATCH engine gives whatever the request, so it can serve as the fuzzing oracle. */
class PatchProperties {
  private static final ResourceSchema USERS = SchemaRegistry.standard().resourceSchema("User");

  @Provide
  Arbitrary<ObjectNode> users() {
    return PatchGenerators.users();
  }

  @Provide
  Arbitrary<JsonNode> oneInvalid() {
    return PatchGenerators.messagesWithOneInvalidOperation();
  }

  @Provide
  Arbitrary<ObjectNode> replaces() {
    return PatchGenerators.idempotentReplaces();
  }

  @Provide
  Arbitrary<JsonNode> anything() {
    return PatchGenerators.anyMessages();
  }

  private static PatchResult apply(ObjectNode resource, JsonNode message, Leniency leniency) {
    List<LintFinding> findings = new ArrayList<>();
    PatchRequest request = PatchParser.parse(message, leniency, findings);
    return PatchEngine.apply(resource, request, USERS, leniency);
  }

  @Property(seed = "7644")
  void aRequestWithOneInvalidOperationLeavesTheResourceUnchanged(@ForAll("users") ObjectNode user,
      @ForAll("oneInvalid") JsonNode message, @ForAll Leniency leniency) {
    ObjectNode before = user.deepCopy();
    assertThrows(ScimException.class, () -> apply(user, message, leniency), () -> Json.write(message));
    assertEquals(before, user);
  }

  @Property(seed = "7644")
  void replaceIsIdempotent(@ForAll("users") ObjectNode user, @ForAll("replaces") ObjectNode operation,
      @ForAll Leniency leniency) {
    JsonNode message = PatchGenerators.message(Json.NODES.arrayNode().add(operation));
    PatchResult once;
    try {
      once = apply(user, message, leniency);
    } catch (ScimException e) {
      Assume.that(false);
      return;
    }
    PatchResult twice = apply(once.resource(), message, leniency);
    assertEquals(once.resource(), twice.resource(), () -> Json.write(message));
    assertFalse(twice.changed(), () -> "second application changed " + Json.write(once.resource()));
  }

  @Property(seed = "7644", tries = 1000)
  void readOnlyAttributesNeverChange(@ForAll("users") ObjectNode user, @ForAll("anything") JsonNode message,
      @ForAll Leniency leniency) {
    try {
      ObjectNode after = apply(user, message, leniency).resource();
      for (String readOnly : List.of("id", "meta", "groups")) {
        assertEquals(user.get(readOnly), after.get(readOnly), () -> readOnly + " changed by " + Json.write(message));
      }
    } catch (ScimException expected) {
      // rejected requests change nothing, which the next properties check
    }
  }

  @Property(seed = "7644", tries = 2000)
  void applyThrowsNothingButScimExceptionAndNeverMutatesItsInput(@ForAll("users") ObjectNode user,
      @ForAll("anything") JsonNode message, @ForAll Leniency leniency) {
    ObjectNode before = user.deepCopy();
    JsonNode messageBefore = message.deepCopy();
    try {
      apply(user, message, leniency);
      Statistics.collect("applied");
    } catch (ScimException e) {
      assertEquals(400, e.status(), e::detail);
      Statistics.collect(String.valueOf(e.scimType()));
    }
    assertEquals(before, user);
    assertEquals(messageBefore, message);
  }

  @Property(seed = "7644")
  void validRequestsKeepAtMostOnePrimaryPerAttribute(@ForAll("users") ObjectNode user,
      @ForAll("anything") JsonNode message, @ForAll Leniency leniency) {
    ObjectNode after;
    try {
      after = apply(user, message, leniency).resource();
    } catch (ScimException e) {
      return;
    }
    for (String attribute : List.of("emails", "phoneNumbers")) {
      JsonNode values = after.get(attribute);
      if (values instanceof ArrayNode array) {
        long primaries = 0;
        for (JsonNode v : array) {
          primaries += v.path("primary").asBoolean(false) && v.path("primary").isBoolean() ? 1 : 0;
        }
        long count = primaries;
        assertEquals(true, count <= 1, () -> attribute + " has " + count + " primaries after " + Json.write(message));
      }
    }
  }
}
