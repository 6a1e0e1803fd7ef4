package dev.scimharness.scim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProjectionTest {
  static final String CORE = SchemaRegistry.USER;
  static final String ENT = SchemaRegistry.ENTERPRISE_USER;
  static final ResourceSchema USERS = SchemaRegistry.standard().resourceSchema("User");

  /** A stored user in the shape of RFC 7643 §8.2, with the enterprise extension and a write-only password. */
  static final String STORED_USER = """
      {"schemas": ["%s", "%s"],
       "id": "2819c223-7f76-453a-919d-413861904646", "externalId": "701984", "userName": "bjensen@example.com",
       "name": {"formatted": "Ms. Barbara J Jensen, III", "familyName": "Jensen", "givenName": "Barbara"},
       "displayName": "Babs Jensen", "active": true, "password": "t1meMa$heen",
       "emails": [{"value": "bjensen@example.com", "type": "work", "primary": true},
                  {"value": "babs@jensen.org", "type": "home"}],
       "groups": [{"value": "e9e30dba-f08f-4109-8486-d5c6a331660a", "display": "Tour Guides"}],
       "%s": {"employeeNumber": "701984", "department": "Tour Operations",
              "manager": {"value": "26118915-6090-4610-87e4-49d8ca9f808d", "displayName": "John Smith"}},
       "meta": {"resourceType": "User", "created": "2010-01-23T04:56:22Z",
                "lastModified": "2011-05-13T04:42:34Z", "version": "W/\\"3694e05e9dff591\\"",
                "location": "https://example.com/v2/Users/2819c223-7f76-453a-919d-413861904646"}}
      """.formatted(CORE, ENT, ENT);

  private final JsonNode user = Json.parse(STORED_USER);

  private ObjectNode project(String attributes, String excluded) {
    return Projection.project(user, USERS, Projection.parseList(attributes), Projection.parseList(excluded));
  }

  private static List<String> keys(JsonNode node) {
    List<String> keys = new ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  @Test
  void withoutParametersEverythingButThePasswordIsReturned() {
    ObjectNode out = project(null, null);
    ObjectNode expected = user.deepCopy();
    expected.remove("password");
    assertEquals(expected, out);
  }

  @Test
  void attributesNarrowTheResponseToThoseNamedPlusTheAlwaysReturnedOnes() {
    assertEquals(List.of("schemas", "id", "userName"), keys(project("userName", null)));
  }

  @Test
  void passwordIsNotReturnedEvenWhenAskedFor() {
    assertEquals(List.of("schemas", "id"), keys(project("password", null)));
    assertFalse(project("password,userName", "").has("password"));
  }

  @Test
  void idAndSchemasAreReturnedEvenWhenExcluded() {
    ObjectNode out = project(null, "id,schemas,userName");
    assertTrue(out.has("id"));
    assertTrue(out.has("schemas"));
    assertFalse(out.has("userName"));
  }

  @Test
  void excludedAttributesRemoveOnlyThoseNamed() {
    ObjectNode out = project(null, "emails,meta," + ENT);
    assertEquals(List.of("schemas", "id", "externalId", "userName", "name", "displayName", "active", "groups"),
        keys(out));
  }

  @Test
  void subAttributeInAttributesReturnsOnlyThatSubAttribute() {
    assertEquals(Json.parse("{\"givenName\": \"Barbara\"}"), project("name.givenName", null).get("name"));
    assertEquals(Json.parse("[{\"value\": \"bjensen@example.com\"}, {\"value\": \"babs@jensen.org\"}]"),
        project("emails.value", null).get("emails"));
  }

  @Test
  void subAttributeInExcludedAttributesRemovesOnlyThatSubAttribute() {
    assertEquals(Json.parse("{\"formatted\": \"Ms. Barbara J Jensen, III\", \"familyName\": \"Jensen\"}"),
        project(null, "name.givenName").get("name"));
  }

  @Test
  void complexValueLeftWithoutSubAttributesIsDropped() {
    assertFalse(project(null, "name.givenName,name.familyName,name.formatted").has("name"));
  }

  @Test
  void namesMatchIgnoringCaseAndTheResponseKeepsTheStoredSpelling() {
    ObjectNode out = project("USERNAME,Name.GIVENNAME,urn:IETF:params:scim:schemas:extension:enterprise:2.0:user:EMPLOYEENUMBER",
        null);
    assertEquals(Json.parse("""
        {"schemas": ["%s", "%s"], "id": "2819c223-7f76-453a-919d-413861904646", "userName": "bjensen@example.com",
         "name": {"givenName": "Barbara"}, "%s": {"employeeNumber": "701984"}}
        """.formatted(CORE, ENT, ENT)), out);
  }

  @Test
  void coreAttributeMayBeQualifiedWithTheCoreUrn() {
    assertEquals(List.of("schemas", "id", "userName"), keys(project(CORE + ":userName", null)));
  }

  @Test
  void bareExtensionUrnInAttributesReturnsTheWholeExtension() {
    ObjectNode out = project(ENT, null);
    assertEquals(user.get(ENT), out.get(ENT));
    assertEquals(List.of("schemas", "id", ENT), keys(out));
  }

  @Test
  void bareCoreUrnInAttributesReturnsTheCoreAttributesButNoExtension() {
    ObjectNode out = project(CORE, null);
    assertFalse(out.has(ENT));
    assertTrue(out.has("userName"));
    assertFalse(out.has("password"));
  }

  @Test
  void extensionSubAttributeCanBeExcluded() {
    assertEquals(Json.parse("{\"value\": \"26118915-6090-4610-87e4-49d8ca9f808d\"}"),
        project(null, ENT + ":manager.displayName").get(ENT).get("manager"));
  }

  @Test
  void extensionContainerLeftEmptyIsDropped() {
    assertFalse(project("userName", null).has(ENT));
    assertFalse(project(null, ENT + ":employeeNumber," + ENT + ":department," + ENT + ":manager").has(ENT));
  }

  @Test
  void metaIsReturnedByDefaultAndItsSubAttributesCanBeAskedForAlone() {
    assertTrue(project(null, null).has("meta"));
    assertEquals(Json.parse("{\"lastModified\": \"2011-05-13T04:42:34Z\"}"), project("meta.lastModified", null)
        .get("meta"));
  }

  @Test
  void bothParametersTogetherSelectThenExclude() {
    assertEquals(List.of("schemas", "id", "userName"), keys(project("userName,emails", "emails")));
  }

  @Test
  void unknownNamesAreIgnored() {
    assertEquals(List.of("schemas", "id"), keys(project("shoeSize,name.shoeSize,urn:example:nope:x", null)));
    assertEquals(keys(project(null, null)), keys(project(null, "shoeSize")));
  }

  @Test
  void keysTheSchemaDoesNotDescribeAreNotReturned() {
    ((ObjectNode) user).put("internalTenant", "t-1");
    assertFalse(project(null, null).has("internalTenant"));
  }

  @Test
  void projectionDoesNotChangeTheStoredResource() {
    JsonNode copy = user.deepCopy();
    project("name.givenName", "id");
    assertEquals(copy, user);
  }

  // --- returned "request", which no standard attribute has ---

  private static final String BADGE = "urn:example:params:scim:schemas:extension:badge:2.0:User";

  private static ResourceSchema withRequestAttributes() {
    SchemaRegistry registry = SchemaRegistry.standard();
    Schema badge = registry.register(Json.parse("""
        {"id": "%s", "attributes": [
          {"name": "badgeId", "type": "string", "returned": "request"},
          {"name": "photo", "type": "complex", "subAttributes": [
            {"name": "value", "type": "string"},
            {"name": "thumbnail", "type": "string", "returned": "request"},
            {"name": "checksum", "type": "string", "returned": "always"}]}]}
        """.formatted(BADGE)));
    ResourceType type = new ResourceType("User", "", "/Users", CORE, List.of(new SchemaExtension(BADGE, false)));
    return new ResourceSchema(type, registry.schema(CORE).orElseThrow(), List.of(badge));
  }

  private static final JsonNode BADGED = Json.parse("""
      {"schemas": ["%s", "%s"], "id": "1", "userName": "b",
       "%s": {"badgeId": "B-1", "photo": {"value": "p", "thumbnail": "t", "checksum": "c"}}}
      """.formatted(CORE, BADGE, BADGE));

  private static JsonNode badge(String attributes, String excluded) {
    return Projection.project(BADGED, withRequestAttributes(), Projection.parseList(attributes),
        Projection.parseList(excluded)).get(BADGE);
  }

  @Test
  void requestAttributeIsNotReturnedByDefault() {
    assertEquals(Json.parse("{\"photo\": {\"value\": \"p\", \"checksum\": \"c\"}}"), badge(null, null));
  }

  @Test
  void requestAttributeIsReturnedWhenNamed() {
    assertEquals(Json.parse("{\"badgeId\": \"B-1\", \"photo\": {\"checksum\": \"c\"}}"),
        badge(BADGE + ":badgeId", null));
  }

  @Test
  void requestAttributeIsReturnedWhenItsSchemaIsNamed() {
    assertEquals(BADGED.get(BADGE), badge(BADGE, null));
  }

  @Test
  void requestSubAttributeIsReturnedWhenItOrItsParentIsNamed() {
    assertEquals(Json.parse("{\"photo\": {\"thumbnail\": \"t\", \"checksum\": \"c\"}}"),
        badge(BADGE + ":photo.thumbnail", null));
    assertEquals(Json.parse("{\"photo\": {\"value\": \"p\", \"thumbnail\": \"t\", \"checksum\": \"c\"}}"),
        badge(BADGE + ":photo", null));
  }

  @Test
  void excludedBeatsNamedForRequestAttributes() {
    assertEquals(Json.parse("{\"photo\": {\"checksum\": \"c\"}}"), badge(BADGE + ":badgeId", BADGE + ":badgeId"));
  }

  @Test
  void alwaysSubAttributeSurvivesItsParentsExclusion() {
    assertEquals(Json.parse("{\"photo\": {\"checksum\": \"c\"}}"), badge(null, BADGE + ":photo"));
  }

  // --- the parameter syntax ---

  @ParameterizedTest(name = "\"{0}\" parses as {1}")
  @CsvSource(delimiter = '|', textBlock = """
      userName                                     | userName
      ' userName , ,displayName,'                  | userName;displayName
      name.givenName,emails.value                  | name.givenName;emails.value
      members.$ref                                 | members.$ref
      urn:ietf:params:scim:schemas:core:2.0:User:userName | urn:ietf:params:scim:schemas:core:2.0:User:userName
      urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value | urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value
      urn:ietf:params:scim:schemas:extension:enterprise:2.0:User | urn:ietf:params:scim:schemas:extension:enterprise:2.0:User
      x-custom_2                                   | x-custom_2
      """)
  void attributeListsParseIntoPaths(String text, String expected) {
    List<String> paths = Projection.parseList(text).stream().map(AttributePath::toString).toList();
    assertEquals(List.of(expected.split(";")), paths);
  }

  @Test
  void absentOrBlankListIsEmpty() {
    assertTrue(Projection.parseList(null).isEmpty());
    assertTrue(Projection.parseList("").isEmpty());
    assertTrue(Projection.parseList(" , ").isEmpty());
  }

  @ParameterizedTest(name = "\"{0}\" is invalidValue")
  @ValueSource(strings = {"emails[type eq \"work\"]", "emails[type eq \"work\"].value", "name.givenName.x",
      "1abc", "user name", "name.", ".name", "urn:x:", "name..givenName", "émail", "userName eq \"b\"",
      "urn:a%b:name", "1urn:x:name", "urn::x:name"})
  void malformedAttributeNameIsInvalidValue(String text) {
    ScimException e = assertThrows(ScimException.class, () -> Projection.parseList(text));
    assertEquals(400, e.status());
    assertEquals(ScimType.invalidValue, e.scimType());
  }
}
