package dev.scimharness.patch;

import static dev.scimharness.patch.PatchTesting.ENTERPRISE;
import static dev.scimharness.patch.PatchTesting.GROUP;
import static dev.scimharness.patch.PatchTesting.USER;
import static dev.scimharness.patch.PatchTesting.USERS;
import static dev.scimharness.patch.PatchTesting.assertJson;
import static dev.scimharness.patch.PatchTesting.json;
import static dev.scimharness.patch.PatchTesting.lenient;
import static dev.scimharness.patch.PatchTesting.message;
import static dev.scimharness.patch.PatchTesting.rules;
import static dev.scimharness.patch.PatchTesting.strict;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.Leniency;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The PATCH rules of RFC 7644 §3.5.2.1–3 beyond the RFC's own examples, and the engine's guarantees. */
class PatchEngineTest {
  private static final String SMALL_USER = """
      {'schemas':['urn:ietf:params:scim:schemas:core:2.0:User'],'id':'u1','userName':'bjensen',
       'emails':[{'value':'bjensen@example.com','type':'work','primary':true}]}""";

  private static JsonNode emails(PatchResult r) {
    return r.resource().get("emails");
  }

  // ---- purity and atomicity --------------------------------------------------------------------------------------

  @Test
  void applyNeverMutatesTheCallersResourceAndReturnsANewTree() {
    ObjectNode input = json(USER);
    ObjectNode copy = input.deepCopy();
    PatchRequest request = PatchParser.parse(message("""
        [{'op':'replace','path':'name.givenName','value':'Babs'},
         {'op':'add','path':'emails','value':[{'value':'b@x.org','type':'other','primary':true}]},
         {'op':'remove','path':'phoneNumbers[type eq \\"work\\"]'}]"""), Leniency.STRICT, new ArrayList<>());
    PatchResult result = PatchEngine.apply(input, request, USERS, Leniency.STRICT);
    assertEquals(copy, input);
    assertNotSame(input, result.resource());
    assertEquals("Babs", result.resource().at("/name/givenName").textValue());
    assertEquals("Barbara", input.at("/name/givenName").textValue());
  }

  @Test
  void writesIntoNestedValuesNeverReachTheInput() {
    ObjectNode input = json(USER);
    ObjectNode before = input.deepCopy();
    PatchRequest request = PatchParser.parse(message("""
        [{'op':'replace','path':'emails[type eq \\"home\\"].primary','value':true},
         {'op':'replace','path':'%s:manager.value','value':'other'},
         {'op':'remove','path':'addresses[type eq \\"work\\"].locality'},
         {'op':'add','path':'name.middleName','value':'Jane'},
         {'op':'remove','path':'%s:employeeNumber'},
         {'op':'remove','path':'%s:manager'}]""".formatted(ENTERPRISE, ENTERPRISE, ENTERPRISE)),
        Leniency.STRICT, new ArrayList<>());
    ObjectNode result = PatchEngine.apply(input, request, USERS, Leniency.STRICT).resource();
    assertEquals(before, input);
    assertEquals(false, result.get("emails").get(0).get("primary").booleanValue());
    assertFalse(result.has(ENTERPRISE));
    assertEquals(1, result.get("schemas").size());
  }

  @Test
  void aFailingLaterOperationUndoesTheEarlierOnes() {
    ObjectNode input = json(USER);
    PatchRequest request = PatchParser.parse(message("""
        [{'op':'replace','path':'displayName','value':'Babs'},{'op':'replace','path':'id','value':'x'}]"""),
        Leniency.STRICT, new ArrayList<>());
    ObjectNode before = input.deepCopy();
    try {
      PatchEngine.apply(input, request, USERS, Leniency.STRICT);
    } catch (dev.scimharness.scim.ScimException expected) {
      // the point is the state afterwards
    }
    assertEquals(before, input);
  }

  // ---- add --------------------------------------------------------------------------------------------------------

  @Test
  void addToMultiValuedAppendsNewValuesAndDoesNotRepeatAnExistingOne() {
    PatchResult r = strict(SMALL_USER, """
        [{'op':'add','path':'emails','value':[{'value':'BJENSEN@example.com','type':'work','primary':true},
                                              {'value':'babs@jensen.org','type':'home'}]}]""");
    assertJson("""
        [{'value':'bjensen@example.com','type':'work','primary':true},{'value':'babs@jensen.org','type':'home'}]""",
        emails(r));
  }

