package dev.scimharness.conformance;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.scim.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpectedTest {
  private static List<JsonNode> values(String json) {
    List<JsonNode> out = new java.util.ArrayList<>();
    Json.parse(json).forEach(out::add);
    return out;
  }

  @Test
  void literalsCompareWithTheTextOfAnyValue() {
    assertNull(Expected.parse("true").mismatch(values("[true]")));
    assertNull(Expected.parse("42").mismatch(values("[42]")));
    assertNull(Expected.parse("b").mismatch(values("[\"a\",\"b\"]")));
    assertNotNull(Expected.parse("B").mismatch(values("[\"b\"]")));
    assertNull(Expected.parse("~B").mismatch(values("[\"b\"]")));
    assertNotNull(Expected.parse("x").mismatch(List.of()));
  }

  @Test
  void markersCheckPresenceTypeAndCount() {
    assertNull(Expected.parse("<absent>").mismatch(List.of()));
    assertNotNull(Expected.parse("<absent>").mismatch(values("[1]")));
    assertNull(Expected.parse("<string>").mismatch(values("[\"400\"]")));
    assertNotNull(Expected.parse("<string>").mismatch(values("[400]")));
    assertNull(Expected.parse("<integer>").mismatch(values("[3]")));
    assertNull(Expected.parse("<count 2>").mismatch(values("[1,2]")));
    assertNull(Expected.parse("<empty>").mismatch(List.of()));
    assertNotNull(Expected.parse("<present>").mismatch(List.of()));
  }

  @Test
  void dateTimesNeedAZone() {
    assertNull(Expected.parse("<datetime>").mismatch(values("[\"2011-08-01T18:29:49.793Z\"]")));
    assertNull(Expected.parse("<datetime>").mismatch(values("[\"2011-08-01T18:29:49+02:00\"]")));
    assertNotNull(Expected.parse("<datetime>").mismatch(values("[\"2011-08-01 18:29:49\"]")));
    assertNotNull(Expected.parse("<datetime>").mismatch(values("[\"2011-08-01T18:29:49\"]")));
  }
}
