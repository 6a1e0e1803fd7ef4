package dev.scimharness.server;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Cursor pagination (RFC 9865) on the reference server: walks, changes during a walk, errors, configuration. */
class CursorPagingAcceptanceTest {
  // Standing still until moved: the cursor's age is exactly what the test advances.
  private final MovableClock clock = new MovableClock(Clock.fixed(Instant.now(), ZoneOffset.UTC));
  private ServerFixture f;

  @AfterEach
  void stop() {
    if (f != null) {
      f.close();
    }
  }

  private List<String> users(String... names) {
    List<String> ids = new ArrayList<>();
    for (String n : names) {
      ids.add(f.createUser(n));
    }
    return ids;
  }

  /** Follows nextCursor from an empty cursor; {@code query} is the rest of the URL after {@code cursor=…}. */
  private List<List<String>> walk(String query, Function<List<List<String>>, Void> between) {
    List<List<String>> pages = new ArrayList<>();
    String cursor = "";
    for (int i = 0; i < 100 && cursor != null; i++) {
      JsonPath page = f.getJson("/Users?cursor=" + cursor + query);
      pages.add(page.getList("Resources.id"));
      cursor = page.getString("nextCursor");
      between.apply(pages);
    }
    assertNull(cursor, "the walk did not end");
    return pages;
  }

  private static List<String> flat(List<List<String>> pages) {
    return pages.stream().flatMap(List::stream).toList();
  }

  @Test
  void aWalkListsEveryUserOnceInCreationOrderOrSorted() {
    f = ServerFixture.start(b -> b.clock(clock));
    List<String> ids = users("carol", "alice", "eve", "bob", "dave");
    List<List<String>> pages = walk("&count=2", p -> null);
    assertEquals(List.of(2, 2, 1), pages.stream().map(List::size).toList());
    assertEquals(ids, flat(pages));
    List<String> sorted = flat(walk("&count=2&sortBy=userName", p -> null));
    assertEquals(List.of(ids.get(1), ids.get(3), ids.get(0), ids.get(4), ids.get(2)), sorted);
  }

  @Test
  void createsAndDeletesDuringAWalkDisturbNoOtherUser() {
    for (String sort : List.of("", "&sortBy=userName")) {
      f = ServerFixture.start(b -> b.clock(clock));
      List<String> ids = users("m1", "m2", "m3", "m4", "m5", "m6");
      List<String> seen = flat(walk("&count=2" + sort, pages -> {
        if (pages.size() == 1) {
          assertEquals(ids.subList(0, 2), pages.get(0));
          f.scim().delete("/Users/" + ids.get(0)).then().statusCode(204); // seen already
          f.scim().delete("/Users/" + ids.get(4)).then().statusCode(204); // not seen yet
          f.createUser("m0");
          f.createUser("m9");
        }
        return null;
      }));
      assertEquals(seen.size(), new HashSet<>(seen).size(), "no user twice: " + seen);
      assertTrue(seen.containsAll(List.of(ids.get(1), ids.get(2), ids.get(3), ids.get(5))), "missing: " + seen);
      assertTrue(!seen.contains(ids.get(4)), "a user deleted before its page is not listed");
      f.close();
      f = null;
    }
  }

  @Test
  void previousCursorLeadsBackAndTheFirstPageHasNone() {
    f = ServerFixture.start(b -> b.clock(clock));
    List<String> ids = users("a", "b", "c", "d", "e");
    JsonPath first = f.getJson("/Users?cursor=&count=2");
    assertNull(first.getString("previousCursor"));
    assertNull(first.get("startIndex"), "a cursor page has no index");
    JsonPath second = f.getJson("/Users?count=2&cursor=" + first.getString("nextCursor"));
    assertEquals(ids.subList(2, 4), second.getList("Resources.id"));
    JsonPath back = f.getJson("/Users?count=2&cursor=" + second.getString("previousCursor"));
    assertEquals(ids.subList(0, 2), back.getList("Resources.id"));
    assertNull(back.getString("previousCursor"), "back on the first page");
    JsonPath last = f.getJson("/Users?count=2&cursor=" + second.getString("nextCursor"));
    assertEquals(ids.subList(4, 5), last.getList("Resources.id"));
    assertNull(last.getString("nextCursor"));
    assertEquals(5, last.getInt("totalResults"));
  }

