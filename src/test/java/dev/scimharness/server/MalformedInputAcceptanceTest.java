package dev.scimharness.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed requests of every kind get the exact status and {@code scimType}, never a 5xx, and change nothing:
 * the whole tenant, read back before and after, is byte-for-byte the same.
 */
class MalformedInputAcceptanceTest {
  static ServerFixture f;
  static String user;
  static String group;
  static String etag;

  @BeforeAll
  static void start() {
    f = ServerFixture.start(b -> b.maxBodySize(8192).bulkMaxPayloadSize(4096).bulkMaxOperations(3));
    user = f.scim().body("{\"schemas\":[\"" + ServerFixture.USER + "\"],\"userName\":\"victim\",\"active\":true,"
        + "\"emails\":[{\"value\":\"v@example.com\",\"type\":\"work\",\"primary\":true}],\"name\":{\"givenName\":\"V\"}}")
        .post("/Users").then().statusCode(201).extract().path("id");
    group = f.createGroup("Victims", user);
    etag = f.scim().get("/Users/" + user).header("ETag");
  }

  @AfterAll
  static void stop() {
    f.close();
  }

  private static String patch(String ops) {
    return "{\"schemas\":[\"" + ServerFixture.PATCH_OP + "\"],\"Operations\":[" + ops + "]}";
  }

  private static String userBody(String extra) {
    return "{\"schemas\":[\"" + ServerFixture.USER + "\"],\"userName\":\"victim\"" + extra + "}";
  }

