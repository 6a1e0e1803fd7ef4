package dev.scimharness.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scimharness.scim.Json;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PaginationConfigTest {
  @Test
  void theRfc9865ExampleIsWellFormed() {
    PaginationConfig c = PaginationConfig.of(Json.parse("{\"pagination\":{\"cursor\":true,\"index\":true,"
        + "\"defaultPaginationMethod\":\"cursor\",\"defaultPageSize\":100,\"maxPageSize\":250,"
        + "\"cursorTimeout\":3600}}"));
    assertEquals(List.of(), c.problems());
    assertEquals(Optional.of("cursor"), c.defaultMethod());
    assertEquals(Optional.of(Duration.ofHours(1)), c.cursorTimeout());
  }

  @Test
  void everyDeviationIsNamed() {
    List<String> p = PaginationConfig.of(Json.parse("{\"pagination\":{\"cursor\":\"yes\","
        + "\"defaultPaginationMethod\":\"offset\",\"maxPageSize\":0,\"cursorTimeout\":-1}}")).problems();
    assertEquals(5, p.size(), p.toString());
    assertTrue(p.get(0).contains("pagination.cursor is REQUIRED"), p.toString());
    assertTrue(p.get(1).contains("pagination.index is REQUIRED"), p.toString());
    assertEquals(List.of("pagination is not an object"), PaginationConfig.of(Json.parse("{}")).problems());
    assertEquals(Optional.empty(), PaginationConfig.of(Json.parse("{}")).cursorTimeout());
  }
}
