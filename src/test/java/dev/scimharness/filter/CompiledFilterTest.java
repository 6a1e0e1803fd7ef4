package dev.scimharness.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scimharness.scim.ScimException;
import dev.scimharness.scim.ScimType;
import org.junit.jupiter.api.Test;

class CompiledFilterTest {
  @Test
  void compiledFilterDecidesAsTheEvaluatorOnTheSampleUser() {
    FilterEvaluatorTest.userTable().forEach(a -> {
      String text = (String) a.get()[0];
      CompiledFilter f = CompiledFilter.compile(FilterParser.parse(text), FilterEvaluatorTest.USERS);
      assertEquals(a.get()[1], f.matches(FilterEvaluatorTest.BJENSEN), text);
    });
  }

  @Test
  void compilingRejectsForbiddenCombinationsBeforeAnyResource() {
    ScimException e = assertThrows(ScimException.class,
        () -> CompiledFilter.compile(FilterParser.parse("title pr or active gt true"), FilterEvaluatorTest.USERS));
    assertEquals(ScimType.invalidFilter, e.scimType());
  }

  @Test
  void extensionPathsAreBoundToTheirContainer() {
    CompiledFilter f = CompiledFilter.compile(FilterParser.parse(
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber eq \"701984\""),
        FilterEvaluatorTest.USERS);
    assertTrue(f.matches(FilterEvaluatorTest.BJENSEN));
    assertFalse(f.matches(dev.scimharness.scim.Json.parse("{\"employeeNumber\": \"701984\"}")));
  }
}
