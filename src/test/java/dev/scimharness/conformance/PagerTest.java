package dev.scimharness.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class PagerTest {
  private static final List<String> ALL = List.of("a", "b", "c", "d", "e");

  private static JsonNode page(int zeroBasedFrom, int count) {
    ObjectNode body = Json.object();
    body.put("totalResults", ALL.size());
    var resources = body.putArray("Resources");
    for (int i = Math.max(0, zeroBasedFrom); i < Math.min(ALL.size(), zeroBasedFrom + count); i++) {
      resources.addObject().put("id", ALL.get(i));
    }
    return body;
  }

  @Test
  void aOneBasedServerIsWalkedOnceThroughEveryResource() {
    assertEquals(ALL, Pager.walk((start, n) -> page(start - 1, n), 2, 100));
  }

  @Test
  void aZeroBasedServerShowsUpAsARepeatedResource() {
    List<String> seen = Pager.walk((start, n) -> page(start, n), 2, 100);
    assertEquals(List.of("b", "c", "d", "e"), seen);
  }

  @Test
  void theWalkStopsAtAnEmptyPageAndAtTheBound() {
    assertEquals(List.of(), Pager.walk((start, n) -> page(99, n), 2, 100));
    assertEquals(List.of("a", "b"), Pager.walk((start, n) -> page(0, n), 2, 1));
  }
}
