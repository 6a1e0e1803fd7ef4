package dev.scimharness.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.SchemaRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiscoveryChecksTest {
  private static final JsonNode SPC = Json.parse("""
      {"schemas":["urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"],
       "patch":{"supported":true},"bulk":{"supported":true,"maxOperations":10,"maxPayloadSize":1000},
       "filter":{"supported":true,"maxResults":100},"changePassword":{"supported":false},
       "sort":{"supported":true},"etag":{"supported":true},
       "authenticationSchemes":[{"type":"oauthbearertoken","name":"OAuth Bearer Token","description":"x"}]}
      """);

  @Test
  void aCompleteServiceProviderConfigHasNoProblems() {
    assertEquals(List.of(), DiscoveryChecks.serviceProviderConfig(SPC));
  }

  @Test
  void missingFlagsAndLimitsAreEachReported() {
    JsonNode spc = SPC.deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) spc.get("patch")).put("supported", "yes");
    ((com.fasterxml.jackson.databind.node.ObjectNode) spc.get("bulk")).remove("maxOperations");
    List<String> problems = DiscoveryChecks.serviceProviderConfig(spc);
    assertEquals(2, problems.size(), problems.toString());
    assertTrue(problems.get(0).contains("patch.supported"));
  }

  @Test
  void theProjectsOwnStandardSchemasAreWellFormed() {
    SchemaRegistry registry = SchemaRegistry.standard();
    for (String urn : List.of(SchemaRegistry.USER, SchemaRegistry.GROUP, SchemaRegistry.ENTERPRISE_USER)) {
      assertEquals(List.of(), DiscoveryChecks.schema(registry.schemaRepresentation(urn).orElseThrow()), urn);
    }
  }

  @Test
  void anAttributeWithAnUnknownCharacteristicIsReported() {
    JsonNode schema = Json.parse("""
        {"id":"urn:x","attributes":[{"name":"a","type":"text","multiValued":false,"required":false,
          "mutability":"readWrite","returned":"default"}]}
        """);
    assertEquals(1, DiscoveryChecks.schema(schema).size());
  }

  @Test
  void aResourceTypeNamingAnUnservedSchemaIsReported() {
    List<JsonNode> types = List.of(Json.parse("""
        {"name":"User","endpoint":"/Users","schema":"urn:ietf:params:scim:schemas:core:2.0:User",
         "schemaExtensions":[{"schema":"urn:missing","required":false}]}
        """));
    List<JsonNode> schemas = List.of(Json.parse("{\"id\":\"urn:ietf:params:scim:schemas:core:2.0:User\"}"));
    List<String> problems = DiscoveryChecks.resourceTypesAgainstSchemas(types, schemas);
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).contains("urn:missing"));
  }

  @Test
  void anEndpointWithOrWithoutALeadingSlashIsRelativeAndAnAbsoluteUrlIsNot() {
    List<JsonNode> schemas = List.of(Json.parse("{\"id\":\"urn:ietf:params:scim:schemas:core:2.0:User\"}"));
    for (String endpoint : List.of("/Users", "Users")) {
      List<JsonNode> types = List.of(Json.parse("{\"name\":\"User\",\"endpoint\":\"" + endpoint
          + "\",\"schema\":\"urn:ietf:params:scim:schemas:core:2.0:User\"}"));
      assertEquals(List.of(), DiscoveryChecks.resourceTypesAgainstSchemas(types, schemas), endpoint);
    }
    List<JsonNode> absolute = List.of(Json.parse("{\"name\":\"User\",\"endpoint\":\"https://idp.example/Users\","
        + "\"schema\":\"urn:ietf:params:scim:schemas:core:2.0:User\"}"));
    assertEquals(1, DiscoveryChecks.resourceTypesAgainstSchemas(absolute, schemas).size());
  }

  @Test
  void attributeDefinitionsAreFoundByNameAndSubAttributeIgnoringCase() {
    JsonNode user = SchemaRegistry.standard().schemaRepresentation(SchemaRegistry.USER).orElseThrow();
    assertEquals("server", DiscoveryChecks.attribute(user, "USERNAME").get("uniqueness").asText());
    assertEquals("boolean", DiscoveryChecks.attribute(user, "emails.primary").get("type").asText());
    assertEquals(null, DiscoveryChecks.attribute(user, "emails.nothing"));
    assertEquals(null, DiscoveryChecks.attribute(user, "nothing"));
  }
}
