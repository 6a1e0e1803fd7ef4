package dev.scimharness.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.scimharness.filter.And;
import dev.scimharness.filter.Compare;
import dev.scimharness.filter.CompareOp;
import dev.scimharness.filter.Filter;
import dev.scimharness.filter.FilterParser;
import dev.scimharness.filter.FilterSyntaxException;
import dev.scimharness.filter.Present;
import dev.scimharness.scim.AttributePath;
import dev.scimharness.scim.ScimType;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PatchPathParserTest {
  private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
  private static final String BABS = "2819c223-7f76-453a-919d-413861904646";

  private static Filter eq(String attribute, String value) {
    return new Compare(AttributePath.parse(attribute), CompareOp.EQ, TextNode.valueOf(value));
  }

  private static PatchPath path(String attribute) {
    return PatchPath.of(AttributePath.parse(attribute));
  }

  private static PatchPath filtered(String attribute, Filter filter, String sub) {
    return new PatchPath(AttributePath.parse(attribute), filter, sub);
  }

  /** RFC 7644 §3.5.2 Figure 8 (example path values), then the other forms the PATH rule allows. */
  static Stream<Arguments> validPaths() {
    return Stream.of(
        arguments("members", path("members")),
        arguments("name.familyName", path("name.familyName")),
        arguments("addresses[type eq \"work\"]", filtered("addresses", eq("type", "work"), null)),
        arguments("members[value eq \"" + BABS + "\"]", filtered("members", eq("value", BABS), null)),
        arguments("members[value eq \"" + BABS + "\"].displayName",
            filtered("members", eq("value", BABS), "displayName")),
        arguments("emails[type eq \"work\"].value", filtered("emails", eq("type", "work"), "value")),
        arguments("emails[type eq \"work\" and value pr]",
            filtered("emails", new And(eq("type", "work"), new Present(AttributePath.of("value"))), null)),
        arguments(ENTERPRISE + ":employeeNumber", new PatchPath(new AttributePath(ENTERPRISE, "employeeNumber", null),
            null, null)),
        arguments(ENTERPRISE + ":manager.value", new PatchPath(new AttributePath(ENTERPRISE, "manager", "value"),
            null, null)),
        arguments("urn:ietf:params:scim:schemas:core:2.0:User:name.givenName", new PatchPath(
            new AttributePath("urn:ietf:params:scim:schemas:core:2.0:User", "name", "givenName"), null, null)),
        arguments("members[display eq \"a]b\"]", filtered("members", eq("display", "a]b"), null)),
        arguments("members[display eq \"say \\\"]\\\"\"]", filtered("members", eq("display", "say \"]\""), null)),
        arguments("members.$ref", path("members.$ref")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validPaths")
  void validPathParsesToItsParts(String text, PatchPath expected) {
    assertEquals(expected, PatchPathParser.parse(text));
  }

  /** Each invalid path with the position the error must point at. */
  static Stream<Arguments> invalidPaths() {
    return Stream.of(
        arguments("", 0),
        arguments("name.", 5),
        arguments(".name", 0),
        arguments("1name", 0),
        arguments("na me", 2),
        arguments("name.given Name", 10),
        arguments("emails[type eq \"work\"", 6),
        arguments("emails[type eq \"work]", 21),
        arguments("emails[]", 7),
        arguments("emails[type eq \"work\"]value", 22),
        arguments("emails[type eq \"work\"].", 23),
        arguments("emails[type eq \"work\"].value.x", 28),
        arguments("emails[type eq [x]]", 15),
        arguments("emails[type xx \"work\"]", 12),
        arguments("name.givenName[value eq \"x\"]", 4),
        arguments(":name", 0),
        arguments("urn::x:name", 4),
        arguments("urn:x::name", 6),
        arguments("1urn:x:name", 0),
        arguments("urn:a%b:name", 5),
        arguments("urn:a b:name", 5),
        arguments("emails[type eq \"work\" and]", 25));
  }

  @ParameterizedTest(name = "\"{0}\" at {1}")
  @MethodSource("invalidPaths")
  void invalidPathIsInvalidPathWithThePositionOfTheFault(String text, int position) {
    PatchPathSyntaxException e = assertThrows(PatchPathSyntaxException.class, () -> PatchPathParser.parse(text));
    assertEquals(ScimType.invalidPath, e.scimType());
    assertEquals(400, e.status());
    assertEquals(position, e.position(), e.detail());
  }

  @Test
  void malformedFilterInsideAPathIsInvalidPathNotInvalidFilter() {
    PatchPathSyntaxException e = assertThrows(PatchPathSyntaxException.class,
        () -> PatchPathParser.parse("members[value eq ]"));
    assertEquals(ScimType.invalidPath, e.scimType());
    assertEquals(true, e.reason().startsWith("invalid value filter"), e.reason());
  }

  /** RFC 7644 §3.5.2 reuses the attrPath of §3.4.2.2: a PATCH path and a filter accept and reject the same ones. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"userName", "name.givenName", "members.$ref", ENTERPRISE + ":manager.value", "1abc",
      "name.", ".name", "name.given.x", ":name", "urn:x:", "urn::x:name", "urn:x::name", "1urn:x:name", "a.b$c"})
  void anAttributePathIsTheSameRuleInAPatchPathAndInAFilter(String text) {
    AttributePath fromFilter;
    try {
      fromFilter = ((Present) FilterParser.parse(text + " pr")).attribute();
    } catch (FilterSyntaxException e) {
      PatchPathSyntaxException p = assertThrows(PatchPathSyntaxException.class, () -> PatchPathParser.parse(text));
      assertEquals(e.position(), p.position(), p.detail());
      assertEquals(e.reason(), p.reason());
      return;
    }
    assertEquals(PatchPath.of(fromFilter), PatchPathParser.parse(text));
  }

  @Test
  void pathTextRoundTripsForMessages() {
    String text = "emails[type eq \"work\" and value co \"@example.com\"].display";
    assertEquals(text, PatchPaths.text(PatchPathParser.parse(text)));
  }
}
