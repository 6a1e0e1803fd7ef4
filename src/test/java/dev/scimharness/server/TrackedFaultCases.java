package dev.scimharness.server;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.scimharness.faults.Fault;
import dev.scimharness.faults.Faults;
import dev.scimharness.scim.Leniency;
import dev.scimharness.server.FaultsAcceptanceTest.Case;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The demonstrations of the faults modelled on public tracker entries (see each {@link Fault}'s Javadoc): one
 * scenario per fault, run with an expectation for the faulty and one for the correct server.
 */
final class TrackedFaultCases {
  private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
  private static final String BULK = "urn:ietf:params:scim:api:messages:2.0:BulkRequest";

  private TrackedFaultCases() {}

  static Map<Fault, Case> cases() {
    Map<Fault, Case> c = new EnumMap<>(Fault.class);
    both(c, Fault.DUPLICATE_USERNAME_ACCEPTED, 201, 409, (f, status) -> {
      f.createUser("dup");
      f.scim().body(user("dup", "")).post("/Users").then().statusCode(status);
    });
    both(c, Fault.USERNAME_UNIQUENESS_CASE_SENSITIVE, 201, 409, (f, status) -> {
      f.createUser("BJensen");
      f.scim().body(user("bjensen", "")).post("/Users").then().statusCode(status);
    });
    both(c, Fault.PUT_MERGES, "kept", null, (f, title) -> {
      String id = f.scim().body(user("put", ",\"title\":\"kept\"")).post("/Users").then().extract().path("id");
      f.scim().body(user("put", "")).put("/Users/" + id).then().statusCode(200);
      f.scim().get("/Users/" + id).then().body("title", equalTo(title));
    });
    both(c, Fault.PATCH_RETURNS_STALE_RESOURCE, "before", "after", (f, title) -> {
      String id = f.scim().body(user("stale", ",\"title\":\"before\"")).post("/Users").then().extract().path("id");
      f.scim().body(patch("{\"op\":\"replace\",\"path\":\"title\",\"value\":\"after\"}")).patch("/Users/" + id)
          .then().statusCode(200).body("title", equalTo(title));
    });
    both(c, Fault.PATCH_REPLACE_IGNORES_FILTER, "new@example.com", "home@example.com", (f, home) -> {
      String id = f.scim().body(user("mails", ",\"emails\":[{\"type\":\"work\",\"value\":\"work@example.com\"},"
          + "{\"type\":\"home\",\"value\":\"home@example.com\"}]")).post("/Users").then().extract().path("id");
      f.scim().body(patch("{\"op\":\"replace\",\"path\":\"emails[type eq \\\"work\\\"].value\","
          + "\"value\":\"new@example.com\"}")).patch("/Users/" + id).then().statusCode(200);
      f.scim().get("/Users/" + id).then().body("emails.find { it.type == 'home' }.value", equalTo(home));
    });
    both(c, Fault.PATCH_MUTABILITY_NOT_ENFORCED, 200, 400, (f, status) -> {
      String id = f.createUser("ro");
      f.scim().body(patch("{\"op\":\"replace\",\"path\":\"id\",\"value\":\"mine\"}")).patch("/Users/" + id)
          .then().statusCode(status);
      f.scim().get("/Users/" + id).then().statusCode(200);
    });
    both(c, Fault.DELETE_500_AFTER_DELETING, 500, 204, (f, status) -> {
      String id = f.createUser("gone");
      f.scim().delete("/Users/" + id).then().statusCode(status);
      f.scim().get("/Users/" + id).then().statusCode(404);
    });
    both(c, Fault.EMPTY_FILTER_RESULT_404, 404, 200, (f, status) ->
        f.scim().queryParam("filter", "userName eq \"nobody\"").get("/Users").then().statusCode(status));
    both(c, Fault.COUNT_IGNORED, 3, 1, (f, listed) -> {
      users(f, "c1", "c2", "c3");
      f.scim().get("/Users?count=1").then().body("Resources.size()", equalTo(listed));
    });
    both(c, Fault.TOTAL_RESULTS_ZERO_WHEN_COUNT_ZERO, 0, 2, (f, total) -> {
      users(f, "z1", "z2");
      f.scim().get("/Users?count=0").then().body("totalResults", equalTo(total));
    });
    both(c, Fault.ITEMS_PER_PAGE_IS_COUNT, 5, 1, (f, items) -> {
      users(f, "i1");
      f.scim().get("/Users?count=5").then().body("itemsPerPage", equalTo(items));
    });
    both(c, Fault.START_INDEX_PAST_END_LAST_PAGE, 1, 0, (f, items) -> {
      users(f, "e1", "e2");
      f.scim().queryParam("filter", "userName pr").get("/Users?startIndex=5&count=1").then()
          .body("itemsPerPage", equalTo(items));
    });
    both(c, Fault.PAGES_OVERLAP, 1, 2, (f, index) -> {
      String[] ids = users(f, "o1", "o2", "o3", "o4");
      f.scim().queryParam("filter", "userName pr").get("/Users?startIndex=3&count=2").then()
          .body("Resources[0].id", equalTo(ids[index]));
    });
    both(c, Fault.SORT_ORDER_IGNORED, "a", "b", (f, first) -> {
      users(f, "a", "b");
      f.scim().get("/Users?sortBy=userName&sortOrder=descending").then()
          .body("Resources[0].userName", equalTo(first));
    });
    both(c, Fault.SORT_CLAIMED_BUT_NOT_IMPLEMENTED, 501, 200, (f, status) -> {
      f.scim().get("/ServiceProviderConfig").then().body("sort.supported", equalTo(true));
      f.scim().get("/Users?sortBy=userName").then().statusCode(status);
    });
    both(c, Fault.REQUEST_ATTRIBUTES_BY_DEFAULT, "PEM", null, (f, key) -> {
      String id = f.scim().body("{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:ServicePrincipal\","
          + "\"urn:ietf:params:scim:schemas:extension:ownership:2.0:ServicePrincipal\"],\"applicationId\":\"req\","
          + "\"displayName\":\"Req\",\"publicKey\":\"PEM\",\"urn:ietf:params:scim:schemas:extension:ownership:2.0:"
          + "ServicePrincipal\":{\"owner\":\"team@example.com\"}}").post("/ServicePrincipals").then().statusCode(201)
          .extract().path("id");
      f.scim().get("/ServicePrincipals/" + id).then().body("publicKey", equalTo(key));
    });
    both(c, Fault.ATTRIBUTES_IGNORED, "T", null, (f, title) -> {
      String id = f.scim().body(user("attr", ",\"title\":\"T\"")).post("/Users").then().extract().path("id");
      f.scim().get("/Users/" + id + "?attributes=userName").then().body("title", equalTo(title));
    });
    both(c, Fault.EXCLUDED_ATTRIBUTES_IGNORED, "T", null, (f, title) -> {
      String id = f.scim().body(user("excl", ",\"title\":\"T\"")).post("/Users").then().extract().path("id");
      f.scim().get("/Users/" + id + "?excludedAttributes=title").then().body("title", equalTo(title));
    });
    both(c, Fault.FILTER_AND_KEEPS_FIRST_CLAUSE, 2, 1, (f, total) -> {
      f.scim().body(user("and1", ",\"title\":\"A\"")).post("/Users").then().statusCode(201);
      f.scim().body(user("and2", ",\"title\":\"B\"")).post("/Users").then().statusCode(201);
      f.scim().queryParam("filter", "userName sw \"and\" and title eq \"A\"").get("/Users").then()
          .body("totalResults", equalTo(total));
    });
    both(c, Fault.ERROR_STATUS_NUMERIC, (Object) 404, "404", (f, status) ->
        f.scim().get("/Users/nope").then().statusCode(404).body("status", equalTo(status)));
    both(c, Fault.JSON_CONTENT_TYPE, "application/json", "application/scim+json", (f, type) -> {
      f.scim().get("/Users").then().contentType(startsWith(type));
      f.scim().get("/Users/nope").then().contentType(startsWith(type));
    });
    c.put(Fault.WWW_AUTHENTICATE_MISSING, new Case(
        f -> f.anonymous().get("/Users").then().statusCode(401).header("WWW-Authenticate", nullValue()),
        f -> f.anonymous().get("/Users").then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"))));
    c.put(Fault.SCHEMAS_MISSING_ENTERPRISE, new Case(
        f -> f.scim().get("/Schemas").then().body("Resources.id", not(hasItem(ENTERPRISE))),
        f -> f.scim().get("/Schemas").then().body("Resources.id", hasItem(ENTERPRISE))));
    both(c, Fault.ME_500, 500, 501, (f, status) -> f.scim().get("/Me").then().statusCode(status));
    both(c, Fault.BULK_BULKID_NOT_RESOLVED, "400", "201", (f, status) ->
        f.scim().body("{\"schemas\":[\"" + BULK + "\"],\"Operations\":["
            + "{\"method\":\"POST\",\"path\":\"/Users\",\"bulkId\":\"u1\",\"data\":" + user("bulk", "") + "},"
            + "{\"method\":\"POST\",\"path\":\"/Groups\",\"bulkId\":\"g1\",\"data\":{\"schemas\":[\""
            + ServerFixture.GROUP + "\"],\"displayName\":\"G\",\"members\":[{\"value\":\"bulkId:u1\"}]}}]}")
            .post("/Bulk").then().statusCode(200).body("Operations[1].status", equalTo(status)));
    both(c, Fault.BULK_STOPS_AT_FIRST_ERROR, 1, 2, (f, ops) -> {
      f.createUser("taken");
      f.scim().body("{\"schemas\":[\"" + BULK + "\"],\"Operations\":["
          + "{\"method\":\"POST\",\"path\":\"/Users\",\"bulkId\":\"dup\",\"data\":" + user("taken", "") + "},"
          + "{\"method\":\"POST\",\"path\":\"/Users\",\"bulkId\":\"ok\",\"data\":" + user("fresh", "") + "}]}")
          .post("/Bulk").then().statusCode(200).body("Operations.size()", equalTo(ops));
    });
    // The fixtures are lenient, and a lenient server accepts a body without schemas with a lint finding: the
    // fault shows on a strict one only.
    both(c, Fault.SCHEMAS_NOT_REQUIRED, Faults.of(Fault.SCHEMAS_NOT_REQUIRED), Faults.NONE, (ignored, faults) -> {
      try (ServerFixture strict = ServerFixture.start(b -> b.leniency(Leniency.STRICT).hooks(faults.hooks()))) {
        strict.scim().body("{\"userName\":\"noschemas\"}").post("/Users").then()
            .statusCode(faults.active().isEmpty() ? 400 : 201);
      }
    });
    both(c, Fault.DISCOVERY_FILTER_IGNORED, 200, 403, (f, status) ->
        f.scim().queryParam("filter", "id pr").get("/Schemas").then().statusCode(status));
    both(c, Fault.SORT_IGNORES_PRIMARY, "p1", "p2", (f, first) -> {
      // p1's first email sorts before p2's only one, its primary one after it
      f.scim().body(user("p1", ",\"emails\":[{\"value\":\"b@example.com\"},"
          + "{\"value\":\"z@example.com\",\"primary\":true}]")).post("/Users").then().statusCode(201);
      f.scim().body(user("p2", ",\"emails\":[{\"value\":\"c@example.com\"}]")).post("/Users").then().statusCode(201);
      f.scim().queryParam("filter", "userName sw \"p\"").get("/Users?sortBy=emails.value").then()
          .body("Resources[0].userName", equalTo(first));
    });
    both(c, Fault.BULK_PAYLOAD_LIMIT_NOT_ENFORCED, 200, 413, (f, status) ->
        f.scim().body("{\"schemas\":[\"" + BULK + "\"],\"Operations\":[{\"method\":\"POST\",\"path\":\"/Users\","
            + "\"bulkId\":\"big\",\"data\":" + user("big", ",\"nickName\":\"" + "x".repeat(1_048_576) + "\"") + "}]}")
            .post("/Bulk").then().statusCode(status));
    return c;
  }

  /** One scenario parameterised by its expectation: {@code faulty} from the faulty server, else {@code correct}. */
  private static <T> void both(Map<Fault, Case> c, Fault fault, T faulty, T correct,
      BiConsumer<ServerFixture, T> scenario) {
    c.put(fault, new Case(f -> scenario.accept(f, faulty), f -> scenario.accept(f, correct)));
  }

  private static String user(String userName, String more) {
    return "{\"schemas\":[\"" + ServerFixture.USER + "\"],\"userName\":\"" + userName + "\"" + more + "}";
  }

  private static String patch(String operation) {
    return "{\"schemas\":[\"" + ServerFixture.PATCH_OP + "\"],\"Operations\":[" + operation + "]}";
  }

  private static String[] users(ServerFixture f, String... userNames) {
    String[] ids = new String[userNames.length];
    for (int i = 0; i < userNames.length; i++) {
      ids[i] = f.createUser(userNames[i]);
    }
    return ids;
  }
}
