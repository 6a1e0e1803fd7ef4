package dev.scimharness.server;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BulkAcceptanceTest {
  static ServerFixture f;
  static final String BULK = "urn:ietf:params:scim:api:messages:2.0:BulkRequest";

  @BeforeAll
  static void start() {
    f = ServerFixture.start(b -> b.bulkMaxOperations(5).bulkMaxPayloadSize(4096));
  }

  @AfterAll
  static void stop() {
    f.close();
  }

  private static String bulk(String extra, String... ops) {
    return "{\"schemas\":[\"" + BULK + "\"]" + extra + ",\"Operations\":[" + String.join(",", ops) + "]}";
  }

  private static String postUser(String bulkId, String userName) {
    return "{\"method\":\"POST\",\"path\":\"/Users\",\"bulkId\":\"" + bulkId + "\",\"data\":{\"schemas\":[\""
        + ServerFixture.USER + "\"],\"userName\":\"" + userName + "\"}}";
  }

  @Test
  void bulkIdReferencesResolveToTheCreatedResourcesEvenForward() {
    String group = "{\"method\":\"POST\",\"path\":\"/Groups\",\"bulkId\":\"g\",\"data\":{\"schemas\":[\""
        + ServerFixture.GROUP + "\"],\"displayName\":\"Bulk Team\",\"members\":[{\"value\":\"bulkId:u1\"},"
        + "{\"value\":\"bulkId:u2\"}]}}";
    JsonPath r = f.scim().body(bulk("", group, postUser("u1", "bulk.one"), postUser("u2", "bulk.two")))
        .post("/Bulk").then().statusCode(200)
        .body("schemas[0]", equalTo("urn:ietf:params:scim:api:messages:2.0:BulkResponse"))
        .body("Operations", hasSize(3)).body("Operations.status", containsInAnyOrder("201", "201", "201"))
        .body("Operations[1].location", startsWith(f.server.baseUrl() + "/Users/"))
        .extract().jsonPath();
    String groupLocation = r.getString("Operations[0].location");
    String u1 = r.getString("Operations[1].location").replaceAll(".*/", "");
    String u2 = r.getString("Operations[2].location").replaceAll(".*/", "");
    f.scim().get(groupLocation.substring(f.server.baseUrl().length())).then()
        .body("members.value", containsInAnyOrder(u1, u2));
  }

  @Test
  void eachOperationGetsItsOwnStatusAndPutPatchDeleteWork() {
    String id = f.createUser("bulk.target");
    String put = "{\"method\":\"PUT\",\"path\":\"/Users/" + id + "\",\"data\":{\"schemas\":[\"" + ServerFixture.USER
        + "\"],\"userName\":\"bulk.target\",\"title\":\"t\"}}";
    String patch = "{\"method\":\"PATCH\",\"path\":\"/Users/" + id + "\",\"data\":{\"schemas\":[\""
        + ServerFixture.PATCH_OP + "\"],\"Operations\":[{\"op\":\"replace\",\"path\":\"title\",\"value\":\"u\"}]}}";
    String dup = postUser("dup", "bulk.target");
    String del = "{\"method\":\"DELETE\",\"path\":\"/Users/" + id + "\"}";
    f.scim().body(bulk("", put, patch, dup, del)).post("/Bulk").then().statusCode(200)
        .body("Operations.status", org.hamcrest.Matchers.contains("200", "200", "409", "204"))
        .body("Operations[2].response.scimType", equalTo("uniqueness"))
        .body("Operations[2].response.status", equalTo("409"));
    f.scim().get("/Users/" + id).then().statusCode(404);
  }

  @Test
  void failOnErrorsStopsProcessing() {
    f.scim().body(bulk(",\"failOnErrors\":1", postUser("a", ""), postUser("b", "after.failure")))
        .post("/Bulk").then().statusCode(200).body("Operations", hasSize(1))
        .body("Operations[0].status", equalTo("400"));
    f.scim().queryParam("filter", "userName eq \"after.failure\"").get("/Users").then()
        .body("totalResults", equalTo(0));
  }

  @Test
  void circularReferencesAre409() {
    String g1 = "{\"method\":\"POST\",\"path\":\"/Groups\",\"bulkId\":\"c1\",\"data\":{\"schemas\":[\""
        + ServerFixture.GROUP + "\"],\"displayName\":\"C1\",\"members\":[{\"value\":\"bulkId:c2\"}]}}";
    String g2 = "{\"method\":\"POST\",\"path\":\"/Groups\",\"bulkId\":\"c2\",\"data\":{\"schemas\":[\""
        + ServerFixture.GROUP + "\"],\"displayName\":\"C2\",\"members\":[{\"value\":\"bulkId:c1\"}]}}";
    f.scim().body(bulk("", g1, g2)).post("/Bulk").then().statusCode(200)
        .body("Operations.status", org.hamcrest.Matchers.contains("409", "409"));
  }

  @Test
  void moreOperationsThanMaxOperationsIs413() {
    String[] ops = new String[6];
    for (int i = 0; i < ops.length; i++) {
      ops[i] = postUser("m" + i, "max.ops." + i);
    }
    f.scim().body(bulk("", ops)).post("/Bulk").then().statusCode(413).body("status", equalTo("413"));
    f.scim().queryParam("filter", "userName eq \"max.ops.0\"").get("/Users").then().body("totalResults", equalTo(0));
  }

  @Test
  void aPayloadOverMaxPayloadSizeIs413() {
    f.scim().body(bulk("", postUser("big", "x".repeat(5000)))).post("/Bulk").then().statusCode(413);
  }
}
