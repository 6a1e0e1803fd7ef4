package dev.scimharness.server;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TenantIsolationAcceptanceTest {
  static ServerFixture f;

  @BeforeAll
  static void start() {
    f = ServerFixture.start(b -> b.token("token-of-b", "tenant-b"));
  }

  @AfterAll
  static void stop() {
    f.close();
  }

  @Test
  void anotherTenantsResourceIs404AndNeverListed() {
    String id = f.createUser("only.in.default");
    f.as("token-of-b").get("/Users/" + id).then().statusCode(404);
    f.as("token-of-b").get("/Users").then().body("totalResults", equalTo(0)).body("Resources", hasSize(0));
    f.as("token-of-b").queryParam("filter", "userName eq \"only.in.default\"").get("/Users").then()
        .body("totalResults", equalTo(0));
    f.as("token-of-b").delete("/Users/" + id).then().statusCode(404);
    f.scim().get("/Users/" + id).then().statusCode(200);
  }

  @Test
  void theSameUserNameMayExistInTwoTenants() {
    f.createUser("shared.name");
    f.as("token-of-b").body("{\"schemas\":[\"" + ServerFixture.USER + "\"],\"userName\":\"shared.name\"}")
        .post("/Users").then().statusCode(201);
  }

  @Test
  void aGroupCannotReferenceAnotherTenantsUser() {
    String id = f.createUser("foreign.member");
    f.as("token-of-b").body("{\"schemas\":[\"" + ServerFixture.GROUP + "\"],\"displayName\":\"B\","
        + "\"members\":[{\"value\":\"" + id + "\"}]}").post("/Groups").then().statusCode(400)
        .body("scimType", equalTo("invalidValue"));
  }
}
