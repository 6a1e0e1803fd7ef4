package dev.scimharness.server;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DiscoveryAcceptanceTest {
  static ServerFixture f;

  @BeforeAll
  static void start() {
    f = ServerFixture.start(b -> b.maxResults(321).bulkMaxOperations(7).bulkMaxPayloadSize(4096));
  }

  @AfterAll
  static void stop() {
    f.close();
  }

  @Test
  void serviceProviderConfigStatesTheLimitsTheServerEnforcesWithoutAuthentication() {
    f.anonymous().get("/ServiceProviderConfig").then().statusCode(200)
        .body("schemas", hasItem("urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"))
        .body("patch.supported", equalTo(true))
        .body("filter.supported", equalTo(true)).body("filter.maxResults", equalTo(321))
        .body("bulk.maxOperations", equalTo(7)).body("bulk.maxPayloadSize", equalTo(4096))
        .body("etag.supported", equalTo(true)).body("sort.supported", equalTo(true))
        .body("authenticationSchemes[0].type", equalTo("oauthbearertoken"))
        .body("meta.location", equalTo(f.server.baseUrl() + "/ServiceProviderConfig"));
  }

  @Test
  void resourceTypesListUserAndGroup() {
    f.anonymous().get("/ResourceTypes").then().statusCode(200)
        .body("Resources.name", hasItems("User", "Group"));
    f.anonymous().get("/ResourceTypes/User").then().statusCode(200).body("endpoint", equalTo("/Users"))
        .body("schemaExtensions[0].schema", equalTo("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"));
    f.anonymous().get("/ResourceTypes/Nope").then().statusCode(404).body("status", equalTo("404"));
  }

  @Test
  void schemasListTheRegistryAndServeEachById() {
    f.anonymous().get("/Schemas").then().statusCode(200)
        .body("Resources.id", hasItems(ServerFixture.USER, ServerFixture.GROUP));
    f.anonymous().get("/Schemas/" + ServerFixture.USER).then().statusCode(200).body("name", equalTo("User"))
        .body("meta.resourceType", equalTo("Schema"));
    f.anonymous().get("/Schemas/urn:nope").then().statusCode(404);
  }

  @Test
  void aFilterOnADiscoveryEndpointIs403() {
    f.anonymous().queryParam("filter", "name eq \"User\"").get("/ResourceTypes").then().statusCode(403);
  }
}
