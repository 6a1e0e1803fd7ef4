package dev.scimharness.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.scim.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks behind the RFC 7643 §2–§3 scenarios, each shown to catch the broken answer it exists for. */
class ResourceShapeChecksTest {
  private static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";
  private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

  @Test
  void attributeNamesFollowTheAbnfExceptRefAndExtensionContainers() {
    JsonNode ok = Json.parse("""
        {"schemas":["%s","%s"],"id":"1","user_name-2":"x","members":[{"value":"1","$ref":"../Users/1"}],
         "%s":{"employeeNumber":"7"}}""".formatted(USER, ENTERPRISE, ENTERPRISE));
    assertEquals(List.of(), AttributeNames.violations(ok));
    JsonNode bad = Json.parse("""
        {"schemas":["%s"],"2fa":true,"name":{"given name":"A"},"emails":[{"e-mail.value":"a"}],
         "urn:example:unlisted":{"x":1},"$ref":"x"}""".formatted(USER));
    assertEquals(List.of("2fa", "name.given name", "emails.e-mail.value", "urn:example:unlisted", "$ref"),
        AttributeNames.violations(bad));
  }

  @Test
  void schemasMustBeANonEmptyListOfDistinctAbsoluteUris() {
    assertEquals(List.of(), SchemasAttribute.shapeProblems(Json.parse("{\"schemas\":[\"" + USER + "\"]}")));
    assertEquals(1, SchemasAttribute.shapeProblems(Json.parse("{\"schemas\":[]}")).size());
    assertEquals(1, SchemasAttribute.shapeProblems(Json.parse("{\"schemas\":\"" + USER + "\"}")).size());
    assertEquals(1, SchemasAttribute.shapeProblems(Json.parse("{}")).size());
    assertEquals(List.of("the value \"" + USER.toUpperCase() + "\" is listed more than once"),
        SchemasAttribute.shapeProblems(Json.parse("{\"schemas\":[\"" + USER + "\",\"" + USER.toUpperCase() + "\"]}")));
    assertEquals(1, SchemasAttribute.shapeProblems(Json.parse("{\"schemas\":[\"User\"]}")).size());
  }

  @Test
  void schemasOutsideTheResourceTypeAreNamed() {
    JsonNode rt = Json.parse("""
        {"name":"User","schema":"%s","schemaExtensions":[{"schema":"%s","required":false}]}"""
        .formatted(USER, ENTERPRISE));
    List<String> allowed = SchemasAttribute.ofResourceType(rt);
    assertEquals(List.of(USER, ENTERPRISE), allowed);
    assertEquals(List.of(), SchemasAttribute.outside(Json.parse("{\"schemas\":[\"" + ENTERPRISE + "\"]}"), allowed));
    assertEquals(List.of("urn:ietf:params:scim:schemas:core:2.0:Group"), SchemasAttribute.outside(
        Json.parse("{\"schemas\":[\"" + USER + "\",\"urn:ietf:params:scim:schemas:core:2.0:Group\"]}"), allowed));
  }

  @Test
  void base64IsRfc4648SectionFourWithOptionalPadding() {
    assertTrue(Base64Value.sameBytes("c2NpbS1oYXJuZXNzLXg1MDk=", "c2NpbS1oYXJuZXNzLXg1MDk"));
    assertTrue(Base64Value.decode("").isPresent());
    assertFalse(Base64Value.decode("c2NpbS1o-XJu_XNz").isPresent(), "base64url alphabet");
    assertFalse(Base64Value.decode("c2Np bS1o").isPresent(), "white space");
    assertFalse(Base64Value.decode("c2NpbS1oYXJuZXNzLXg1MDk==").isPresent(), "too much padding");
    assertFalse(Base64Value.decode("c2NpbS1").isPresent() && Base64Value.decode("c").isPresent(), "one char left over");
    assertFalse(Base64Value.decode("c").isPresent());
    assertFalse(Base64Value.sameBytes("c2NpbS1oYXJuZXNzLXg1MDk=", "c2NpbS1oYXJuZXNzLXg1MDg="), "other bytes");
  }

  @Test
  void entityTagsHaveAnExactWeakPrefix() {
    assertTrue(EntityTag.isValid("W/\"3694e05e9dff590\""));
    assertTrue(EntityTag.isValid("\"3694e05e9dff590\""));
    assertFalse(EntityTag.isValid("w/\"3694e05e9dff590\""), "lower-case weak prefix");
    assertFalse(EntityTag.isValid("W/3694e05e9dff590"), "unquoted");
    assertFalse(EntityTag.isValid("3694e05e9dff590"));
    assertFalse(EntityTag.isValid("\"a\"b\""));
  }

