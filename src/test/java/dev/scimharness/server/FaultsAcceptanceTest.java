package dev.scimharness.server;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.scimharness.faults.Fault;
import dev.scimharness.faults.Faults;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each seeded fault, switched on alone, makes the server deviate exactly where its name says; the same check
 * against a fault-free server shows the RFC behaviour, so the check itself can tell the two apart.
 */
class FaultsAcceptanceTest {

  /** A scenario and two assertions on its outcome: how the faulty and the correct server answer. */
  record Case(Consumer<ServerFixture> deviates, Consumer<ServerFixture> conforms) {}

  private static final Map<Fault, Case> CASES = new EnumMap<>(Fault.class);

  static {
    CASES.put(Fault.USERNAME_EQ_CASE_SENSITIVE, new Case(
        f -> userNameEqCaseVariant(f, 0), f -> userNameEqCaseVariant(f, 1)));
    CASES.put(Fault.START_INDEX_ZERO_BASED, new Case(f -> firstOnPageOne(f, 1), f -> firstOnPageOne(f, 0)));
    CASES.put(Fault.TOTAL_RESULTS_COUNTS_PAGE, new Case(f -> totalWithCountOne(f, 1), f -> totalWithCountOne(f, 3)));
    CASES.put(Fault.MISSING_LOCATION, new Case(
        f -> f.scim().body(user("loc")).post("/Users").then().header("Location", nullValue()),
        f -> f.scim().body(user("loc")).post("/Users").then().header("Location", not(nullValue()))));
    CASES.put(Fault.CREATE_RETURNS_200, new Case(
        f -> f.scim().body(user("status")).post("/Users").then().statusCode(200),
        f -> f.scim().body(user("status")).post("/Users").then().statusCode(201)));
    CASES.put(Fault.PATCH_REMOVE_IGNORES_FILTER, new Case(f -> removeOneOfTwo(f, 0), f -> removeOneOfTwo(f, 1)));
    CASES.put(Fault.PATCH_NOT_APPLIED, new Case(f -> patchTitle(f, "before"), f -> patchTitle(f, "after")));
    CASES.put(Fault.PASSWORD_RETURNED, new Case(
        f -> f.scim().body(userWithPassword()).post("/Users").then().body("$", hasKey("password")),
        f -> f.scim().body(userWithPassword()).post("/Users").then().body("$", not(hasKey("password")))));
    CASES.put(Fault.ETAG_UNCHANGED, new Case(f -> etagAfterChange(f, true), f -> etagAfterChange(f, false)));
    CASES.put(Fault.IF_MATCH_IGNORED, new Case(f -> staleIfMatch(f, 200), f -> staleIfMatch(f, 412)));
    CASES.put(Fault.ERROR_WITHOUT_SCHEMA, new Case(
        f -> f.scim().get("/Users/nope").then().statusCode(404).body("$", not(hasKey("schemas"))),
        f -> f.scim().get("/Users/nope").then().statusCode(404).body("schemas[0]", equalTo(ServerFixture.ERROR))));
    CASES.put(Fault.BAD_FILTER_500, new Case(
        f -> f.scim().queryParam("filter", "userName eq").get("/Users").then().statusCode(500),
        f -> f.scim().queryParam("filter", "userName eq").get("/Users").then().statusCode(400)));
    CASES.put(Fault.AUTH_NOT_ENFORCED, new Case(
        f -> f.anonymous().get("/Users").then().statusCode(200),
        f -> f.anonymous().get("/Users").then().statusCode(401)));
    CASES.putAll(TrackedFaultCases.cases());
    CASES.putAll(CursorFaultCases.cases());
  }

  // One fault-free server for every conforming run, each fault's run in a tenant of its own.
  private static ServerFixture correct;

  @BeforeAll
  static void startTheCorrectServer() {
    correct = ServerFixture.start(b -> {
      for (Fault f : Fault.values()) {
        b.token(tenantToken(f), f.name().toLowerCase(java.util.Locale.ROOT));
      }
    });
  }

  @AfterAll
  static void stopTheCorrectServer() {
    correct.close();
  }

  private static String tenantToken(Fault fault) {
    return "conforms-" + fault.name();
  }

  static Stream<Arguments> faults() {
    return CASES.keySet().stream().map(Arguments::of);
  }

  @ParameterizedTest
  @MethodSource("faults")
  void theFaultMakesTheServerDeviateAndTheCorrectServerDoesNot(Fault fault) {
    try (ServerFixture faulty = ServerFixture.start(b -> b.hooks(Faults.of(fault).hooks()))) {
      CASES.get(fault).deviates().accept(faulty);
    }
    CASES.get(fault).conforms().accept(correct.withToken(tenantToken(fault)));
  }

