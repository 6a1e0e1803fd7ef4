package dev.scimharness.server;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every failure the HTTP layer itself produces is a SCIM error body with the right status. */
class HttpErrorsAcceptanceTest {
  static ServerFixture f;

  @BeforeAll
  static void start() {
    f = ServerFixture.start(b -> b.maxBodySize(2048));
  }

  @AfterAll
  static void stop() {
    f.close();
  }

  @Test
  void aMissingTokenIs401WithWwwAuthenticate() {
    f.anonymous().get("/Users").then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"))
        .contentType(startsWith("application/scim+json"))
        .body("schemas", hasItem(ServerFixture.ERROR)).body("status", equalTo("401"));
  }

  @Test
  void anUnknownTokenIs401() {
    f.as("not-a-token").get("/Users").then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));
    f.anonymous().header("Authorization", "Basic dXNlcjpwYXNz").get("/Users").then().statusCode(401);
  }

  @Test
  void anUnknownEndpointIsA404ErrorBody() {
    f.scim().get("/Widgets").then().statusCode(404).body("schemas", hasItem(ServerFixture.ERROR))
        .body("status", equalTo("404"));
  }

  /** RFC 7644 §3.13: a version "MUST" be performed "or reject the request"; §3.12 names it invalidVers. */
  @Test
  void anotherScimVersionIs400InvalidVers() {
    String other = f.server.baseUrl().replace("/scim/v2", "/scim/v1");
    f.scim().baseUri(other).body("{\"schemas\":[\"" + ServerFixture.USER + "\"],\"userName\":\"v1user\"}")
        .post("/Users").then().statusCode(400).body("scimType", equalTo("invalidVers"))
        .body("schemas", hasItem(ServerFixture.ERROR));
    f.scim().queryParam("filter", "userName eq \"v1user\"").get("/Users").then().statusCode(200).body("totalResults", equalTo(0));
    f.scim().get("/v3/Widgets").then().statusCode(404);
  }

  @Test
  void aMethodTheEndpointDoesNotHaveIsA405ErrorBody() {
    f.scim().delete("/Users").then().statusCode(405).body("schemas", hasItem(ServerFixture.ERROR))
        .body("status", equalTo("405"));
    f.scim().put("/ServiceProviderConfig").then().statusCode(405);
  }

  @Test
  void aBodyThatIsNotJsonByContentTypeIs415() {
    f.scim().contentType("text/plain").body("userName=x").post("/Users").then().statusCode(415)
        .body("status", equalTo("415"));
  }

  @Test
  void malformedJsonIs400InvalidSyntax() {
    f.scim().body("{\"userName\":").post("/Users").then().statusCode(400).body("scimType", equalTo("invalidSyntax"));
    f.scim().body("[1,2]").post("/Users").then().statusCode(400).body("scimType", equalTo("invalidSyntax"));
    f.scim().body("").post("/Users").then().statusCode(400).body("scimType", equalTo("invalidSyntax"));
  }

  @Test
  void aBodyOverTheLimitIs413() {
    String big = "{\"schemas\":[\"" + ServerFixture.USER + "\"],\"userName\":\"" + "x".repeat(4096) + "\"}";
    f.scim().body(big).post("/Users").then().statusCode(413).body("status", equalTo("413"));
  }

  @Test
  void meIs501ForATokenNotBoundToAUser() {
    f.scim().get("/Me").then().statusCode(501).body("status", equalTo("501"));
  }
}