  static Stream<Arguments> cases() {
    String big = "{\"schemas\":[\"" + ServerFixture.USER + "\"],\"userName\":\"" + "x".repeat(10_000) + "\"}";
    return Stream.of(
        // bad JSON
        Arguments.of("POST", "/Users", "{\"userName\":", 400, "invalidSyntax"),
        Arguments.of("POST", "/Users", "[]", 400, "invalidSyntax"),
        Arguments.of("POST", "/Users", "\"just a string\"", 400, "invalidSyntax"),
        Arguments.of("POST", "/Users", "{} {}", 400, "invalidSyntax"),
        Arguments.of("PUT", "/Users/{user}", "{not json", 400, "invalidSyntax"),
        Arguments.of("PATCH", "/Users/{user}", "", 400, "invalidSyntax"),
        // wrong types and missing values
        Arguments.of("POST", "/Users", "{\"schemas\":[\"" + ServerFixture.USER + "\"],\"userName\":5}", 400,
            "invalidValue"),
        Arguments.of("POST", "/Users", "{\"schemas\":[\"" + ServerFixture.USER + "\"]}", 400, "invalidValue"),
        Arguments.of("POST", "/Users", userBody(",\"active\":\"maybe\""), 400, "invalidValue"),
        Arguments.of("POST", "/Users", userBody(",\"emails\":{\"value\":7}"), 400, "invalidValue"),
        Arguments.of("POST", "/Users", userBody(",\"name\":\"Victim\""), 400, "invalidValue"),
        Arguments.of("POST", "/Users", "{\"schemas\":[\"" + ServerFixture.USER + "\"],\"userName\":\"VICTIM\"}", 409,
            "uniqueness"),
        Arguments.of("PUT", "/Users/{user}", "{\"schemas\":[\"" + ServerFixture.USER + "\"]}", 400, "invalidValue"),
        Arguments.of("POST", "/Groups", "{\"schemas\":[\"" + ServerFixture.GROUP + "\"],\"displayName\":\"G\","
            + "\"members\":[{\"value\":\"ghost\"}]}", 400, "invalidValue"),
        Arguments.of("PUT", "/Groups/{group}", "{\"schemas\":[\"" + ServerFixture.GROUP + "\"],\"displayName\":\"V\","
            + "\"members\":\"everyone\"}", 400, "invalidValue"),
        // huge bodies and wrong media types
        Arguments.of("POST", "/Users", big, 413, null),
        Arguments.of("POST", "/Bulk", "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:BulkRequest\"],"
            + "\"Operations\":[{\"method\":\"POST\",\"path\":\"/Users\",\"bulkId\":\"b\",\"data\":" + big.substring(0, 5000)
            + "\"}}]}", 413, null),
        Arguments.of("POST", "/Bulk", "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:BulkRequest\"],"
            + "\"Operations\":[{},{},{},{}]}", 413, null),
        Arguments.of("POST", "/Bulk", "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:BulkRequest\"],"
            + "\"Operations\":{}}", 400, "invalidSyntax"),
        // bad PATCH messages and paths
        Arguments.of("PATCH", "/Users/{user}", "{\"schemas\":[\"" + ServerFixture.PATCH_OP + "\"]}", 400,
            "invalidSyntax"),
        Arguments.of("PATCH", "/Users/{user}", patch("{\"op\":\"jump\",\"path\":\"title\",\"value\":\"x\"}"), 400,
            "invalidSyntax"),
        Arguments.of("PATCH", "/Users/{user}", patch("{\"op\":\"replace\",\"path\":\"name..givenName\",\"value\":\"x\"}"),
            400, "invalidPath"),
        Arguments.of("PATCH", "/Users/{user}", patch("{\"op\":\"replace\",\"path\":\"emails[type eq]\",\"value\":\"x\"}"),
            400, "invalidPath"),
        Arguments.of("PATCH", "/Users/{user}", patch("{\"op\":\"replace\",\"path\":\"emails[type sw \\\"ho\\\"].value\","
            + "\"value\":\"x\"},{\"op\":\"replace\",\"path\":\"title\",\"value\":\"t\"}"), 400, "noTarget"),
        Arguments.of("PATCH", "/Users/{user}", patch("{\"op\":\"replace\",\"path\":\"id\",\"value\":\"x\"}"), 400,
            "mutability"),
        Arguments.of("PATCH", "/Users/{user}", patch("{\"op\":\"remove\"}"), 400, "noTarget"),
        Arguments.of("PATCH", "/Users/{user}", patch("{\"op\":\"replace\",\"path\":\"title\",\"value\":\"ok\"},"
            + "{\"op\":\"remove\",\"path\":\"userName\"}"), 400, "mutability"),
        Arguments.of("PATCH", "/Groups/{group}", patch("{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"ghost\"}]}"),
            400, "invalidValue"),
        // bad filters and query parameters
        Arguments.of("GET", "/Users?filter=userName%20eq", null, 400, "invalidFilter"),
        Arguments.of("GET", "/Users?filter=(userName%20eq%20%22a%22", null, 400, "invalidFilter"),
        Arguments.of("GET", "/Users?filter=active%20gt%20true", null, 400, "invalidFilter"),
        Arguments.of("GET", "/Users?filter=userName%20zz%20%22a%22", null, 400, "invalidFilter"),
        Arguments.of("GET", "/Users?count=lots", null, 400, "invalidValue"),
        Arguments.of("GET", "/Users?attributes=%5Bbad%5D", null, 400, "invalidValue"),
        Arguments.of("POST", "/Users/.search", "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],"
            + "\"filter\":5}", 400, "invalidSyntax"),
        // versions and missing resources
        Arguments.of("PUT", "/Users/{user}?if-match", userBody(",\"title\":\"lost\""), 412, null),
        Arguments.of("DELETE", "/Users/nobody", null, 404, null),
        Arguments.of("PATCH", "/Groups/nobody", patch("{\"op\":\"add\",\"path\":\"members\",\"value\":[]}"), 404, null));
  }

  @ParameterizedTest(name = "{0} {1} → {3} {4}")
  @MethodSource("cases")
  void malformedRequestGetsTheExactErrorAndChangesNothing(String method, String path, String body, int status,
      String scimType) {
    String before = snapshot();
    String target = path.replace("{user}", user).replace("{group}", group);
    RequestSpecification req = f.scim();
    if (target.endsWith("?if-match")) {
      target = target.substring(0, target.length() - "?if-match".length());
      req = req.header("If-Match", "W/\"stale\"");
    }
    if (body != null) {
      req = req.body(body);
    }
    Response r = req.request(method, target);
    assertEquals(status, r.statusCode(), r.asString());
    assertEquals(Integer.toString(status), r.jsonPath().getString("status"));
    assertEquals(ServerFixture.ERROR, r.jsonPath().getString("schemas[0]"));
    assertEquals(scimType, r.jsonPath().getString("scimType"), r.asString());
    assertEquals(before, snapshot());
    assertEquals(etag, f.scim().get("/Users/" + user).header("ETag"));
  }

  private static String snapshot() {
    return f.scim().get("/Users?sortBy=userName").asString() + f.scim().get("/Groups?sortBy=displayName").asString();
  }
}