  @Test
  void addOfAValueAlreadyPresentChangesNothing() {
    PatchResult r = strict(GROUP, """
        [{'op':'add','path':'members','value':[{'value':'902c246b-6245-4190-8e05-00816be7344a'}]}]""");
    assertFalse(r.changed());
    assertEquals(json(GROUP), r.resource());
  }

  @Test
  void addingManyMembersSkipsEveryDuplicateAmongExistingAndNewValues() {
    StringBuilder values = new StringBuilder("[{'value':'902c246b-6245-4190-8e05-00816be7344a'}");
    for (int i = 0; i < 20; i++) {
      values.append(",{'value':'m").append(i % 10).append("'}");
    }
    PatchResult r = strict(GROUP, "[{'op':'add','path':'members','value':" + values + "]}]");
    Set<String> seen = new HashSet<>();
    r.resource().get("members").forEach(m -> assertTrue(seen.add(m.get("value").textValue()), "duplicate " + m));
    assertEquals(12, seen.size());
  }

  @Test
  void addOfANewPrimaryEmailDemotesTheOldPrimary() {
    PatchResult r = strict(SMALL_USER, """
        [{'op':'add','path':'emails','value':[{'value':'babs@jensen.org','type':'home','primary':true}]}]""");
    assertJson("""
        [{'value':'bjensen@example.com','type':'work','primary':false},
         {'value':'babs@jensen.org','type':'home','primary':true}]""", emails(r));
  }

  @Test
  void replacingPrimaryThroughAFilterDemotesTheOthers() {
    PatchResult r = strict(USER, "[{'op':'replace','path':'emails[type eq \\\"home\\\"].primary','value':true}]");
    assertJson("""
        [{'value':'bjensen@example.com','type':'work','primary':false},
         {'value':'babs@jensen.org','type':'home','primary':true}]""", emails(r));
  }

  @Test
  void addToASingleValuedComplexAttributeMergesSubAttributes() {
    PatchResult r = strict(USER, "[{'op':'add','path':'name','value':{'middleName':'Jane','givenName':'Babs'}}]");
    assertJson("{'familyName':'Jensen','givenName':'Babs','middleName':'Jane'}", r.resource().get("name"));
  }

  @Test
  void addToASingleValuedSimpleAttributeReplacesIt() {
    PatchResult r = strict(USER, "[{'op':'add','path':'active','value':false}]");
    assertEquals(false, r.resource().get("active").booleanValue());
  }

  @Test
  void addWithASubAttributePathCreatesTheParent() {
    PatchResult r = strict(SMALL_USER, "[{'op':'add','path':'name.givenName','value':'Barbara'}]");
    assertJson("{'givenName':'Barbara'}", r.resource().get("name"));
  }

  @Test
  void addWithAFilterAndSubAttributeSetsItOnTheMatchingValues() {
    PatchResult r = strict(USER, "[{'op':'add','path':'emails[type eq \\\"work\\\"].display','value':'Work'}]");
    assertJson("""
        [{'value':'bjensen@example.com','type':'work','primary':true,'display':'Work'},
         {'value':'babs@jensen.org','type':'home'}]""", emails(r));
  }

  @Test
  void urnPrefixedPathReachesTheExtensionAndListsItsSchema() {
    PatchResult r = strict(SMALL_USER, "[{'op':'add','path':'" + ENTERPRISE + ":employeeNumber','value':'42'}]");
    assertJson("{'employeeNumber':'42'}", r.resource().get(ENTERPRISE));
    assertJson("['urn:ietf:params:scim:schemas:core:2.0:User','" + ENTERPRISE + "']", r.resource().get("schemas"));
  }

  @Test
  void pathlessAddWithAnExtensionContainerMergesIntoIt() {
    PatchResult r = strict(USER, "[{'op':'add','value':{'" + ENTERPRISE + "':{'costCenter':'4130'}}}]");
    assertJson("{'employeeNumber':'701984','costCenter':'4130','manager':{'value':'26118915'}}",
        r.resource().get(ENTERPRISE));
  }

