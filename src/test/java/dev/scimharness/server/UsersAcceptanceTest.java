package dev.scimharness.server;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class UsersAcceptanceTest {
  static ServerFixture f;

  @BeforeAll
  static void start() {
    f = ServerFixture.start();
  }

  @AfterAll
  static void stop() {
    f.close();
  }

  @Test
  void createAnswers201WithLocationETagAndMeta() {
    Response r = f.scim().body("{\"schemas\":[\"" + ServerFixture.USER + "\"],\"userName\":\"create.me\","
        + "\"externalId\":\"ext-1\",\"name\":{\"givenName\":\"Cre\"},\"password\":\"s3cret\"}").post("/Users");
    r.then().statusCode(201)
        .contentType(startsWith("application/scim+json"))
        .header("Location", startsWith(f.server.baseUrl() + "/Users/"))
        .header("ETag", startsWith("W/\""))
        .body("id", notNullValue())
        .body("externalId", equalTo("ext-1"))
        .body("meta.resourceType", equalTo("User"))
        .body("meta.created", notNullValue())
        .body("meta.lastModified", notNullValue())
        .body("meta.version", equalTo(r.header("ETag")))
        .body("$", not(hasKey("password")));
    assertEquals(r.header("Location"), r.path("meta.location"));
  }

  @Test
  void getByIdReturnsTheResourceAndAnUnknownIdIs404() {
    String id = f.createUser("get.me");
    f.scim().get("/Users/" + id).then().statusCode(200).body("userName", equalTo("get.me"))
        .body("schemas", hasItem(ServerFixture.USER));
    f.scim().get("/Users/does-not-exist").then().statusCode(404)
        .body("schemas", hasItem(ServerFixture.ERROR)).body("status", equalTo("404"));
  }

  @Test
  void userNameIsUniqueIgnoringCase() {
    f.createUser("Unique.Name");
    f.scim().body("{\"schemas\":[\"" + ServerFixture.USER + "\"],\"userName\":\"unique.NAME\"}").post("/Users")
        .then().statusCode(409).body("scimType", equalTo("uniqueness")).body("status", equalTo("409"));
  }

  @Test
  void putReplacesTheResourceAndChangesTheETag() {
    String id = f.createUser("put.me");
    String before = f.scim().get("/Users/" + id).header("ETag");
    f.scim().body("{\"schemas\":[\"" + ServerFixture.USER + "\"],\"userName\":\"put.me\",\"displayName\":\"Put\"}")
        .put("/Users/" + id).then().statusCode(200).body("displayName", equalTo("Put"))
        .header("ETag", not(equalTo(before)));
  }

  @Test
  void putRenamingOntoAnotherUsersNameIs409() {
    f.createUser("taken.name");
    String id = f.createUser("free.name");
    f.scim().body("{\"schemas\":[\"" + ServerFixture.USER + "\"],\"userName\":\"TAKEN.name\"}")
        .put("/Users/" + id).then().statusCode(409).body("scimType", equalTo("uniqueness"));
    f.scim().get("/Users/" + id).then().body("userName", equalTo("free.name"));
  }

  @Test
  void deleteAnswers204AndTheUserIsGone() {
    String id = f.createUser("delete.me");
    f.scim().delete("/Users/" + id).then().statusCode(204);
    f.scim().get("/Users/" + id).then().statusCode(404);
    f.scim().delete("/Users/" + id).then().statusCode(404);
  }

  @Test
  void ifMatchWithAStaleVersionIs412AndChangesNothing() {
    String id = f.createUser("etag.me");
    String etag = f.scim().get("/Users/" + id).header("ETag");
    f.scim().body("{\"schemas\":[\"" + ServerFixture.USER + "\"],\"userName\":\"etag.me\",\"title\":\"a\"}")
        .header("If-Match", etag).put("/Users/" + id).then().statusCode(200);
    f.scim().body("{\"schemas\":[\"" + ServerFixture.USER + "\"],\"userName\":\"etag.me\",\"title\":\"b\"}")
        .header("If-Match", etag).put("/Users/" + id).then().statusCode(412)
        .body("schemas", hasItem(ServerFixture.ERROR)).body("status", equalTo("412"));
    f.scim().header("If-Match", etag).delete("/Users/" + id).then().statusCode(412);
    f.scim().get("/Users/" + id).then().body("title", equalTo("a"));
    f.scim().header("If-Match", "*").delete("/Users/" + id).then().statusCode(204);
  }

  @Test
  void ifNoneMatchWithTheCurrentVersionIs304() {
    String id = f.createUser("cache.me");
    String etag = f.scim().get("/Users/" + id).header("ETag");
    f.scim().header("If-None-Match", etag).get("/Users/" + id).then().statusCode(304);
    f.scim().header("If-None-Match", "W/\"other\"").get("/Users/" + id).then().statusCode(200);
  }

  @Test
  void readOnlyAttributesSentByTheClientAreIgnored() {
    Response r = f.scim().body("{\"schemas\":[\"" + ServerFixture.USER + "\"],\"userName\":\"ro.user\","
        + "\"id\":\"client-chosen\",\"meta\":{\"resourceType\":\"Nope\"},\"groups\":[{\"value\":\"x\"}]}")
        .post("/Users");
    r.then().statusCode(201).body("id", not(equalTo("client-chosen"))).body("meta.resourceType", equalTo("User"))
        .body("$", not(hasKey("groups")));
  }

  @Test
  void missingUserNameIs400InvalidValue() {
    f.scim().body("{\"schemas\":[\"" + ServerFixture.USER + "\"],\"displayName\":\"x\"}").post("/Users")
        .then().statusCode(400).body("scimType", equalTo("invalidValue"));
  }

  @Test
  void attributesAndExcludedAttributesShapeTheResponse() {
    String id = f.createUser("proj.user");
    f.scim().queryParam("attributes", "userName").get("/Users/" + id).then().statusCode(200)
        .body("userName", equalTo("proj.user")).body("id", equalTo(id)).body("$", not(hasKey("meta")));
    f.scim().queryParam("excludedAttributes", "userName").get("/Users/" + id).then().statusCode(200)
        .body("$", not(hasKey("userName"))).body("id", equalTo(id));
  }

  @Test
  void applicationJsonIsAcceptedAndLinted() {
    long before = f.server.server().lint().recent(r -> r.rule().equals("content-type")).size();
    f.scim().contentType("application/json")
        .body("{\"schemas\":[\"" + ServerFixture.USER + "\"],\"userName\":\"json.ct\"}").post("/Users")
        .then().statusCode(201);
    assertNotEquals(before, f.server.server().lint().recent(r -> r.rule().equals("content-type")).size());
  }

  @Test
  void locationAndMetaLocationNameTheSameResource() {
    String id = f.createUser("loc.user");
    f.scim().get("/Users/" + id).then().body("meta.location", endsWith("/Users/" + id));
  }

  @Test
  void passwordIsNeverReturned() {
    Response r = f.scim().body("{\"schemas\":[\"" + ServerFixture.USER + "\"],\"userName\":\"pw.user\","
        + "\"password\":\"hunter2\"}").post("/Users");
    String id = r.path("id");
    f.scim().get("/Users/" + id).then().body("password", nullValue());
    f.scim().get("/Users?filter=userName eq \"pw.user\"").then().body("Resources[0].password", nullValue());
  }
}
