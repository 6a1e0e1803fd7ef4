package dev.scimharness.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scimharness.scim.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CircularBulkTest {
  private static final List<String> IDS = List.of("ga", "gb");

  @Test
  void aCycleRefusedWith409Passes() {
    var bulk = Json.parse("{\"Operations\":[{\"bulkId\":\"ga\",\"status\":\"409\"},{\"bulkId\":\"gb\",\"status\":\"409\"}]}");
    Map<String, String> s = CircularBulk.statuses(bulk, IDS);
    assertEquals(Map.of("ga", "409", "gb", "409"), s);
    assertEquals(List.of(), CircularBulk.problems(IDS, s, Map.of()));
  }

  @Test
  void aCycleResolvedNamesEachOtherByIdAndNeverLeavesABulkIdBehind() {
    var a = Json.parse("{\"id\":\"1\",\"members\":[{\"value\":\"2\"}]}");
    var b = Json.parse("{\"id\":\"2\",\"members\":[{\"value\":\"1\"}]}");
    Map<String, String> s = Map.of("ga", "201", "gb", "201");
    assertEquals(List.of(), CircularBulk.problems(IDS, s, Map.of("ga", a, "gb", b)));
    var stale = Json.parse("{\"id\":\"1\",\"members\":[{\"value\":\"bulkId:gb\"}]}");
    List<String> p = CircularBulk.problems(IDS, s, Map.of("ga", stale, "gb", b));
    assertTrue(p.contains("ga was created with the unresolved member bulkId:gb"), p.toString());
    assertTrue(p.stream().anyMatch(x -> x.startsWith("ga was created, and so was gb")), p.toString());
  }

  @Test
  void anotherStatusOrAMissingOperationFails() {
    List<String> p = CircularBulk.problems(IDS, Map.of("ga", "400"), Map.of());
    assertEquals(List.of("operation ga answered 400, neither created nor 409 (Conflict)",
        "operation gb is missing from the BulkResponse"), p);
  }
}
