package dev.scimharness.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.scim.AttributeDefinition;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.ResourceSchema;
import dev.scimharness.scim.SchemaRegistry;
import dev.scimharness.scim.ScimException;
import dev.scimharness.scim.ScimType;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FilterEvaluatorTest {
  static final SchemaRegistry REGISTRY = SchemaRegistry.standard();
  static final ResourceSchema USERS = REGISTRY.resourceSchema("User");
  static final ResourceSchema GROUPS = REGISTRY.resourceSchema("Group");

  static final JsonNode BJENSEN = Json.parse("""
      {
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User",
                    "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
        "id": "2819c223-7f76-453a-919d-413861904646",
        "externalId": "BJensen-Ext",
        "userName": "bjensen",
        "name": {"familyName": "O'Malley", "givenName": "Barbara", "middleName": ""},
        "displayName": "Babs Jensen",
        "title": "Tour Guide",
        "userType": "Employee",
        "active": true,
        "nickName": null,
        "emails": [
          {"value": "bjensen@example.com", "type": "work", "primary": true},
          {"value": "babs@jensen.org", "type": "home"}
        ],
        "phoneNumbers": [],
        "ims": [{"value": "someaimhandle", "type": "aim"}],
        "x509Certificates": [{"value": "MIIDQzCCAqygAwIBAgICEAAwDQYJKoZIhvcNAQEFBQAw"}],
        "meta": {"resourceType": "User", "created": "2010-01-23T04:56:22Z",
                 "lastModified": "2011-05-13T04:42:34.500Z", "version": "W/\\"a330bc54f0671c9\\""},
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {
          "employeeNumber": "701984", "costCenter": "4130",
          "manager": {"value": "26118915-6090-4610-87e4-49d8ca9f808d", "displayName": "John Smith"}
        },
        "loginCount": 42,
        "score": 2.5,
        "nicknames": ["Babs", "BJ"],
        "lastSeen": "2011-05-13T04:42:34Z"
      }""");

  static Stream<Arguments> userTable() {
    return Stream.of(
        // caseExact: userName is caseExact=false, id and externalId are caseExact
        arguments("userName eq \"BJensen\"", true),
        arguments("USERNAME EQ \"bjensen\"", true),
        arguments("userName ne \"BJENSEN\"", false),
        arguments("externalId eq \"bjensen-ext\"", false),
        arguments("externalId eq \"BJensen-Ext\"", true),
        arguments("id eq \"2819C223-7F76-453A-919D-413861904646\"", false),
        arguments("id sw \"2819c223\"", true),
        arguments("userName sw \"BJ\"", true),
        arguments("userName ew \"SEN\"", true),
        arguments("userName co \"JENS\"", true),
        arguments("userName co \"\"", true),
        arguments("userName co \"jensenx\"", false),
        arguments("name.familyName co \"O'Malley\"", true),
        arguments("urn:ietf:params:scim:schemas:core:2.0:User:userName sw \"J\"", false),
        arguments("urn:ietf:params:scim:schemas:core:2.0:User:userName sw \"b\"", true),
        // multi-valued: any value matches; emails without a sub-attribute means emails.value
        arguments("emails co \"example.com\"", true),
        arguments("emails.value co \"example.org\"", false),
        arguments("emails.value co \"jensen.org\"", true),
        arguments("emails eq \"BABS@jensen.org\"", true),
        arguments("emails.type eq \"work\"", true),
        arguments("emails.type eq \"other\"", false),
        arguments("emails ne \"babs@jensen.org\"", false),
        arguments("nicknames eq \"bj\"", true),
        arguments("nicknames[value eq \"bj\"]", true),
        arguments("nicknames[value sw \"x\"]", false),
        // value paths: one element must satisfy the whole value filter
        arguments("emails[type eq \"work\" and value co \"@example.com\"]", true),
        arguments("emails[type eq \"home\" and value co \"@example.com\"]", false),
        arguments("emails[type eq \"home\" and not (primary eq true)]", true),
        arguments("emails[primary eq true]", true),
        arguments("ims[type eq \"xmpp\" and value co \"@foo.com\"]", false),
        arguments("emails[type eq \"work\" and value co \"@example.com\"] or ims[type eq \"xmpp\"]", true),
        arguments("phoneNumbers[type eq \"work\"]", false),
        arguments("name[givenName eq \"barbara\"]", true),
        // pr: missing, null, empty string, empty array are absent
        arguments("title pr", true),
        arguments("nickName pr", false),
        arguments("name.middleName pr", false),
        arguments("name.givenName pr", true),
        arguments("phoneNumbers pr", false),
        arguments("emails pr", true),
        arguments("emails.primary pr", true),
        arguments("profileUrl pr", false),
        arguments("name pr", true),
        arguments("title eq null", false),
        arguments("name.middleName eq null", false),
        arguments("name.honorificPrefix eq null", true),
        arguments("phoneNumbers eq null", true),
        arguments("emails eq null", false),
        arguments("nickName eq null", true),
        arguments("profileUrl eq null", true),
        arguments("profileUrl ne null", false),
        // ne and not on a missing attribute
        arguments("profileUrl ne \"x\"", true),
        arguments("not (profileUrl eq \"x\")", true),
        arguments("not (title pr)", false),
        arguments("userType ne \"Employee\" and not (emails co \"example.com\" or emails.value co \"example.org\")", false),
        arguments("userType eq \"Employee\" and (emails co \"example.com\" or emails.value co \"example.org\")", true),
        arguments("userType eq \"Employee\" and (emails.type eq \"work\")", true),
        // booleans
        arguments("active eq true", true),
        arguments("active eq false", false),
        arguments("active ne false", true),
        arguments("active eq \"true\"", false),
        // ordering: strings, numbers, dateTimes
        arguments("userName gt \"A\"", true),
        arguments("userName gt \"BZ\"", false),
        arguments("userName lt \"C\"", true),
        arguments("userName ge \"BJENSEN\"", true),
        arguments("userName le \"bjensen\"", true),
        arguments("loginCount gt 41", true),
        arguments("loginCount gt 42", false),
        arguments("loginCount ge 42", true),
        arguments("loginCount eq 42.0", true),
        arguments("loginCount lt 4.2e1", false),
        arguments("loginCount le 4.2e1", true),
        arguments("loginCount eq \"42\"", false),
        arguments("score gt 2", true),
        arguments("score lt 2.51", true),
        arguments("score eq 2.50", true),
        arguments("meta.lastModified gt \"2011-05-13T04:42:34Z\"", true),
        arguments("meta.lastModified ge \"2011-05-13T04:42:34.5Z\"", true),
        arguments("meta.lastModified eq \"2011-05-13T04:42:34.500000Z\"", true),
        arguments("meta.lastModified eq \"2011-05-13T06:42:34.5+02:00\"", true),
        arguments("meta.lastModified lt \"2011-05-13T05:42:34+01:00\"", false),
        arguments("meta.lastModified lt \"2011-05-13T05:42:35+01:00\"", true),
        arguments("meta.lastModified le \"2011-05-13T04:42:34Z\"", false),
        arguments("meta.created lt \"2011-01-01T00:00:00Z\"", true),
        arguments("meta.created gt \"2009-12-31T23:59:59-12:00\"", true),
        arguments("meta.created gt \"not a date\"", false),
        arguments("meta.created lt \"not a date\"", true),
        // an attribute the schema does not know is compared as a case-insensitive string
        arguments("lastSeen eq \"2011-05-13T04:42:34z\"", true),
        arguments("lastSeen gt \"2011-05-13T04:42:34.000Z\"", true),
        // the Enterprise extension lives under its URN key
        arguments("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber eq \"701984\"", true),
        arguments("URN:IETF:PARAMS:SCIM:SCHEMAS:EXTENSION:ENTERPRISE:2.0:USER:EMPLOYEENUMBER eq \"701984\"", true),
        arguments("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.displayName sw \"john\"", true),
        arguments("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager eq \"26118915-6090-4610-87e4-49d8ca9f808d\"", true),
        arguments("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department pr", false),
        arguments("employeeNumber eq \"701984\"", false),
        arguments("urn:example:unknown:1.0:foo pr", false),
        arguments("schemas eq \"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\"", true),
        arguments("schemas eq \"URN:IETF:PARAMS:SCIM:SCHEMAS:EXTENSION:ENTERPRISE:2.0:USER\"", false),
        // unknown attributes
        arguments("foo eq \"x\"", false),
        arguments("foo pr", false),
        arguments("foo ne \"x\"", true),
        // the lenient Entra form
        arguments("emails[type eq \"work\"].value eq \"BJENSEN@example.com\"", true),
        arguments("emails[type eq \"home\"].value eq \"bjensen@example.com\"", false));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("userTable")
  void filtersDecideTheSampleUser(String filter, boolean expected) {
    assertEquals(expected, FilterEvaluator.matches(FilterParser.parse(filter), BJENSEN, USERS));
  }

  static Stream<Arguments> invalidCombinations() {
    return Stream.of(
        arguments("active gt true"),
        arguments("active gt \"a\""),
        arguments("x509Certificates.value lt \"M\""),
        arguments("title gt null"),
        arguments("title lt false"),
        arguments("title co 5"),
        arguments("title sw true"),
        arguments("title ew null"),
        arguments("active co \"t\""),
        arguments("name eq \"Barbara\""),
        arguments("emails[primary ge true]"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("invalidCombinations")
  void operatorAndTypeCombinationsTheRfcForbidsAreInvalidFilter(String filter) {
    ScimException e = assertThrows(ScimException.class,
        () -> FilterEvaluator.matches(FilterParser.parse(filter), BJENSEN, USERS));
    assertEquals(ScimType.invalidFilter, e.scimType());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("invalidCombinations")
  void validateRejectsForbiddenCombinationsWithoutAResource(String filter) {
    ScimException e = assertThrows(ScimException.class,
        () -> FilterEvaluator.validate(FilterParser.parse("userName eq \"x\" or " + filter), USERS));
    assertEquals(ScimType.invalidFilter, e.scimType());
  }

  @Test
  void validateAcceptsEveryRfcExample() {
    FilterParserTest.rfcExamples().forEach(a -> FilterEvaluator.validate((Filter) a.get()[1], USERS));
  }

  @Test
  void forbiddenCombinationsFailEvenWhenTheResourceLacksTheAttribute() {
    assertThrows(ScimException.class,
        () -> FilterEvaluator.matches(FilterParser.parse("active gt true"), Json.parse("{}"), USERS));
  }

  @Test
  void matchesElementEvaluatesPathsRelativeToOneMember() {
    AttributeDefinition members = GROUPS.core().attribute("members").orElseThrow();
    JsonNode member = Json.parse("{\"value\": \"2819c223-7f76-453a-919d-413861904646\", \"display\": \"Babs\"}");
    assertTrue(FilterEvaluator.matchesElement(
        FilterParser.parse("value eq \"2819c223-7f76-453a-919d-413861904646\""), member, members));
    assertFalse(FilterEvaluator.matchesElement(FilterParser.parse("value eq \"other\""), member, members));
    assertTrue(FilterEvaluator.matchesElement(FilterParser.parse("DISPLAY eq \"babs\" and not (type pr)"), member, members));
  }

  @Test
  void matchesElementWithoutADefinitionComparesIgnoringCase() {
    JsonNode member = Json.parse("{\"value\": \"ABC\"}");
    assertTrue(FilterEvaluator.matchesElement(FilterParser.parse("value eq \"abc\""), member, null));
  }

  @Test
  void groupsMatchOnTheirMembersValues() {
    JsonNode group = Json.parse("""
        {"displayName": "Tour Guides", "members": [{"value": "a1"}, {"value": "b2", "display": "B"}]}""");
    assertTrue(FilterEvaluator.matches(FilterParser.parse("members[value eq \"b2\"]"), group, GROUPS));
    assertTrue(FilterEvaluator.matches(FilterParser.parse("members.value eq \"a1\""), group, GROUPS));
    assertFalse(FilterEvaluator.matches(FilterParser.parse("members[value eq \"b2\" and display eq \"X\"]"), group, GROUPS));
    assertTrue(FilterEvaluator.matches(FilterParser.parse("displayName sw \"tour\""), group, GROUPS));
  }

  @Test
  void aSchemaIsOptional() {
    assertTrue(FilterEvaluator.matches(FilterParser.parse("USERNAME eq \"BJENSEN\""), BJENSEN, null));
  }
}