  /** RFC 9865 §2's own example sends the empty first cursor as a bare {@code cursor}, without "=". */
  @Test
  void aBareCursorParameterAsksForTheFirstPage() {
    f = ServerFixture.start(b -> b.clock(clock));
    List<String> ids = users("a", "b");
    f.scim().get("/Users?cursor&count=1").then().statusCode(200).body("$", hasKey("nextCursor"))
        .body("Resources[0].id", equalTo(ids.get(0)));
  }

  @Test
  void cursorErrorsCarryRfc9865ScimTypes() {
    f = ServerFixture.start(b -> b.clock(clock));
    users("a", "b", "c");
    String next = f.getJson("/Users?cursor=&count=1").getString("nextCursor");
    f.scim().get("/Users?count=1&cursor=not-issued-here-at-all-not-issued-here").then().statusCode(400)
        .body("scimType", equalTo("invalidCursor"));
    f.scim().get("/Users?count=1&sortBy=userName&cursor=" + next).then().statusCode(400)
        .body("scimType", equalTo("invalidCursor"));
    f.scim().get("/Users?count=2&cursor=" + next).then().statusCode(400).body("scimType", equalTo("invalidCount"));
    f.scim().get("/Users?startIndex=1&cursor=" + next).then().statusCode(400).body("scimType", equalTo("invalidValue"));
    clock.advance(Duration.ofHours(1));
    f.scim().get("/Users?count=1&cursor=" + next).then().statusCode(200);
    clock.advance(Duration.ofSeconds(1).plusMillis(1));
    f.scim().get("/Users?count=1&cursor=" + next).then().statusCode(400).body("scimType", equalTo("expiredCursor"));
  }

  @Test
  void aCursorStaysSmallWhateverTheResultSet() {
    f = ServerFixture.start(b -> b.clock(clock));
    for (int i = 0; i < 300; i++) {
      f.createUser("bulk" + i);
    }
    String next = f.getJson("/Users?cursor=&count=1").getString("nextCursor");
    String sorted = f.getJson("/Users?cursor=&count=1&sortBy=userName").getString("nextCursor");
    assertTrue(next.length() < 100 && sorted.length() < 120, next + " " + sorted);
  }

  @Test
  void searchTakesTheCursorInItsBodyAcrossResourceTypes() {
    f = ServerFixture.start(b -> b.clock(clock));
    List<String> ids = users("a", "b");
    ids.add(f.createGroup("g"));
    List<String> seen = new ArrayList<>();
    String cursor = "";
    while (cursor != null) {
      JsonPath page = f.scim().body("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],"
          + "\"cursor\":\"" + cursor + "\",\"count\":1}").post("/.search").then().statusCode(200).extract().jsonPath();
      seen.addAll(page.getList("Resources.id"));
      cursor = page.getString("nextCursor");
    }
    assertEquals(ids, seen);
  }

  @Test
  void theConfigurationSaysWhatIsServed() {
    f = ServerFixture.start(b -> b.clock(clock));
    f.scim().get("/ServiceProviderConfig").then().body("pagination.cursor", equalTo(true))
        .body("pagination.index", equalTo(true)).body("pagination.defaultPaginationMethod", equalTo("index"))
        .body("pagination.cursorTimeout", equalTo(3600));
    users("a", "b");
    f.scim().get("/Users?count=1").then().body("$", not(hasKey("nextCursor"))).body("startIndex", equalTo(1));
  }

  @Test
  void aCursorOnlyServerPagesEveryListByCursor() {
    f = ServerFixture.start(b -> b.pagination(new Pagination(Pagination.Mode.CURSOR, Duration.ofSeconds(60))));
    f.scim().get("/ServiceProviderConfig").then().body("pagination.index", equalTo(false))
        .body("pagination.defaultPaginationMethod", equalTo("cursor")).body("pagination.cursorTimeout", equalTo(60));
    users("a", "b");
    f.scim().get("/Users?count=1&startIndex=2").then().body("$", hasKey("nextCursor"))
        .body("$", not(hasKey("startIndex")));
  }

  @Test
  void anIndexOnlyServerIgnoresTheCursor() {
    f = ServerFixture.start(b -> b.pagination(Pagination.named("index")));
    f.scim().get("/ServiceProviderConfig").then().body("pagination.cursor", equalTo(false))
        .body("pagination", not(hasKey("cursorTimeout")));
    users("a", "b");
    f.scim().get("/Users?count=1&cursor=").then().body("$", not(hasKey("nextCursor"))).body("startIndex", equalTo(1));
  }
}