  @Test
  void pathlessValueAcceptsUrnQualifiedAttributeNamesWithoutFinding() {
    PatchResult r = strict(USER, """
        [{'op':'replace','value':{'urn:ietf:params:scim:schemas:core:2.0:User:displayName':'Babs',
          'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber':'99'}}]""");
    assertEquals("Babs", r.resource().get("displayName").textValue());
    assertEquals("99", r.resource().get(ENTERPRISE).get("employeeNumber").textValue());
    assertTrue(r.findings().isEmpty());
  }

  @Test
  void attributeNamesAreWrittenInTheSchemaSpelling() {
    PatchResult r = strict("{'schemas':['urn:ietf:params:scim:schemas:core:2.0:User'],'id':'u1','USERNAME':'a',"
        + "'NAME':{'GIVENNAME':'x'}}", """
        [{'op':'replace','path':'username','value':'b'},{'op':'replace','path':'Name.GivenName','value':'y'},
         {'op':'add','value':{'NickName':'n'}}]""");
    assertJson("{'schemas':['urn:ietf:params:scim:schemas:core:2.0:User'],'id':'u1','userName':'b',"
        + "'name':{'givenName':'y'},'nickName':'n'}", r.resource());
  }

  @Test
  void newMemberMayCarryImmutableSubAttributes() {
    PatchResult r = strict(GROUP, """
        [{'op':'add','path':'members','value':[{'value':'u3','display':'Third','type':'User'}]}]""");
    assertEquals(3, r.resource().get("members").size());
  }

  // ---- replace ----------------------------------------------------------------------------------------------------

  @Test
  void replaceOnAComplexAttributeKeepsTheSubAttributesItDoesNotName() {
    PatchResult r = strict(USER, "[{'op':'replace','path':'name','value':{'givenName':'Babs'}}]");
    assertJson("{'familyName':'Jensen','givenName':'Babs'}", r.resource().get("name"));
  }

  @Test
  void replaceOnAMissingSingleValuedAttributeSetsIt() {
    PatchResult r = strict(USER, "[{'op':'replace','path':'title','value':'Tour Guide'}]");
    assertEquals("Tour Guide", r.resource().get("title").textValue());
  }

  @Test
  void replaceOnAMultiValuedAttributeReplacesTheWholeList() {
    PatchResult r = strict(USER, "[{'op':'replace','path':'phoneNumbers','value':[{'value':'1','type':'fax'}]}]");
    assertJson("[{'value':'1','type':'fax'}]", r.resource().get("phoneNumbers"));
  }

  @Test
  void replaceWithAnEmptyListUnassignsTheAttribute() {
    PatchResult r = strict(USER, "[{'op':'replace','path':'phoneNumbers','value':[]}]");
    assertFalse(r.resource().has("phoneNumbers"));
  }

  @Test
  void replaceWithAValueFilterReplacesOnlyTheMatchingValues() {
    PatchResult r = strict(USER, """
        [{'op':'replace','path':'phoneNumbers[type eq \\"mobile\\"]','value':{'value':'555-1','type':'mobile'}}]""");
    assertJson("[{'value':'555-555-5555','type':'work'},{'value':'555-1','type':'mobile'}]",
        r.resource().get("phoneNumbers"));
  }

  @Test
  void replaceIsANoOpWhenTheValueIsAlreadyThere() {
    PatchResult r = strict(USER, "[{'op':'replace','path':'userName','value':'bjensen'}]");
    assertFalse(r.changed());
  }

  @Test
  void pathlessReplaceToleratesTheResourcesOwnId() {
    PatchResult r = strict(GROUP, """
        [{'op':'replace','value':{'id':'e9e30dba-f08f-4109-8486-d5c6a331660a','displayName':'Guides'}}]""");
    assertEquals("Guides", r.resource().get("displayName").textValue());
    assertTrue(r.findings().isEmpty());
  }

  // ---- remove -----------------------------------------------------------------------------------------------------

  @Test
  void removeWithValueFilterRemovesOnlyMatchingMembers() {
    PatchResult r = strict(GROUP,
        "[{'op':'remove','path':'members[value eq \\\"2819c223-7f76-453a-919d-413861904646\\\"]'}]");
    ArrayNode members = (ArrayNode) r.resource().get("members");
    assertEquals(1, members.size());
    assertEquals("902c246b-6245-4190-8e05-00816be7344a", members.get(0).get("value").textValue());
  }

