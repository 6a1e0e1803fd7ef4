package dev.scimharness.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scimharness.endpoint.Exchange;
import dev.scimharness.endpoint.Redactor;
import dev.scimharness.endpoint.ScimResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class CursorPagesTest {
  private static ScimResponse page(int status, String body) {
    return new ScimResponse(new Exchange("GET", "http://x/Users", Map.of(), "", status, Map.of(), body,
        Duration.ofMillis(1), null), Redactor.NONE);
  }

  private static String list(String next, String... ids) {
    StringBuilder r = new StringBuilder();
    for (String id : ids) {
      r.append(r.length() == 0 ? "" : ",").append("{\"id\":\"").append(id).append("\"}");
    }
    return "{\"Resources\":[" + r + "]" + (next == null ? "" : ",\"nextCursor\":\"" + next + "\"") + "}";
  }

  @Test
  void aWalkFollowsNextCursorUntilAPageHasNone() {
    Map<String, String> pages = Map.of("", list("b", "1", "2"), "b", list("c", "3", "4"), "c", list(null, "5"));
    CursorPages walk = new CursorPages(c -> page(200, pages.get(c))).toEnd(10);
    assertEquals(List.of("1", "2", "3", "4", "5"), walk.ids());
    assertEquals(3, walk.pages().size());
    assertEquals(Optional.empty(), walk.unfinished());
    assertEquals(Set.of(), walk.repeated());
    assertEquals(List.of("6"), walk.missing(List.of("1", "6")));
    assertEquals(List.of(), walk.malformedCursors());
  }

  @Test
  void aCursorThatRepeatsAPageShowsAsRepeatsAndAWalkThatDoesNotEnd() {
    CursorPages walk = new CursorPages(c -> page(200, list("same", "1", "2"))).toEnd(4);
    assertEquals(4, walk.pages().size());
    assertEquals(Set.of("1", "2"), walk.repeated());
    assertTrue(walk.unfinished().orElseThrow().contains("still had a nextCursor"));
  }

  @Test
  void anErrorPageEndsTheWalkUnfinished() {
    Function<String, ScimResponse> fetch = c -> c.isEmpty() ? page(200, list("x y", "1")) : page(400, "{}");
    CursorPages walk = new CursorPages(fetch).toEnd(10);
    assertTrue(walk.unfinished().orElseThrow().contains("answered 400"));
    assertEquals(List.of("x y"), walk.malformedCursors(), "a space is not an unreserved character");
  }
}