  @Test
  void servedSchemasAreJudgedForTypesNestingRedefinitionAndCommonAttributes() {
    JsonNode core = Json.parse("""
        {"id":"%s","attributes":[{"name":"userName","type":"string"},
          {"name":"name","type":"complex","subAttributes":[{"name":"givenName","type":"string"}]}]}"""
        .formatted(USER));
    assertEquals(List.of(), SchemaShapes.unknownTypes(core));
    assertEquals(List.of(), SchemaShapes.nestedComplex(core));
    JsonNode odd = Json.parse("""
        {"id":"urn:example:ext","attributes":[{"name":"userName","type":"text"},{"name":"id","type":"string",
          "caseExact":false,"mutability":"readOnly","returned":"always"},
          {"name":"meta","type":"complex","subAttributes":[{"name":"created","type":"dateTime","mutability":"readWrite"}]},
          {"name":"addr","type":"complex","subAttributes":[{"name":"geo","type":"complex",
            "subAttributes":[{"name":"lat","type":"decimal"}]}]}]}""");
    assertEquals(List.of("urn:example:ext: userName: type \"text\""), SchemaShapes.unknownTypes(odd));
    assertEquals(List.of("urn:example:ext: addr.geo: a complex sub-attribute"), SchemaShapes.nestedComplex(odd));
    assertEquals(List.of("urn:example:ext: userName: redefines an attribute of " + USER,
        "urn:example:ext: id: redefines an attribute of " + USER,
        "urn:example:ext: meta: redefines an attribute of " + USER), SchemaShapes.redefinitions(odd, core));
    List<String> common = SchemaShapes.commonAttributeConflicts(odd);
    assertEquals(2, common.size(), common.toString());
    assertTrue(common.stream().anyMatch(p -> p.contains("id: caseExact")), common.toString());
    assertTrue(common.stream().anyMatch(p -> p.contains("meta.created: mutability")), common.toString());
    JsonNode schemaSchema = Json.parse("""
        {"id":"urn:ietf:params:scim:schemas:core:2.0:Schema","attributes":[{"name":"id","type":"string",
          "returned":"default"},{"name":"attributes","type":"complex","subAttributes":[{"name":"subAttributes",
          "type":"complex"}]}]}""");
    assertEquals(List.of(), SchemaShapes.nestedComplex(schemaSchema), "RFC 7643 §8.7.2's own shape");
    assertEquals(List.of(), SchemaShapes.commonAttributeConflicts(schemaSchema), "§3.1 exempts discovery");
  }

  @Test
  void integersWithAFractionOrAnExponentAreNamed() {
    // Parsed as ScimResponse parses an answer (Json.MAPPER).
    JsonNode spc = Json.parse("""
        {"filter":{"maxResults":200.0},"bulk":{"maxOperations":1e3,"maxPayloadSize":1048576}}""");
    IntegerValues.Judged judged = IntegerValues.judge(spc,
        List.of("filter.maxResults", "bulk.maxOperations", "bulk.maxPayloadSize"));
    assertEquals(3, judged.seen());
    assertEquals(2, judged.problems().size(), judged.problems().toString());
    assertEquals(0, IntegerValues.judge(Json.parse("{\"filter\":{\"maxResults\":200}}"), List.of("filter.maxResults",
        "bulk.maxOperations")).problems().size());
    assertEquals(0, IntegerValues.judge(Json.parse("{}"), List.of("filter.maxResults")).seen());
  }

  @Test
  void contentLocationAndMetaLocationAreComparedAsResolvedUris() {
    java.net.URI request = java.net.URI.create("https://example.com/v2/Users/42");
    assertTrue(ContentLocation.same(request, "https://example.com/v2/Users/42", "https://example.com/v2/Users/42"));
    assertTrue(ContentLocation.same(request, "/v2/Users/42", "https://example.com/v2/Users/42"));
    assertFalse(ContentLocation.same(request, "https://example.com/v2/Users/42", "https://example.com/v2/Users/43"));
    assertFalse(ContentLocation.same(request, "https://example.com/v2/Users/42", "https://example.com/v2/Groups/42"));
    assertFalse(ContentLocation.same(request, null, "https://example.com/v2/Users/42"));
  }
}
