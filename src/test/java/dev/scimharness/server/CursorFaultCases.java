package dev.scimharness.server;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.scimharness.faults.Fault;
import dev.scimharness.server.FaultsAcceptanceTest.Case;
import io.restassured.path.json.JsonPath;
import java.util.EnumMap;
import java.util.Map;

/** The demonstrations of the cursor faults (RFC 9865): how the faulty and the correct server answer. */
final class CursorFaultCases {
  private CursorFaultCases() {}

  static Map<Fault, Case> cases() {
    Map<Fault, Case> c = new EnumMap<>(Fault.class);
    c.put(Fault.CURSOR_REPEATS_PAGE, new Case(f -> secondPageRepeatsFirst(f, true),
        f -> secondPageRepeatsFirst(f, false)));
    c.put(Fault.CURSOR_IGNORED, new Case(f -> secondPageRepeatsFirst(f, true), f -> secondPageRepeatsFirst(f, false)));
    c.put(Fault.NEXT_CURSOR_ON_LAST_PAGE, new Case(
        f -> onlyPage(f).then().body("$", hasKey("nextCursor")),
        f -> onlyPage(f).then().body("$", not(hasKey("nextCursor")))));
    c.put(Fault.INVALID_CURSOR_ACCEPTED, new Case(
        f -> f.scim().get("/Users?cursor=bm90LWEtY3Vyc29yLWF0LWFsbA").then().statusCode(200),
        f -> f.scim().get("/Users?cursor=bm90LWEtY3Vyc29yLWF0LWFsbA").then().statusCode(400)
            .body("scimType", equalTo("invalidCursor"))));
    c.put(Fault.CURSOR_CLAIMED_NOT_SERVED, new Case(f -> claimedAndServed(f, false), f -> claimedAndServed(f, true)));
    c.put(Fault.PREVIOUS_CURSOR_ON_FIRST_PAGE, new Case(
        f -> firstOfTwo(f).then().body("$", hasKey("previousCursor")),
        f -> firstOfTwo(f).then().body("$", not(hasKey("previousCursor")))));
    return c;
  }

  private static void secondPageRepeatsFirst(ServerFixture f, boolean repeats) {
    f.createUser("cursor-a");
    f.createUser("cursor-b");
    JsonPath first = f.getJson("/Users?cursor=&count=1");
    JsonPath second = f.getJson("/Users?count=1&cursor=" + first.getString("nextCursor"));
    if (repeats) {
      assertEquals(first.getList("Resources.id"), second.getList("Resources.id"));
    } else {
      assertNotEquals(first.getList("Resources.id"), second.getList("Resources.id"));
    }
  }

  private static io.restassured.response.Response onlyPage(ServerFixture f) {
    f.createUser("cursor-only");
    return f.scim().get("/Users?cursor=&count=5");
  }

  private static io.restassured.response.Response firstOfTwo(ServerFixture f) {
    f.createUser("cursor-first");
    f.createUser("cursor-second");
    return f.scim().get("/Users?cursor=&count=1");
  }

  private static void claimedAndServed(ServerFixture f, boolean served) {
    f.scim().get("/ServiceProviderConfig").then().body("pagination.cursor", equalTo(true));
    firstOfTwo(f).then().body("$", served ? hasKey("nextCursor") : not(hasKey("nextCursor")));
  }
}
