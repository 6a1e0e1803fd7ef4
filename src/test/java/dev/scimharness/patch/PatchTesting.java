package dev.scimharness.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.lint.LintFinding;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.Leniency;
import dev.scimharness.scim.ResourceSchema;
import dev.scimharness.scim.SchemaRegistry;
import dev.scimharness.scim.ScimException;
import dev.scimharness.scim.ScimType;
import java.util.ArrayList;
import java.util.List;

/**
 * Fixtures and helpers for the PATCH tests. JSON in tests is written with single quotes ({@code {'op':'add'}}) so
 * tables stay readable; it is parsed into the same node types as the production mapper.
 */
final class PatchTesting {
  private PatchTesting() {}

  static final String ENTERPRISE = SchemaRegistry.ENTERPRISE_USER;
  static final SchemaRegistry REGISTRY = SchemaRegistry.standard();
  static final ResourceSchema USERS = REGISTRY.resourceSchema("User");
  static final ResourceSchema GROUPS = REGISTRY.resourceSchema("Group");

  private static final ObjectMapper RELAXED = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .nodeFactory(Json.NODES)
      .build();

  /** A trimmed RFC 7643 §8.2 "Barbara Jensen" with the enterprise extension. */
  static final String USER = """
      {'schemas':['urn:ietf:params:scim:schemas:core:2.0:User',
                  'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User'],
       'id':'2819c223-7f76-453a-919d-413861904646',
       'meta':{'resourceType':'User','created':'2010-01-23T04:56:22Z'},
       'userName':'bjensen',
       'name':{'familyName':'Jensen','givenName':'Barbara'},
       'active':true,
       'emails':[{'value':'bjensen@example.com','type':'work','primary':true},
                 {'value':'babs@jensen.org','type':'home'}],
       'addresses':[{'type':'work','streetAddress':'100 Universal City Plaza','locality':'Hollywood','primary':true},
                    {'type':'home','streetAddress':'456 Hollywood Blvd','locality':'Hollywood'}],
       'phoneNumbers':[{'value':'555-555-5555','type':'work'},{'value':'555-555-4444','type':'mobile'}],
       'groups':[{'value':'e9e30dba','display':'Tour Guides'}],
       'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User':{'employeeNumber':'701984',
                                                                     'manager':{'value':'26118915'}}}""";

  /** The RFC 7644 §3.5.2 group, with Babs and Mandy as members. */
  static final String GROUP = """
      {'schemas':['urn:ietf:params:scim:schemas:core:2.0:Group'],
       'id':'e9e30dba-f08f-4109-8486-d5c6a331660a',
       'displayName':'Tour Guides',
       'meta':{'resourceType':'Group'},
       'members':[{'value':'2819c223-7f76-453a-919d-413861904646','display':'Babs Jensen'},
                  {'value':'902c246b-6245-4190-8e05-00816be7344a','display':'Mandy Pepperidge'}]}""";

  static ObjectNode json(String relaxed) {
    try {
      return (ObjectNode) RELAXED.readTree(relaxed);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("bad test JSON: " + e.getOriginalMessage() + "\n" + relaxed, e);
    }
  }

  static JsonNode node(String relaxed) {
    try {
      return RELAXED.readTree(relaxed);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("bad test JSON: " + e.getOriginalMessage() + "\n" + relaxed, e);
    }
  }

  /** A PatchOp message around the given operations (a JSON array, single quotes allowed). */
  static JsonNode message(String operations) {
    return json("{'schemas':['urn:ietf:params:scim:api:messages:2.0:PatchOp'],'Operations':" + operations + "}");
  }

  static ResourceSchema schemaOf(ObjectNode resource) {
    return resource.path("schemas").toString().contains(":Group") ? GROUPS : USERS;
  }

  /** Parses and applies; findings of both steps are in the result. */
  static PatchResult patch(String resource, String operations, Leniency leniency) {
    ObjectNode r = json(resource);
    List<LintFinding> findings = new ArrayList<>();
    PatchRequest request = PatchParser.parse(message(operations), leniency, findings);
    PatchResult result = PatchEngine.apply(r, request, schemaOf(r), leniency);
    findings.addAll(result.findings());
    return new PatchResult(result.resource(), result.changed(), findings);
  }

  static PatchResult strict(String resource, String operations) {
    return patch(resource, operations, Leniency.STRICT);
  }

  static PatchResult lenient(String resource, String operations) {
    return patch(resource, operations, Leniency.LENIENT);
  }

  static ScimException rejected(String resource, String operations, Leniency leniency, ScimType expected) {
    ScimException e = assertThrows(ScimException.class, () -> patch(resource, operations, leniency));
    assertEquals(expected, e.scimType(), () -> "detail: " + e.detail());
    assertEquals(400, e.status());
    return e;
  }

  static List<String> rules(PatchResult result) {
    return result.findings().stream().map(LintFinding::rule).toList();
  }

  static void assertJson(String expectedRelaxed, JsonNode actual) {
    JsonNode expected = node(expectedRelaxed);
    assertEquals(expected, actual, () -> "expected " + Json.write(expected) + "\n but was " + Json.write(actual));
  }
}
