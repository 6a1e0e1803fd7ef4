package dev.scimharness.server;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MeAcceptanceTest {
  static ServerFixture f;

  @BeforeAll
  static void start() {
    f = ServerFixture.start(b -> b.token("me-token", new TokenGrant(EmbeddedServer.DEFAULT_TENANT, "me.user"))
        .token("me-located", new TokenGrant(EmbeddedServer.DEFAULT_TENANT, "me.located")));
  }

  @AfterAll
  static void stop() {
    f.close();
  }

  @Test
  void meResolvesToTheUserTheTokenIsBoundTo() {
    String id = f.createUser("me.user");
    f.as("me-token").get("/Me").then().statusCode(200).body("id", equalTo(id)).body("userName", equalTo("me.user"));
    f.as("me-token").body("{\"schemas\":[\"" + ServerFixture.PATCH_OP + "\"],\"Operations\":[{\"op\":\"replace\","
        + "\"path\":\"displayName\",\"value\":\"Me Myself\"}]}").patch("/Me").then().statusCode(200)
        .body("displayName", equalTo("Me Myself"));
    f.scim().get("/Me").then().statusCode(501);
  }

  /** RFC 7644 §3.11: "In any response, the HTTP "Location" header MUST be the permanent location of the aliased resource". */
  @Test
  void everyMeAnswerLocatesTheUser() {
    String id = f.createUser("me.located");
    f.as("me-located").get("/Me").then().statusCode(200)
        .header("Location", endsWith("/scim/v2/Users/" + id));
    f.as("me-located").body("{\"schemas\":[\"" + ServerFixture.PATCH_OP + "\"],\"Operations\":[{\"op\":\"replace\","
        + "\"path\":\"nickName\",\"value\":\"Located\"}]}").patch("/Me").then().statusCode(200)
        .header("Location", endsWith("/scim/v2/Users/" + id));
  }
}