  @Test
  void removeWithFilterAndSubAttributeRemovesOnlyThatSubAttributeOfTheMatches() {
    PatchResult r = strict(USER, "[{'op':'remove','path':'addresses[type eq \\\"work\\\"].locality'}]");
    assertJson("""
        [{'type':'work','streetAddress':'100 Universal City Plaza','primary':true},
         {'type':'home','streetAddress':'456 Hollywood Blvd','locality':'Hollywood'}]""",
        r.resource().get("addresses"));
  }

  @Test
  void removingTheLastMatchingValueUnassignsTheAttribute() {
    PatchResult r = strict(USER, "[{'op':'remove','path':'groups[value eq \\\"nobody\\\"]'}]".replace("groups",
        "phoneNumbers").replace("value eq \\\"nobody\\\"", "value pr"));
    assertFalse(r.resource().has("phoneNumbers"));
  }

  @Test
  void removingASubAttributeThatEmptiesItsParentRemovesTheParent() {
    PatchResult r = strict("{'schemas':['urn:ietf:params:scim:schemas:core:2.0:User'],'id':'u','userName':'u',"
        + "'name':{'givenName':'x'}}", "[{'op':'remove','path':'name.givenName'}]");
    assertNull(r.resource().get("name"));
  }

  @Test
  void removingAnAbsentAttributeSucceedsWithoutChange() {
    PatchResult r = strict(USER, "[{'op':'remove','path':'nickName'}]");
    assertFalse(r.changed());
    assertEquals(json(USER), r.resource());
  }

  @Test
  void removingTheLastExtensionAttributeDropsTheContainerAndItsSchema() {
    PatchResult r = strict(USER, "[{'op':'remove','path':'" + ENTERPRISE + ":employeeNumber'},"
        + "{'op':'remove','path':'" + ENTERPRISE + ":manager'}]");
    assertFalse(r.resource().has(ENTERPRISE));
    assertJson("['urn:ietf:params:scim:schemas:core:2.0:User']", r.resource().get("schemas"));
  }

  @Test
  void removeOfTheExtensionSchemaRemovesAllItsAttributes() {
    PatchResult r = strict(USER, "[{'op':'remove','path':'" + ENTERPRISE + "'}]");
    assertFalse(r.resource().has(ENTERPRISE));
    assertJson("['urn:ietf:params:scim:schemas:core:2.0:User']", r.resource().get("schemas"));
  }

  @Test
  void removeOfTheExtensionSchemaAlsoDropsKeysItsSchemaDoesNotDefine() {
    PatchResult r = strict("{'schemas':['urn:ietf:params:scim:schemas:core:2.0:User','" + ENTERPRISE + "'],"
        + "'id':'u','userName':'u','" + ENTERPRISE + "':{'costCenter':'1','legacyCode':'x'}}",
        "[{'op':'remove','path':'" + ENTERPRISE + "'}]");
    assertJson("{'schemas':['urn:ietf:params:scim:schemas:core:2.0:User'],'id':'u','userName':'u'}", r.resource());
    assertTrue(r.changed());
  }

  @Test
  void removeOfANonMatchingFilterIsReportedAndIgnoredWhenLenient() {
    PatchResult r = lenient(GROUP, "[{'op':'remove','path':'members[value eq \\\"gone\\\"]'}]");
    assertEquals(List.of("remove-filter-no-match"), rules(r));
    assertFalse(r.changed());
  }

  // ---- scale ------------------------------------------------------------------------------------------------------

  @Test
  void addingOneMemberToTenThousandKeepsEveryMemberAndAppendsOne() {
    ObjectNode group = json(GROUP);
    ArrayNode members = Json.NODES.arrayNode();
    for (int i = 0; i < 10_000; i++) {
      members.addObject().put("value", "user-" + i).put("display", "User " + i);
    }
    group.set("members", members);
    PatchRequest request = PatchParser.parse(message("[{'op':'add','path':'members','value':[{'value':'new'}]}]"),
        Leniency.STRICT, new ArrayList<>());
    PatchResult r = PatchEngine.apply(group, request, PatchTesting.GROUPS, Leniency.STRICT);
    assertEquals(10_001, r.resource().get("members").size());
    assertEquals("new", r.resource().get("members").get(10_000).get("value").textValue());
    assertEquals(10_000, group.get("members").size());
  }
}
