package dev.scimharness.scim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.lint.LintFinding;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttributeValuesTest {
  private static final SchemaRegistry REGISTRY = SchemaRegistry.standard();
  private static final Schema USER = REGISTRY.schema(SchemaRegistry.USER).orElseThrow();
  private static final Schema ENTERPRISE = REGISTRY.schema(SchemaRegistry.ENTERPRISE_USER).orElseThrow();

  private final List<LintFinding> findings = new ArrayList<>();

  private static AttributeDefinition user(String name) {
    return USER.attribute(name).orElseThrow();
  }

  private static AttributeDefinition ofType(String wireType) {
    return AttributeDefinition.simple("x", AttributeType.fromWire(wireType));
  }

  private JsonNode check(AttributeDefinition def, String json, Leniency leniency) {
    return AttributeValues.check(def, Json.parse(json), leniency, findings, def.name());
  }

  private ScimException rejected(AttributeDefinition def, String json, Leniency leniency) {
    return assertThrows(ScimException.class, () -> check(def, json, leniency));
  }

  private static void assertInvalidValue(ScimException e) {
    assertEquals(400, e.status());
    assertEquals(ScimType.invalidValue, e.scimType());
  }

  @ParameterizedTest(name = "{0} accepts {1} unchanged")
  @CsvSource(delimiter = '|', textBlock = """
      string    | "bjensen"
      string    | ""
      reference | "https://example.com/v2/Users/2819c223"
      boolean   | true
      boolean   | false
      integer   | 42
      integer   | -7
      integer   | 123456789012345678901234567890
      decimal   | 3.14
      decimal   | 3
      decimal   | -1e-3
      dateTime  | "2008-01-23T04:56:22Z"
      dateTime  | "2008-01-23T04:56:22.123Z"
      dateTime  | "2008-01-23T04:56:22+02:00"
      dateTime  | "2008-01-23T04:56:22-05:30"
      dateTime  | "2008-01-23T04:56:22"
      binary    | "TWFu"
      binary    | "TWE="
      binary    | "TWE"
      binary    | ""
      """)
  void wellTypedValuesAreAcceptedUnchangedInStrictMode(String type, String json) {
    assertEquals(Json.parse(json), check(ofType(type), json, Leniency.STRICT));
    assertTrue(findings.isEmpty());
  }

  @ParameterizedTest(name = "{0} rejects {1}")
  @CsvSource(delimiter = '|', textBlock = """
      string    | 42                          | string
      string    | true                        | string
      string    | {"a":1}                     | string
      reference | 7                           | reference
      boolean   | "yes"                       | boolean
      boolean   | 1                           | boolean
      integer   | 1.5                         | integer
      integer   | 1.0                         | integer
      integer   | 1e3                         | integer
      integer   | "42"                        | integer
      decimal   | "3.14"                      | decimal
      decimal   | true                        | decimal
      dateTime  | "2008-01-23"                | dateTime
      dateTime  | "2008-01-23T04:56Z"         | dateTime
      dateTime  | "2008-01-23 04:56:22Z"      | dateTime
      dateTime  | "2008-01-23t04:56:22z"      | dateTime
      dateTime  | "2008-02-30T04:56:22Z"      | dateTime
      dateTime  | "2008-01-23T25:00:00Z"      | dateTime
      dateTime  | "2008-01-23T04:56:22Z[UTC]" | dateTime
      dateTime  | 1201064182                  | dateTime
      binary    | "not base64!"               | binary
      binary    | "-_-_"                      | binary
      binary    | "TWFuT"                     | binary
      binary    | 12                          | binary
      complex   | "text"                      | complex
      complex   | [1]                         | complex
      """)
  void illTypedValuesAreInvalidValueNamingTheAttributeAndTheExpectedType(String type, String json, String expected) {
    ScimException e = rejected(ofType(type), json, Leniency.STRICT);
    assertInvalidValue(e);
    assertTrue(e.detail().contains("'x'"), e.detail());
    assertTrue(e.detail().contains(expected), e.detail());
  }

  @ParameterizedTest(name = "lenient mode reads {0} as {1}")
  @CsvSource(delimiter = '|', textBlock = """
      "True"  | true
      "False" | false
      "true"  | true
      "FALSE" | false
      "tRuE"  | true
      """)
  void stringBooleansAreCoercedAndReportedInLenientMode(String json, boolean expected) {
    JsonNode out = check(user("active"), json, Leniency.LENIENT);
    assertEquals(Json.NODES.booleanNode(expected), out);
    assertEquals(1, findings.size());
    assertEquals("string-boolean", findings.get(0).rule());
    assertEquals("RFC 7643 §2.3.2", findings.get(0).section());
    assertTrue(findings.get(0).fragment().contains(json), findings.get(0).fragment());
  }

  @Test
  void stringBooleansAreInvalidValueInStrictMode() {
    assertInvalidValue(rejected(user("active"), "\"False\"", Leniency.STRICT));
  }

  @Test
  void otherStringsAreNotBooleansEvenInLenientMode() {
    assertInvalidValue(rejected(user("active"), "\"no\"", Leniency.LENIENT));
  }

  @Test
  void nullMeansUnassignedAndIsAcceptedForEveryType() {
    for (AttributeDefinition def : USER.attributes()) {
      assertTrue(check(def, "null", Leniency.STRICT).isNull(), def.name());
    }
    assertTrue(AttributeValues.check(user("title"), null, Leniency.STRICT, findings, "title").isNull());
  }

  @Test
  void complexSubAttributesAreCheckedAndSpelledAsTheSchemaSpellsThem() {
    JsonNode out = check(user("name"), "{\"GIVENNAME\":\"Barbara\",\"familyname\":\"Jensen\"}", Leniency.STRICT);
    assertEquals(Json.parse("{\"givenName\":\"Barbara\",\"familyName\":\"Jensen\"}"), out);
  }

  @Test
  void complexSubAttributeOfTheWrongTypeNamesTheFullPath() {
    ScimException e = rejected(user("name"), "{\"givenName\":7}", Leniency.STRICT);
    assertInvalidValue(e);
    assertTrue(e.detail().contains("'name.givenName'"), e.detail());
  }

  @Test
  void unknownSubAttributeIsInvalidValueInStrictMode() {
    ScimException e = rejected(user("name"), "{\"givenName\":\"B\",\"shoeSize\":\"42\"}", Leniency.STRICT);
    assertInvalidValue(e);
    assertTrue(e.detail().contains("shoeSize"), e.detail());
  }

  @Test
  void unknownSubAttributeIsDroppedAndReportedInLenientMode() {
    JsonNode out = check(user("name"), "{\"givenName\":\"B\",\"shoeSize\":\"42\"}", Leniency.LENIENT);
    assertEquals(Json.parse("{\"givenName\":\"B\"}"), out);
    assertEquals("unknown-attribute", findings.get(0).rule());
    assertTrue(findings.get(0).fragment().contains("name.shoeSize"));
  }

  @Test
  void subAttributeGivenTwiceInDifferentCaseIsInvalidSyntax() {
    ScimException e = rejected(user("name"), "{\"givenName\":\"A\",\"GivenName\":\"B\"}", Leniency.LENIENT);
    assertEquals(400, e.status());
    assertEquals(ScimType.invalidSyntax, e.scimType());
  }

  @Test
  void nullSubAttributeIsKeptAsUnassigned() {
    JsonNode out = check(user("name"), "{\"givenName\":null}", Leniency.STRICT);
    assertTrue(out.get("givenName").isNull());
  }

  @Test
  void multiValuedItemsAreEachCheckedWithTheirIndexInMessages() {
    ScimException e = rejected(user("emails"),
        "[{\"value\":\"a@example.com\"},{\"value\":\"b@example.com\",\"primary\":\"yes\"}]", Leniency.STRICT);
    assertInvalidValue(e);
    assertTrue(e.detail().contains("'emails[1].primary'"), e.detail());
  }

  @Test
  void stringBooleanInsideAMultiValuedItemIsCoercedInLenientMode() {
    JsonNode out = check(user("emails"), "[{\"value\":\"a@example.com\",\"primary\":\"True\"}]", Leniency.LENIENT);
    assertEquals(Json.parse("[{\"value\":\"a@example.com\",\"primary\":true}]"), out);
    assertEquals("string-boolean", findings.get(0).rule());
  }

  @Test
  void singleObjectForAMultiValuedAttributeIsInvalidValueInStrictMode() {
    assertInvalidValue(rejected(user("emails"), "{\"value\":\"a@example.com\"}", Leniency.STRICT));
  }

  @Test
  void singleObjectForAMultiValuedAttributeIsWrappedAndReportedInLenientMode() {
    JsonNode out = check(user("emails"), "{\"value\":\"a@example.com\",\"type\":\"work\"}", Leniency.LENIENT);
    assertEquals(Json.parse("[{\"value\":\"a@example.com\",\"type\":\"work\"}]"), out);
    assertEquals("single-value-for-multi-valued", findings.get(0).rule());
    assertEquals("RFC 7643 §2.4", findings.get(0).section());
  }

  @Test
  void emptyArrayIsAcceptedForAMultiValuedAttribute() {
    assertEquals(Json.parse("[]"), check(user("emails"), "[]", Leniency.STRICT));
  }

  @Test
  void nullItemInsideAMultiValuedAttributeIsInvalidValue() {
    assertInvalidValue(rejected(user("emails"), "[null]", Leniency.LENIENT));
  }

  @Test
  void arrayForASingleValuedAttributeIsInvalidValueInStrictMode() {
    assertInvalidValue(rejected(user("title"), "[\"Tour Guide\"]", Leniency.STRICT));
  }

  @Test
  void arrayOfOneForASingleValuedAttributeIsUnwrappedAndReportedInLenientMode() {
    AttributeDefinition manager = ENTERPRISE.attribute("manager").orElseThrow();
    JsonNode out = check(manager, "[{\"value\":\"26118915\",\"$ref\":\"../Users/26118915\"}]", Leniency.LENIENT);
    assertEquals(Json.parse("{\"value\":\"26118915\",\"$ref\":\"../Users/26118915\"}"), out);
    assertEquals("multi-value-for-single-valued", findings.get(0).rule());
  }

  @Test
  void arrayOfTwoForASingleValuedAttributeIsInvalidValueEvenInLenientMode() {
    assertInvalidValue(rejected(user("title"), "[\"a\",\"b\"]", Leniency.LENIENT));
  }

  @Test
  void bareStringForAComplexAttributeWithAValueIsWrappedInLenientMode() {
    AttributeDefinition manager = ENTERPRISE.attribute("manager").orElseThrow();
    JsonNode out = check(manager, "\"26118915\"", Leniency.LENIENT);
    assertEquals(Json.parse("{\"value\":\"26118915\"}"), out);
    assertEquals("string-for-complex", findings.get(0).rule());
  }

  @Test
  void bareStringForAComplexAttributeIsInvalidValueInStrictMode() {
    AttributeDefinition manager = ENTERPRISE.attribute("manager").orElseThrow();
    assertInvalidValue(rejected(manager, "\"26118915\"", Leniency.STRICT));
  }

  @Test
  void twoPrimaryValuesAreInvalidValue() {
    ScimException e = rejected(user("emails"),
        "[{\"value\":\"a@x.com\",\"primary\":true},{\"value\":\"b@x.com\",\"primary\":true}]", Leniency.LENIENT);
    assertInvalidValue(e);
    assertTrue(e.detail().contains("primary"), e.detail());
  }

  @Test
  void onePrimaryAmongSeveralValuesIsAccepted() {
    check(user("emails"), "[{\"value\":\"a@x.com\",\"primary\":true},{\"value\":\"b@x.com\",\"primary\":false},"
        + "{\"value\":\"c@x.com\"}]", Leniency.STRICT);
  }

  @Test
  void checkSinglePrimaryRejectsTwoPrimariesOnAnAlreadyCheckedArray() {
    JsonNode emails = Json.parse("[{\"value\":\"a\",\"primary\":true},{\"value\":\"b\",\"primary\":true}]");
    ScimException e = assertThrows(ScimException.class,
        () -> AttributeValues.checkSinglePrimary(user("emails"), emails, "emails"));
    assertInvalidValue(e);
  }

  @Test
  void canonicalValuesAreNotAClosedList() {
    check(user("emails"), "[{\"value\":\"a@x.com\",\"type\":\"carrier-pigeon\"}]", Leniency.STRICT);
  }

  @Test
  void checkingDoesNotChangeTheInput() {
    JsonNode input = Json.parse("{\"value\":\"a@example.com\",\"PRIMARY\":\"True\"}");
    JsonNode copy = input.deepCopy();
    AttributeValues.check(user("emails"), input, Leniency.LENIENT, findings, "emails");
    assertEquals(copy, input);
  }

  @Test
  void checkItemChecksOneValueOfAMultiValuedAttribute() {
    JsonNode item = Json.parse("{\"value\":\"a@example.com\"}");
    assertEquals(item, AttributeValues.checkItem(user("emails"), item, Leniency.STRICT, findings, "emails"));
  }

  @Test
  void findingsMayBeOmittedByTheCaller() {
    JsonNode out = AttributeValues.check(user("active"), Json.parse("\"True\""), Leniency.LENIENT, null, "active");
    assertSame(Json.NODES.booleanNode(true), out);
  }

  /** RFC 7643 §2.4: the same (type, value) is returned at most once; the same value with another type stays. */
  @Test
  void aRepeatedTypeAndValueIsKeptOnce() {
    JsonNode kept = check(user("emails"), """
        [{"value":"a@example.com","type":"work"},{"value":"a@example.com","type":"WORK","display":"again"},
         {"value":"a@example.com","type":"home"},{"value":"b@example.com"},{"value":"b@example.com"}]""",
        Leniency.STRICT);
    assertEquals(Json.parse("""
        [{"value":"a@example.com","type":"work"},{"value":"a@example.com","type":"home"},{"value":"b@example.com"}]"""),
        kept);
  }
}
