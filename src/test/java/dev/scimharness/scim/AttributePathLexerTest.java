package dev.scimharness.scim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AttributePathLexerTest {
  private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

  static Stream<Arguments> validPaths() {
    return Stream.of(
        arguments("userName", new AttributePath(null, "userName", null)),
        arguments("name.givenName", new AttributePath(null, "name", "givenName")),
        arguments("members.$ref", new AttributePath(null, "members", "$ref")),
        arguments("x-1_b", new AttributePath(null, "x-1_b", null)),
        arguments(ENTERPRISE + ":manager.value", new AttributePath(ENTERPRISE, "manager", "value")),
        arguments("URN:Example:x-1:2.0:a", new AttributePath("URN:Example:x-1:2.0", "a", null)),
        arguments(ENTERPRISE, new AttributePath("urn:ietf:params:scim:schemas:extension:enterprise:2.0", "User",
            null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validPaths")
  void validPathSplitsIntoUrnNameAndSubAttribute(String text, AttributePath expected) {
    assertEquals(expected, AttributePath.parse(text));
  }

  /** Each invalid path, the position the error points at, and a fragment of the reason. */
  static Stream<Arguments> invalidPaths() {
    return Stream.of(
        arguments("", 0, "expected an attribute name"),
        arguments("1abc", 0, "starts with a letter"),
        arguments("na me", 2, "cannot appear"),
        arguments("name.", 5, "expected a sub-attribute name"),
        arguments(".name", 0, "expected an attribute name"),
        arguments("name.given.x", 10, "at most one sub-attribute"),
        arguments("name.giv$n", 8, "'$' is not allowed"),
        arguments(":name", 0, "expected a schema URN"),
        arguments("urn:x:", 6, "after the schema URN"),
        arguments("urn::x:name", 4, "empty segment"),
        arguments("urn:x::name", 6, "empty segment"),
        arguments("1urn:x:name", 0, "schema URN starts with a letter"),
        arguments("urn:a%b:name", 5, "'%' cannot appear"),
        arguments("urn:a/b:name", 5, "'/' cannot appear"),
        arguments("émail", 0, "cannot appear"));
  }

  @ParameterizedTest(name = "\"{0}\" at {1}")
  @MethodSource("invalidPaths")
  void invalidPathReportsThePositionOfTheFault(String text, int position, String reason) {
    Fault e = assertThrows(Fault.class, () -> AttributePathLexer.parse(text, Fault::new));
    assertEquals(position, e.position, e.getMessage());
    assertTrue(e.reason.contains(reason), e.getMessage());
    IllegalArgumentException plain = assertThrows(IllegalArgumentException.class, () -> AttributePath.parse(text));
    assertTrue(plain.getMessage().startsWith("at " + position + ": "), plain.getMessage());
  }

  private static final class Fault extends RuntimeException {
    final int position;
    final String reason;

    Fault(int position, String reason) {
      super(position + ": " + reason);
      this.position = position;
      this.reason = reason;
    }
  }
}
