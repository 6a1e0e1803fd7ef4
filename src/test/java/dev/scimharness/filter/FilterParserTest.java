package dev.scimharness.filter;

import static dev.scimharness.filter.FilterTrees.and;
import static dev.scimharness.filter.FilterTrees.co;
import static dev.scimharness.filter.FilterTrees.eq;
import static dev.scimharness.filter.FilterTrees.ew;
import static dev.scimharness.filter.FilterTrees.ge;
import static dev.scimharness.filter.FilterTrees.gt;
import static dev.scimharness.filter.FilterTrees.le;
import static dev.scimharness.filter.FilterTrees.lt;
import static dev.scimharness.filter.FilterTrees.ne;
import static dev.scimharness.filter.FilterTrees.not;
import static dev.scimharness.filter.FilterTrees.or;
import static dev.scimharness.filter.FilterTrees.pr;
import static dev.scimharness.filter.FilterTrees.sw;
import static dev.scimharness.filter.FilterTrees.vp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.scimharness.scim.AttributePath;
import dev.scimharness.scim.Leniency;
import dev.scimharness.scim.ScimType;
import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FilterParserTest {
  private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

  /** Every filter in the RFC 7644 text, with the tree it must give. */
  static Stream<Arguments> rfcExamples() {
    return Stream.of(
        // §3.4.2.2, the example list
        arguments("userName eq \"bjensen\"", eq("userName", "bjensen")),
        arguments("name.familyName co \"O'Malley\"", co("name.familyName", "O'Malley")),
        arguments("userName sw \"J\"", sw("userName", "J")),
        arguments("urn:ietf:params:scim:schemas:core:2.0:User:userName sw \"J\"",
            sw("urn:ietf:params:scim:schemas:core:2.0:User:userName", "J")),
        arguments("title pr", pr("title")),
        arguments("meta.lastModified gt \"2011-05-13T04:42:34Z\"", gt("meta.lastModified", "2011-05-13T04:42:34Z")),
        arguments("meta.lastModified ge \"2011-05-13T04:42:34Z\"", ge("meta.lastModified", "2011-05-13T04:42:34Z")),
        arguments("meta.lastModified lt \"2011-05-13T04:42:34Z\"", lt("meta.lastModified", "2011-05-13T04:42:34Z")),
        arguments("meta.lastModified le \"2011-05-13T04:42:34Z\"", le("meta.lastModified", "2011-05-13T04:42:34Z")),
        arguments("title pr and userType eq \"Employee\"", and(pr("title"), eq("userType", "Employee"))),
        arguments("title pr or userType eq \"Intern\"", or(pr("title"), eq("userType", "Intern"))),
        arguments("schemas eq \"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\"",
            eq("schemas", ENTERPRISE)),
        arguments("userType eq \"Employee\" and (emails co \"example.com\" or\n  emails.value co \"example.org\")",
            and(eq("userType", "Employee"), or(co("emails", "example.com"), co("emails.value", "example.org")))),
        arguments("userType ne \"Employee\" and not (emails co \"example.com\" or\n  emails.value co \"example.org\")",
            and(ne("userType", "Employee"), not(or(co("emails", "example.com"), co("emails.value", "example.org"))))),
        arguments("userType eq \"Employee\" and (emails.type eq \"work\")",
            and(eq("userType", "Employee"), eq("emails.type", "work"))),
        arguments("userType eq \"Employee\" and emails[type eq \"work\" and\n  value co \"@example.com\"]",
            and(eq("userType", "Employee"), vp("emails", and(eq("type", "work"), co("value", "@example.com"))))),
        arguments("emails[type eq \"work\" and value co \"@example.com\"] or\n  ims[type eq \"xmpp\" and value co \"@foo.com\"]",
            or(vp("emails", and(eq("type", "work"), co("value", "@example.com"))),
                vp("ims", and(eq("type", "xmpp"), co("value", "@foo.com"))))),
        // §3.4.2.2: "attribute names and attribute operators used in filters are case insensitive"
        arguments("userName Eq \"john\"", eq("userName", "john")),
        arguments("Username eq \"john\"", eq("Username", "john")),
        // §3.4.3, the /.search request body
        arguments("displayName sw \"smith\"", sw("displayName", "smith")),
        // §3.5.2 and §3.5.2.2-3, the value filters of PATCH paths
        arguments("members[value eq \"2819c223-7f76-453a-919d-413861904646\"]",
            vp("members", eq("value", "2819c223-7f76-453a-919d-413861904646"))),
        arguments("emails[type eq \"work\" and value ew \"example.com\"]",
            vp("emails", and(eq("type", "work"), ew("value", "example.com")))),
        arguments("addresses[type eq \"work\"]", vp("addresses", eq("type", "work"))),
        // the STYLE example: and binds tighter than or
        arguments("title pr and email pr or userType pr", or(and(pr("title"), pr("email")), pr("userType"))));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("rfcExamples")
  void everyRfcExampleParsesToItsTree(String text, Filter expected) {
    assertEquals(expected, FilterParser.parse(text, Leniency.STRICT));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("rfcExamples")
  void everyRfcExamplePrintsBackToTheSameTree(String text, Filter expected) {
    assertEquals(expected, FilterParser.parse(FilterPrinter.print(expected), Leniency.STRICT));
  }

  static Stream<Arguments> moreShapes() {
    return Stream.of(
        arguments("a pr or b pr and c pr", or(pr("a"), and(pr("b"), pr("c")))),
        arguments("a pr or b pr or c pr", or(or(pr("a"), pr("b")), pr("c"))),
        arguments("a pr and b pr and c pr", and(and(pr("a"), pr("b")), pr("c"))),
        arguments("(a pr or b pr) and c pr", and(or(pr("a"), pr("b")), pr("c"))),
        arguments("a pr AND b pr Or NOT (c pr)", or(and(pr("a"), pr("b")), not(pr("c")))),
        arguments("not(a pr)", not(pr("a"))),
        arguments("((a pr))", pr("a")),
        arguments("  a   pr  ", pr("a")),
        arguments("emails[not (type eq \"work\")]", vp("emails", not(eq("type", "work")))),
        arguments("emails[(type eq \"a\" or type eq \"b\") and primary eq true]",
            vp("emails", and(or(eq("type", "a"), eq("type", "b")), eq("primary", true)))),
        arguments(ENTERPRISE + ":employeeNumber eq \"701984\"", eq(ENTERPRISE + ":employeeNumber", "701984")),
        arguments(ENTERPRISE + ":manager.value eq \"26118915\"", eq(ENTERPRISE + ":manager.value", "26118915")),
        arguments("urn:ietf:params:scim:schemas:core:2.0:User:name.givenName eq \"Barbara\"",
            eq("urn:ietf:params:scim:schemas:core:2.0:User:name.givenName", "Barbara")),
        arguments("members[$ref eq \"https://example.com/v2/Users/1\"]",
            vp("members", eq("$ref", "https://example.com/v2/Users/1"))),
        arguments("groups.$ref pr", pr("groups.$ref")),
        arguments("x-custom_1 eq \"y\"", eq("x-custom_1", "y")),
        arguments("active eq true", eq("active", true)),
        arguments("active eq false", eq("active", false)),
        arguments("title eq null", eq("title", null)),
        arguments("age gt 42", gt("age", 42)),
        arguments("age gt -7", gt("age", -7)),
        arguments("age gt -0", gt("age", 0)),
        arguments("score ge 1.5", ge("score", new BigDecimal("1.5"))),
        arguments("score ge 1e3", ge("score", new BigDecimal("1e3"))),
        arguments("score ge -2.5E-3", ge("score", new BigDecimal("-2.5E-3"))),
        arguments("score ge 12345678901234", ge("score",
            com.fasterxml.jackson.databind.node.LongNode.valueOf(12345678901234L))),
        arguments("title eq \"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u00e9\\u20AC\"", eq("title", "a\"b\\c/d\b\f\n\r\té€")),
        arguments("title eq \"\"", eq("title", "")),
        arguments("title eq \"x\"and b pr", and(eq("title", "x"), pr("b"))),
        arguments("notes pr", pr("notes")),
        arguments("(a pr)and(b eq \"x\")or c pr", or(and(pr("a"), eq("b", "x")), pr("c"))),
        arguments("not pr", pr("not")),
        arguments("not eq \"x\"", eq("not", "x")),
        arguments("not[a pr]", vp("not", pr("a"))),
        arguments("not (not[a pr])", not(vp("not", pr("a")))),
        arguments("userName eq \"x\" or\tnot\t(title pr)", or(eq("userName", "x"), not(pr("title")))));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("moreShapes")
  void grammarShapesParseToTheirTrees(String text, Filter expected) {
    assertEquals(expected, FilterParser.parse(text, Leniency.STRICT));
  }

  /** Invalid filters: the position and a fragment of the reason the error must give. */
  static Stream<Arguments> invalidFilters() {
    return Stream.of(
        arguments("", 0, "empty"),
        arguments("   ", 3, "empty"),
        arguments("userName eq", 11, "expected a comparison value after 'eq'"),
        arguments("userName eq )", 12, "expected a comparison value after 'eq'"),
        arguments("userName", 8, "expected an operator"),
        arguments("userName xx \"a\"", 9, "unknown operator 'xx'"),
        arguments("userName eq \"bjensen\" garbage", 22, "unexpected 'garbage'"),
        arguments("userName eq \"x\" userName eq \"y\"", 16, "unexpected 'userName'"),
        arguments("(userName eq \"x\"", 16, "missing ')'"),
        arguments("userName eq \"x\")", 15, "unbalanced ')'"),
        arguments("userName eq \"x\"]", 15, "unbalanced ']'"),
        arguments("(userName eq \"x\"]", 16, "']' does not close '('"),
        arguments("emails[type eq \"work\"", 21, "missing ']'"),
        arguments("emails[type eq \"work\"]]", 22, "unbalanced ']'"),
        arguments("emails[]", 7, "empty value filter"),
        arguments("emails[type eq \"work\" and phoneNumbers[type eq \"x\"]]", 38, "nested"),
        arguments("name.givenName[value eq \"x\"]", 0, "not a sub-attribute"),
        arguments("title pr \"x\"", 9, "'pr' takes no comparison value"),
        arguments("title pr true", 9, "'pr' takes no comparison value"),
        arguments("userName eq bjensen", 12, "unquoted value 'bjensen'"),
        arguments("active eq True", 10, "lower case"),
        arguments("userName eq \"x\" and", 19, "expected an expression after 'and'"),
        arguments("userName eq \"x\" or ()", 20, "expected an expression before ')'"),
        arguments("not userName eq \"x\"", 4, "expected '(' after 'not'"),
        arguments("not", 3, "expected '(' after 'not'"),
        arguments("userName eq \"abc", 12, "unterminated string"),
        arguments("userName eq \"a\\qb\"", 14, "invalid escape"),
        arguments("userName eq \"\\u12G4\"", 17, "four hex digits"),
        arguments("userName eq \"a\u0001\"", 14, "control character"),
        arguments("age gt 01", 8, "leading zeros"),
        arguments("age gt 1.", 9, "after the decimal point"),
        arguments("age gt 1e", 9, "exponent"),
        arguments("age gt -", 8, "expected a digit"),
        arguments("age gt 12abc", 9, "after number"),
        arguments("1abc eq \"x\"", 0, "starts with a letter"),
        arguments("user_name! eq \"x\"", 9, "unexpected '!'"),
        arguments("name.givenName.x eq \"x\"", 14, "at most one sub-attribute"),
        arguments("name. eq \"x\"", 5, "expected a sub-attribute name"),
        arguments("urn:ietf:params:scim:schemas:core:2.0:User: eq \"x\"", 43, "after the schema URN"),
        arguments("urn::x:name pr", 4, "empty segment in schema URN"),
        arguments("urn:x::name pr", 6, "empty segment in schema URN"),
        arguments("1urn:x:name pr", 0, "a schema URN starts with a letter"),
        arguments("\"bjensen\" eq userName", 0, "found a string value"),
        arguments("userName eq(\"x\")", 11, "expected a space after 'eq'"),
        arguments("(".repeat(101) + "a pr" + ")".repeat(101), 100, "nesting deeper than 100"),
        arguments("not (".repeat(101) + "a pr" + ")".repeat(101), 500, "nesting deeper than 100"),
        arguments("a pr or ".repeat(1250) + "a pr", 10_000, "longer than 10000"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("invalidFilters")
  void invalidFiltersAreRejectedWithPositionAndReason(String text, int position, String reason) {
    FilterSyntaxException e = assertThrows(FilterSyntaxException.class, () -> FilterParser.parse(text));
    assertEquals(ScimType.invalidFilter, e.scimType());
    assertEquals(400, e.status());
    assertEquals(position, e.position(), e.getMessage());
    assertTrue(e.reason().contains(reason), e.getMessage());
    assertTrue(e.detail().startsWith("invalidFilter at " + position + ": "), e.getMessage());
  }

  @Test
  void entraValuePathWithSubAttributeIsReadAsOneValueFilterWhenLenient() {
    ParsedFilter parsed = FilterParser.parseReport("emails[type eq \"work\"].value eq \"x@example.com\"", Leniency.LENIENT);
    assertEquals(vp("emails", and(eq("type", "work"), eq("value", "x@example.com"))), parsed.filter());
    assertTrue(parsed.usedLenientExtension());
    assertEquals(FilterParser.RULE_VALUE_PATH_SUB_ATTRIBUTE, parsed.findings().get(0).rule());
    assertTrue(FilterParser.usesLenientExtension("emails[type eq \"work\"].value eq \"x\""));
  }

  @Test
  void entraValuePathWithSubAttributeCombinesWithOtherExpressions() {
    assertEquals(or(vp("emails", and(eq("type", "work"), pr("value"))), pr("title")),
        FilterParser.parse("emails[type eq \"work\"].value pr or title pr"));
  }

  @Test
  void entraValuePathWithSubAttributeIsInvalidWhenStrict() {
    FilterSyntaxException e = assertThrows(FilterSyntaxException.class,
        () -> FilterParser.parse("emails[type eq \"work\"].value eq \"x\"", Leniency.STRICT));
    assertEquals(22, e.position());
    assertTrue(e.reason().contains("PATCH path"), e.reason());
  }

  @Test
  void rfcFiltersUseNoLenientExtension() {
    assertFalse(FilterParser.usesLenientExtension("emails[type eq \"work\" and value co \"@example.com\"]"));
  }

  @Test
  void singleParseDefaultsToLenient() {
    assertEquals(vp("emails", and(eq("type", "work"), eq("value", "x"))),
        FilterParser.parse("emails[type eq \"work\"].value eq \"x\""));
  }

  @Test
  void attributeNamesKeepTheirSpellingAndUrnsSplitAtTheLastColon() {
    Compare c = (Compare) FilterParser.parse(ENTERPRISE + ":manager.value eq \"1\"");
    assertEquals(new AttributePath(ENTERPRISE, "manager", "value"), c.attribute());
  }

  @Test
  void nullInputIsAnInvalidFilterNotANullPointer() {
    assertThrows(FilterSyntaxException.class, () -> FilterParser.parse(null));
  }
}
