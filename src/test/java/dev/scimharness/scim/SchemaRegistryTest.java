package dev.scimharness.scim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SchemaRegistryTest {
  private final SchemaRegistry registry = SchemaRegistry.standard();

  @Test
  void standardRegistryHoldsTheSixRfcSchemasTheServicePrincipalsTwoAndThreeResourceTypes() {
    assertEquals(8, registry.schemas().size());
    assertEquals(java.util.List.of("User", "Group", "ServicePrincipal"),
        registry.resourceTypes().stream().map(ResourceType::name).toList());
    ResourceSchema principals = registry.resourceSchema("ServicePrincipal");
    assertEquals(Returned.REQUEST, principals.coreAttribute("publicKey").orElseThrow().returned());
    assertEquals(Uniqueness.SERVER, principals.coreAttribute("applicationId").orElseThrow().uniqueness());
    assertTrue(principals.resourceType().schemaExtensions().get(0).required());
  }

  @Test
  void passwordIsWriteOnlyAndNeverReturned() {
    AttributeDefinition password = registry.schema(SchemaRegistry.USER).orElseThrow().attribute("password").orElseThrow();
    assertEquals(Mutability.WRITE_ONLY, password.mutability());
    assertEquals(Returned.NEVER, password.returned());
  }

  @Test
  void attributeNamesResolveIgnoringCase() {
    ResourceSchema users = registry.resourceSchema("User");
    ResolvedAttribute r = users.resolve(AttributePath.parse("NAME.GivenName")).orElseThrow();
    assertEquals("givenName", r.definition().name());
    assertFalse(r.inExtension());
  }

  @Test
  void urnQualifiedExtensionAttributeResolvesIntoItsContainer() {
    ResourceSchema users = registry.resourceSchema("user");
    ResolvedAttribute r = users.resolve(
        AttributePath.parse("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value")).orElseThrow();
    assertEquals(SchemaRegistry.ENTERPRISE_USER, r.extensionUrn());
    assertEquals("value", r.definition().name());
  }

  @Test
  void coreAttributeResolvesWithItsOwnUrn() {
    ResourceSchema users = registry.resourceSchema("User");
    assertTrue(users.resolve(AttributePath.parse("urn:ietf:params:scim:schemas:core:2.0:User:userName")).isPresent());
  }

  @Test
  void unknownAttributeOrSchemaDoesNotResolve() {
    ResourceSchema users = registry.resourceSchema("User");
    assertTrue(users.resolve(AttributePath.parse("shoeSize")).isEmpty());
    assertTrue(users.resolve(AttributePath.parse("urn:example:nope:shoeSize")).isEmpty());
    assertTrue(users.resolve(AttributePath.parse("name.shoeSize")).isEmpty());
  }

  @Test
  void commonAttributesResolveForEveryResourceType() {
    ResourceSchema groups = registry.resourceSchema("Group");
    assertEquals(Returned.ALWAYS, groups.resolve(AttributePath.of("id")).orElseThrow().definition().returned());
    assertEquals(Mutability.READ_ONLY, groups.resolve(AttributePath.of("meta", "created")).orElseThrow().definition().mutability());
  }

  @Test
  void scimTypeKeywordsAreSpelledAsTable9() {
    assertEquals("invalidVers", ScimType.invalidVers.name());
    assertEquals(13, ScimType.values().length); // Table 9's ten and RFC 9865 §2.1's three
    assertEquals(400, ScimType.expiredCursor.status());
    assertEquals(409, ScimType.uniqueness.status());
  }
}