  @Test
  void everyFaultHasADemonstration() {
    assertEquals(EnumSet.allOf(Fault.class), EnumSet.copyOf(CASES.keySet()));
  }

  @Test
  void faultNamesParseIgnoringCaseAndDashes() {
    assertEquals(Faults.of(Fault.BAD_FILTER_500, Fault.USERNAME_EQ_CASE_SENSITIVE),
        Faults.parse("bad-filter-500, username_eq_case_sensitive"));
    assertEquals(Faults.NONE, Faults.parse(" "));
  }

  @Test
  void theEmbeddedServerTakesFaultsFromTheSystemProperty() {
    String before = System.getProperty("scim.fault");
    System.setProperty("scim.fault", "create-returns-200");
    try (EmbeddedServer s = EmbeddedServer.start()) {
      assertEquals(Faults.of(Fault.CREATE_RETURNS_200).hooks(), s.server().config().hooks());
    } finally {
      if (before == null) {
        System.clearProperty("scim.fault");
      } else {
        System.setProperty("scim.fault", before);
      }
    }
  }

  // ---- scenarios ----

  private static String user(String userName) {
    return "{\"schemas\":[\"" + ServerFixture.USER + "\"],\"userName\":\"" + userName + "\"}";
  }

  private static String userWithPassword() {
    return "{\"schemas\":[\"" + ServerFixture.USER + "\"],\"userName\":\"pw\",\"password\":\"t0p-secret\"}";
  }

  private static void userNameEqCaseVariant(ServerFixture f, int expected) {
    f.createUser("CaseUser");
    f.scim().queryParam("filter", "userName eq \"caseuser\"").get("/Users").then()
        .body("totalResults", equalTo(expected));
  }

  private static void firstOnPageOne(ServerFixture f, int indexOfExpected) {
    String[] ids = {f.createUser("first"), f.createUser("second")};
    f.scim().get("/Users?startIndex=1&count=1").then().body("Resources[0].id", equalTo(ids[indexOfExpected]));
  }

  private static void totalWithCountOne(ServerFixture f, int expected) {
    f.createUser("t1");
    f.createUser("t2");
    f.createUser("t3");
    f.scim().get("/Users?count=1").then().body("totalResults", equalTo(expected));
  }

  private static void removeOneOfTwo(ServerFixture f, int expectedLeft) {
    String a = f.createUser("a");
    String b = f.createUser("b");
    String g = f.createGroup("G", a, b);
    f.scim().body("{\"schemas\":[\"" + ServerFixture.PATCH_OP + "\"],\"Operations\":[{\"op\":\"remove\","
        + "\"path\":\"members[value eq \\\"" + a + "\\\"]\"}]}").patch("/Groups/" + g).then().statusCode(204);
    java.util.List<Object> members = f.getJson("/Groups/" + g).getList("members");
    int left = members == null ? 0 : members.size();
    assertEquals(expectedLeft, left);
  }

  private static void patchTitle(ServerFixture f, String expected) {
    String id = f.scim().body("{\"schemas\":[\"" + ServerFixture.USER + "\"],\"userName\":\"p\",\"title\":\"before\"}")
        .post("/Users").then().extract().path("id");
    f.scim().body("{\"schemas\":[\"" + ServerFixture.PATCH_OP + "\"],\"Operations\":[{\"op\":\"replace\","
        + "\"path\":\"title\",\"value\":\"after\"}]}").patch("/Users/" + id).then().statusCode(200);
    f.scim().get("/Users/" + id).then().body("title", equalTo(expected));
  }

  private static void etagAfterChange(ServerFixture f, boolean same) {
    String id = f.createUser("e");
    String before = f.scim().get("/Users/" + id).header("ETag");
    String after = f.scim().body("{\"schemas\":[\"" + ServerFixture.USER + "\"],\"userName\":\"e\",\"title\":\"x\"}")
        .put("/Users/" + id).header("ETag");
    assertEquals(same, before.equals(after));
  }

  private static void staleIfMatch(ServerFixture f, int status) {
    String id = f.createUser("m");
    String stale = f.scim().get("/Users/" + id).header("ETag");
    f.scim().body("{\"schemas\":[\"" + ServerFixture.USER + "\"],\"userName\":\"m\",\"title\":\"1\"}")
        .put("/Users/" + id).then().statusCode(200);
    f.scim().header("If-Match", stale).body("{\"schemas\":[\"" + ServerFixture.USER + "\"],\"userName\":\"m\","
        + "\"title\":\"2\"}").put("/Users/" + id).then().statusCode(status);
  }
}
