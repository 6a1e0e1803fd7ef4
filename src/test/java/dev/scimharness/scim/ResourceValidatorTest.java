package dev.scimharness.scim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.lint.LintFinding;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ResourceValidatorTest {
  private static final String CORE = SchemaRegistry.USER;
  private static final String ENT = SchemaRegistry.ENTERPRISE_USER;
  private static final String BADGE = "urn:example:params:scim:schemas:extension:badge:2.0:User";
  private static final SchemaRegistry REGISTRY = SchemaRegistry.standard();
  private static final ResourceSchema USERS = REGISTRY.resourceSchema("User");
  private static final ResourceSchema GROUPS = REGISTRY.resourceSchema("Group");
  /** Users with an extension holding immutable attributes, which the standard schemas do not have. */
  private static final ResourceSchema BADGED = badgedUsers(false);

  private static ResourceSchema badgedUsers(boolean extensionRequired) {
    Schema badge = REGISTRY.register(Json.parse("""
        {"id": "%s", "name": "Badge", "attributes": [
          {"name": "badgeId", "type": "string", "mutability": "immutable", "caseExact": false},
          {"name": "clearance", "type": "complex", "subAttributes": [
            {"name": "level", "type": "integer", "mutability": "immutable"},
            {"name": "note", "type": "string"}]},
          {"name": "issuer", "type": "string", "required": true}]}
        """.formatted(BADGE)));
    ResourceType type = new ResourceType("User", "", "/Users", CORE, List.of(new SchemaExtension(BADGE,
        extensionRequired)));
    return new ResourceSchema(type, REGISTRY.schema(CORE).orElseThrow(), List.of(badge));
  }

  private static ValidatedResource create(String body, Leniency leniency) {
    return ResourceValidator.forCreate(Json.parse(body), USERS, leniency);
  }

  private static ScimException rejectedCreate(ResourceSchema schema, String body, Leniency leniency) {
    return assertThrows(ScimException.class, () -> ResourceValidator.forCreate(Json.parse(body), schema, leniency));
  }

  private static ScimException rejectedReplace(ResourceSchema schema, String body, String existing) {
    return assertThrows(ScimException.class,
        () -> ResourceValidator.forReplace(Json.parse(body), Json.parse(existing), schema, Leniency.LENIENT));
  }

  private static void assertError(ScimException e, int status, ScimType type) {
    assertEquals(status, e.status(), e.detail());
    assertEquals(type, e.scimType(), e.detail());
  }

  private static List<String> rules(ValidatedResource r) {
    return r.findings().stream().map(LintFinding::rule).toList();
  }

  @Test
  void validUserIsStoredWithTheSchemasSpellingOfEveryName() {
    ValidatedResource r = create("""
        {"SCHEMAS": ["URN:IETF:PARAMS:SCIM:SCHEMAS:CORE:2.0:USER", "%s"],
         "USERNAME": "bjensen", "Name": {"GivenName": "Barbara", "FAMILYNAME": "Jensen"},
         "emails": [{"VALUE": "bjensen@example.com", "Primary": true}],
         "URN:ietf:params:scim:schemas:extension:enterprise:2.0:user": {"EmployeeNumber": "701984"}}
        """.formatted(ENT.toUpperCase()), Leniency.STRICT);
    assertEquals(Json.parse("""
        {"schemas": ["%s", "%s"], "userName": "bjensen", "name": {"givenName": "Barbara", "familyName": "Jensen"},
         "emails": [{"value": "bjensen@example.com", "primary": true}],
         "%s": {"employeeNumber": "701984"}}
        """.formatted(CORE, ENT, ENT)), r.resource());
    assertTrue(r.findings().isEmpty());
  }

  @ParameterizedTest(name = "body {0} is invalidSyntax")
  @ValueSource(strings = {"[]", "\"bjensen\"", "42", "null", "true"})
  void bodyThatIsNotAJsonObjectIsInvalidSyntax(String body) {
    for (Leniency l : Leniency.values()) {
      assertError(rejectedCreate(USERS, body, l), 400, ScimType.invalidSyntax);
    }
  }

  @Test
  void missingSchemasIsInvalidValueInStrictMode() {
    assertError(rejectedCreate(USERS, "{\"userName\": \"bjensen\"}", Leniency.STRICT), 400, ScimType.invalidValue);
  }

  @Test
  void missingSchemasIsAddedAndReportedInLenientMode() {
    ValidatedResource r = create("{\"userName\": \"bjensen\"}", Leniency.LENIENT);
    assertEquals(Json.parse("[\"" + CORE + "\"]"), r.resource().get("schemas"));
    assertEquals(List.of("missing-schemas"), rules(r));
  }

  @Test
  void schemasWithoutTheCoreUrnIsInvalidValueInStrictMode() {
    String body = "{\"schemas\": [\"" + ENT + "\"], \"userName\": \"bjensen\"}";
    assertError(rejectedCreate(USERS, body, Leniency.STRICT), 400, ScimType.invalidValue);
    ValidatedResource r = create(body, Leniency.LENIENT);
    assertEquals(Json.parse("[\"" + CORE + "\", \"" + ENT + "\"]"), r.resource().get("schemas"));
    assertEquals(List.of("missing-schemas"), rules(r));
  }

  @Test
  void schemasAsASingleStringIsInvalidValueInStrictModeAndWrappedInLenientMode() {
    String body = "{\"schemas\": \"" + CORE + "\", \"userName\": \"bjensen\"}";
    assertError(rejectedCreate(USERS, body, Leniency.STRICT), 400, ScimType.invalidValue);
    assertEquals(List.of("single-value-for-multi-valued"), rules(create(body, Leniency.LENIENT)));
  }

  @Test
  void unknownSchemaUrnIsInvalidValueInStrictModeAndDroppedInLenientMode() {
    // Entra's group push lists a Microsoft schema next to the core one.
    String body = """
        {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group",
                     "http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group"],
         "externalId": "8aa1a0c0", "displayName": "displayName", "meta": {"resourceType": "Group"}}
        """;
    assertError(rejectedCreate(GROUPS, body, Leniency.STRICT), 400, ScimType.invalidValue);
    ValidatedResource r = ResourceValidator.forCreate(Json.parse(body), GROUPS, Leniency.LENIENT);
    assertEquals(Json.parse("""
        {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"], "externalId": "8aa1a0c0",
         "displayName": "displayName"}
        """), r.resource());
    assertEquals(List.of("unknown-schema"), rules(r));
  }

  @Test
  void schemaListedTwiceIsInvalidValueInStrictModeAndListedOnceInLenientMode() {
    String body = "{\"schemas\": [\"" + CORE + "\", \"" + CORE.toLowerCase() + "\"], \"userName\": \"b\"}";
    assertError(rejectedCreate(USERS, body, Leniency.STRICT), 400, ScimType.invalidValue);
    ValidatedResource r = create(body, Leniency.LENIENT);
    assertEquals(1, r.resource().get("schemas").size());
    assertEquals(List.of("duplicate-schema"), rules(r));
  }

  @ParameterizedTest
  @EnumSource(Leniency.class)
  void extensionContainerNotListedInSchemasIsAddedAndReportedInEveryMode(Leniency leniency) {
    ValidatedResource r = create("""
        {"schemas": ["%s"], "userName": "bjensen", "%s": {"department": "Tour Operations"}}
        """.formatted(CORE, ENT), leniency);
    assertEquals(Json.parse("[\"" + CORE + "\", \"" + ENT + "\"]"), r.resource().get("schemas"));
    assertEquals(List.of("extension-not-in-schemas"), rules(r));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "{\"schemas\": [\"" + CORE + "\"]}",
      "{\"schemas\": [\"" + CORE + "\"], \"userName\": null}",
      "{\"schemas\": [\"" + CORE + "\"], \"userName\": \"\"}",
      "{\"schemas\": [\"" + CORE + "\"], \"userName\": \"   \"}",
      "{\"schemas\": [\"" + CORE + "\"], \"id\": \"2819c223\", \"displayName\": \"Babs\"}"})
  void userWithoutAUserNameIsInvalidValue(String body) {
    for (Leniency l : Leniency.values()) {
      ScimException e = rejectedCreate(USERS, body, l);
      assertError(e, 400, ScimType.invalidValue);
      assertTrue(e.detail().contains("userName"), e.detail());
    }
  }

  @Test
  void groupWithoutADisplayNameIsInvalidValue() {
    String body = "{\"schemas\": [\"" + SchemaRegistry.GROUP + "\"], \"members\": []}";
    assertError(rejectedCreate(GROUPS, body, Leniency.LENIENT), 400, ScimType.invalidValue);
  }

  @Test
  void attributeOfTheWrongTypeIsInvalidValueNamingIt() {
    ScimException e = rejectedCreate(USERS, "{\"schemas\": [\"" + CORE + "\"], \"userName\": \"b\", \"active\": \"yes\"}",
        Leniency.LENIENT);
    assertError(e, 400, ScimType.invalidValue);
    assertTrue(e.detail().contains("'active'"), e.detail());
  }

  @Test
  void extensionAttributeOfTheWrongTypeIsInvalidValueNamingItWithItsUrn() {
    ScimException e = rejectedCreate(USERS, """
        {"schemas": ["%s", "%s"], "userName": "b", "%s": {"employeeNumber": 701984}}
        """.formatted(CORE, ENT, ENT), Leniency.STRICT);
    assertError(e, 400, ScimType.invalidValue);
    assertTrue(e.detail().contains(ENT + ":employeeNumber"), e.detail());
  }

  @Test
  void stringBooleanIsCoercedAndReportedInLenientMode() {
    ValidatedResource r = create("{\"schemas\": [\"" + CORE + "\"], \"userName\": \"b\", \"active\": \"False\"}",
        Leniency.LENIENT);
    assertFalse(r.resource().get("active").booleanValue());
    assertEquals(List.of("string-boolean"), rules(r));
  }

  @Test
  void unknownAttributeIsInvalidValueInStrictModeAndDroppedInLenientMode() {
    String body = "{\"schemas\": [\"" + CORE + "\"], \"userName\": \"b\", \"shoeSize\": 42}";
    ScimException e = rejectedCreate(USERS, body, Leniency.STRICT);
    assertError(e, 400, ScimType.invalidValue);
    assertTrue(e.detail().contains("shoeSize"), e.detail());
    ValidatedResource r = create(body, Leniency.LENIENT);
    assertNull(r.resource().get("shoeSize"));
    assertEquals(List.of("unknown-attribute"), rules(r));
  }

  @Test
  void unknownAttributeInsideAnExtensionIsInvalidValueInStrictModeAndDroppedInLenientMode() {
    String body = """
        {"schemas": ["%s", "%s"], "userName": "b", "%s": {"department": "Ops", "shoeSize": 42}}
        """.formatted(CORE, ENT, ENT);
    assertError(rejectedCreate(USERS, body, Leniency.STRICT), 400, ScimType.invalidValue);
    ValidatedResource r = create(body, Leniency.LENIENT);
    assertEquals(Json.parse("{\"department\": \"Ops\"}"), r.resource().get(ENT));
    assertEquals(List.of("unknown-attribute"), rules(r));
  }

  @Test
  void extensionThatIsNotAnObjectIsInvalidValue() {
    String body = "{\"schemas\": [\"" + CORE + "\"], \"userName\": \"b\", \"" + ENT + "\": \"Ops\"}";
    assertError(rejectedCreate(USERS, body, Leniency.LENIENT), 400, ScimType.invalidValue);
  }

  @Test
  void attributeGivenTwiceInDifferentCaseIsInvalidSyntax() {
    String body = "{\"schemas\": [\"" + CORE + "\"], \"userName\": \"a\", \"USERNAME\": \"b\"}";
    assertError(rejectedCreate(USERS, body, Leniency.LENIENT), 400, ScimType.invalidSyntax);
  }

  @Test
  void idAndMetaAreServerOwnedAndIgnoredWithoutAFinding() {
    ValidatedResource r = create("""
        {"schemas": ["%s"], "id": "2819c223", "userName": "b",
         "meta": {"resourceType": "User", "created": "2010-01-23T04:56:22Z"}}
        """.formatted(CORE), Leniency.STRICT);
    assertEquals(Json.parse("{\"schemas\": [\"" + CORE + "\"], \"userName\": \"b\"}"), r.resource());
    assertTrue(r.findings().isEmpty());
  }

  @Test
  void readOnlyValuesAreIgnoredEvenWhenIllTyped() {
    ValidatedResource r = create("""
        {"schemas": ["%s"], "userName": "b", "id": 7, "meta": "yesterday", "groups": "admins"}
        """.formatted(CORE), Leniency.STRICT);
    assertEquals(Json.parse("{\"schemas\": [\"" + CORE + "\"], \"userName\": \"b\"}"), r.resource());
  }

  @Test
  void groupsSentOnAUserAreIgnoredAndReported() {
    ValidatedResource r = create("""
        {"schemas": ["%s"], "userName": "b", "groups": [{"value": "e9e30dba", "display": "Tour Guides"}]}
        """.formatted(CORE), Leniency.STRICT);
    assertNull(r.resource().get("groups"));
    assertEquals(List.of("read-only-attribute-sent"), rules(r));
    assertEquals("RFC 7643 §7", r.findings().get(0).section());
  }

  @Test
  void emptyGroupsAsOktaSendsThemAreIgnoredWithoutAFinding() {
    ValidatedResource r = create("""
        {"schemas": ["%s"], "userName": "test.user@okta.local",
         "name": {"givenName": "Test", "familyName": "User"},
         "emails": [{"primary": true, "value": "test.user@okta.local", "type": "work"}],
         "displayName": "Test User", "locale": "en-US", "externalId": "00ujl29u0le5T6Aj10h7",
         "groups": [], "password": "1mz050nq", "active": true}
        """.formatted(CORE), Leniency.STRICT);
    assertTrue(r.findings().isEmpty());
    assertNull(r.resource().get("groups"));
  }

  @Test
  void passwordIsWriteOnlyAndKeptForStorageAndExternalIdBelongsToTheClient() {
    ValidatedResource r = create("""
        {"schemas": ["%s"], "userName": "b", "password": "t1meMa$heen", "externalId": "00ujl29u"}
        """.formatted(CORE), Leniency.STRICT);
    assertEquals("t1meMa$heen", r.resource().get("password").textValue());
    assertEquals("00ujl29u", r.resource().get("externalId").textValue());
  }

  @Test
  void readOnlySubAttributeIsRemovedAndReportedWhileItsSiblingsStay() {
    ValidatedResource r = create("""
        {"schemas": ["%s", "%s"], "userName": "b",
         "%s": {"manager": {"value": "26118915", "displayName": "John Smith"}}}
        """.formatted(CORE, ENT, ENT), Leniency.STRICT);
    assertEquals(Json.parse("{\"manager\": {\"value\": \"26118915\"}}"), r.resource().get(ENT));
    assertEquals(List.of("read-only-attribute-sent"), rules(r));
  }

  @Test
  void unassignedValuesAreNotStored() {
    ValidatedResource r = create("""
        {"schemas": ["%s", "%s"], "userName": "b", "nickName": null, "emails": [], "name": {"givenName": null},
         "%s": {}}
        """.formatted(CORE, ENT, ENT), Leniency.STRICT);
    assertEquals(Json.parse("{\"schemas\": [\"" + CORE + "\", \"" + ENT + "\"], \"userName\": \"b\"}"), r.resource());
  }

  @Test
  void twoPrimaryEmailsAreInvalidValue() {
    String body = """
        {"schemas": ["%s"], "userName": "b",
         "emails": [{"value": "a@x.com", "primary": true}, {"value": "b@x.com", "primary": true}]}
        """.formatted(CORE);
    assertError(rejectedCreate(USERS, body, Leniency.LENIENT), 400, ScimType.invalidValue);
  }

  @Test
  void emailsAsOneObjectAreWrappedInLenientModeAndInvalidValueInStrictMode() {
    String body = "{\"schemas\": [\"" + CORE + "\"], \"userName\": \"b\", \"emails\": {\"value\": \"b@x.com\"}}";
    assertError(rejectedCreate(USERS, body, Leniency.STRICT), 400, ScimType.invalidValue);
    ValidatedResource r = create(body, Leniency.LENIENT);
    assertEquals(Json.parse("[{\"value\": \"b@x.com\"}]"), r.resource().get("emails"));
  }

  @Test
  void requiredExtensionMissingIsInvalidValue() {
    String body = "{\"schemas\": [\"" + CORE + "\"], \"userName\": \"b\"}";
    assertError(rejectedCreate(badgedUsers(true), body, Leniency.LENIENT), 400, ScimType.invalidValue);
  }

  @Test
  void requiredAttributeOfAnExtensionInUseIsEnforced() {
    String body = """
        {"schemas": ["%s", "%s"], "userName": "b", "%s": {"badgeId": "B-1"}}
        """.formatted(CORE, BADGE, BADGE);
    ScimException e = rejectedCreate(BADGED, body, Leniency.LENIENT);
    assertError(e, 400, ScimType.invalidValue);
    assertTrue(e.detail().contains("issuer"), e.detail());
  }

  @Test
  void immutableValuesAreAcceptedOnCreate() {
    ValidatedResource r = ResourceValidator.forCreate(Json.parse(badged("B-1", 3)), BADGED, Leniency.STRICT);
    assertEquals("B-1", r.resource().get(BADGE).get("badgeId").textValue());
  }

  // --- replace (PUT) ---

  private static String badged(String badgeId, Integer level) {
    String badge = badgeId == null ? "" : "\"badgeId\": \"" + badgeId + "\", ";
    String clearance = level == null ? "" : "\"clearance\": {\"level\": " + level + ", \"note\": \"n\"}, ";
    return """
        {"schemas": ["%s", "%s"], "id": "2819c223", "userName": "bjensen",
         "%s": {%s%s"issuer": "HQ"}}
        """.formatted(CORE, BADGE, BADGE, badge, clearance);
  }

  private static ValidatedResource replace(ResourceSchema schema, String body, String existing) {
    return ResourceValidator.forReplace(Json.parse(body), Json.parse(existing), schema, Leniency.STRICT);
  }

  @Test
  void replaceDropsAttributesTheBodyLeavesOut() {
    String existing = "{\"schemas\": [\"" + CORE + "\"], \"id\": \"1\", \"userName\": \"b\", \"title\": \"Guide\","
        + " \"nickName\": \"Babs\"}";
    ValidatedResource r = replace(USERS, "{\"schemas\": [\"" + CORE + "\"], \"userName\": \"b\", \"title\": \"Boss\"}",
        existing);
    assertEquals(Json.parse("{\"schemas\": [\"" + CORE + "\"], \"userName\": \"b\", \"title\": \"Boss\"}"),
        r.resource());
  }

  @Test
  void changedImmutableValueOnReplaceIsMutability() {
    ScimException e = rejectedReplace(BADGED, badged("B-2", 3), badged("B-1", 3));
    assertError(e, 400, ScimType.mutability);
    assertTrue(e.detail().contains("badgeId"), e.detail());
  }

  @Test
  void immutableValueRepeatedOnReplaceIsAcceptedIgnoringCaseWhenNotCaseExact() {
    ValidatedResource r = replace(BADGED, badged("b-1", 3), badged("B-1", 3));
    assertEquals("b-1", r.resource().get(BADGE).get("badgeId").textValue());
  }

  @Test
  void immutableValueMayBeSetOnReplaceWhenItHadNone() {
    ValidatedResource r = replace(BADGED, badged("B-1", 3), badged(null, 3));
    assertEquals("B-1", r.resource().get(BADGE).get("badgeId").textValue());
  }

  @Test
  void immutableValueLeftOutOfAReplaceIsMutability() {
    assertError(rejectedReplace(BADGED, badged(null, 3), badged("B-1", 3)), 400, ScimType.mutability);
  }

  @Test
  void changedImmutableSubAttributeOfASingleValuedComplexAttributeIsMutability() {
    ScimException e = rejectedReplace(BADGED, badged("B-1", 4), badged("B-1", 3));
    assertError(e, 400, ScimType.mutability);
    assertTrue(e.detail().contains("clearance.level"), e.detail());
  }

  @Test
  void groupMembersMayBeReplacedAlthoughTheirSubAttributesAreImmutable() {
    String existing = """
        {"schemas": ["%s"], "id": "g1", "displayName": "Tour Guides", "members": [{"value": "2819c223"}]}
        """.formatted(SchemaRegistry.GROUP);
    String body = """
        {"schemas": ["%s"], "displayName": "Tour Guides", "members": [{"value": "902c246b"}]}
        """.formatted(SchemaRegistry.GROUP);
    ValidatedResource r = replace(GROUPS, body, existing);
    assertEquals(Json.parse("[{\"value\": \"902c246b\"}]"), r.resource().get("members"));
  }

  @Test
  void readOnlyValuesEchoedBackByReadModifyWriteAreIgnoredWithoutAFinding() {
    String existing = """
        {"schemas": ["%s"], "id": "2819c223", "userName": "b",
         "groups": [{"value": "e9e30dba", "display": "Tour Guides"}],
         "meta": {"resourceType": "User", "version": "W/\\"3\\""}}
        """.formatted(CORE);
    ValidatedResource r = replace(USERS, existing, existing);
    assertEquals(Json.parse("{\"schemas\": [\"" + CORE + "\"], \"userName\": \"b\"}"), r.resource());
    assertTrue(r.findings().isEmpty(), r.findings().toString());
  }

  @Test
  void readOnlyValueThatDiffersFromTheStoredOneIsReportedOnReplace() {
    String existing = "{\"schemas\": [\"" + CORE + "\"], \"id\": \"1\", \"userName\": \"b\"}";
    String body = "{\"schemas\": [\"" + CORE + "\"], \"userName\": \"b\", \"groups\": [{\"value\": \"g1\"}]}";
    assertEquals(List.of("read-only-attribute-sent"), rules(replace(USERS, body, existing)));
  }

  @Test
  void replaceWithMissingRequiredAttributeIsInvalidValue() {
    String existing = "{\"schemas\": [\"" + CORE + "\"], \"id\": \"1\", \"userName\": \"b\"}";
    ScimException e = rejectedReplace(USERS, "{\"schemas\": [\"" + CORE + "\"], \"title\": \"Boss\"}", existing);
    assertError(e, 400, ScimType.invalidValue);
  }

  @Test
  void validationDoesNotChangeTheBody() {
    JsonNode body = Json.parse("""
        {"schemas": ["%s"], "UserName": "b", "id": "1", "active": "True", "emails": {"value": "b@x.com"}}
        """.formatted(CORE));
    JsonNode copy = body.deepCopy();
    ResourceValidator.forCreate(body, USERS, Leniency.LENIENT);
    assertEquals(copy, body);
  }
}
