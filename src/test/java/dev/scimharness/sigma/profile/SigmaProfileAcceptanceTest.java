package dev.scimharness.sigma.profile;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.scimharness.server.EmbeddedServer;
import dev.scimharness.server.Profiles;
import dev.scimharness.sigma.AccountType;
import dev.scimharness.sigma.AuthenticationMethod;
import dev.scimharness.sigma.Member;
import dev.scimharness.sigma.ProvisioningKeys;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sigma profile over real HTTP: SCIM and the /v2 REST API against one organisation per test. */
class SigmaProfileAcceptanceTest {
  static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";
  static final String GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";
  static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

  static EmbeddedServer server;
  static SigmaControl control;

  SigmaTenant org;
  Member ada;
  Member grace;
  ProvisioningKeys keys;

  @BeforeAll
  static void start() {
    server = EmbeddedServer.start(b -> b.profile(Profiles.named("sigma")));
    control = assertInstanceOf(SigmaProfile.class, server.server().config().profile()).control();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void organisationWithProvisioning() {
    org = control.newOrganisation(AuthenticationMethod.SAML);
    ada = org.organisation().portal().addMember("ada@example.com", AccountType.ADMIN, List.of());
    grace = org.organisation().portal().addMember("grace@example.com", AccountType.CREATOR, List.of("Q3 forecast"));
    org.organisation().portal().addTeam("Finance", Set.of(grace.id()));
    keys = org.organisation().portal().enableProvisioning(ada.id(), "okta");
  }

  RequestSpecification idp() {
    return RestAssured.given().baseUri(keys.directoryBaseUrl()).contentType("application/scim+json")
        .header("Authorization", "Bearer " + keys.bearerToken());
  }

  RequestSpecification api() {
    return RestAssured.given().baseUri(org.apiBaseUrl().toString()).contentType("application/json")
        .header("Authorization", "Bearer " + org.apiToken());
  }

  String user(String email, String userType) {
    return "{\"schemas\":[\"" + USER + "\"],\"userName\":\"" + email + "\",\"emails\":[{\"value\":\"" + email
        + "\",\"type\":\"work\",\"primary\":true}]" + (userType == null ? "" : ",\"userType\":\"" + userType + "\"")
        + "}";
  }

  @Test
  void theDirectoryBaseUrlIsTheServersScimEndpoint() {
    assertEquals(server.baseUrl(), keys.directoryBaseUrl());
  }

  @Test
  void aConfiguredTokenIsAnOrganisationThatAlreadySetProvisioningUp() {
    RestAssured.given().baseUri(server.baseUrl()).header("Authorization", "Bearer " + server.token())
        .get("/Users").then().statusCode(200).body("totalResults", equalTo(0));
  }

  @Test
  void aPushedUserGetsLiteAndShowsInTheRestApi() {
    String id = idp().body(user("lin@example.com", null)).post("/Users").then().statusCode(201)
        .body("userType", equalTo("Lite")).extract().path("id");

    api().get("/members/" + id).then().statusCode(200).body("memberType", equalTo("Lite"))
        .body("managedByIdp", equalTo(true));
  }

  @Test
  void anUndefinedAccountTypeIs400InvalidValue() {
    idp().body(user("lin@example.com", "admin")).post("/Users").then().statusCode(400)
        .body("scimType", equalTo("invalidValue")).body("detail", containsString("exactly"));
  }

  @Test
  void aUserWithAnExistingEmailIsLinkedUnderItsMemberId() {
    idp().body(user("GRACE@example.com", "Viewer")).post("/Users").then().statusCode(201)
        .body("id", equalTo(grace.id()));

    api().get("/members/" + grace.id()).then().body("memberType", equalTo("Viewer"))
        .body("documents", hasItem("Q3 forecast"));
  }

  @Test
  void aTeamFromBeforeScimIsNotListedAndAGroupOfItsNameLinksToIt() {
    String teamId = org.organisation().teamByName("Finance").orElseThrow().id();
    idp().queryParam("filter", "displayName eq \"Finance\"").get("/Groups").then().body("totalResults", equalTo(0));

    idp().body("{\"schemas\":[\"" + GROUP + "\"],\"displayName\":\"Finance\"}").post("/Groups").then()
        .statusCode(201).body("id", equalTo(teamId));
    api().get("/teams/" + teamId).then().body("members", hasItem(grace.id())).body("managedByIdp", equalTo(true));
  }

  @Test
  void aUserNameChangeCreatesANewAccountAndLeavesTheOldOne() {
    String id = idp().body(user("lin@example.com", "Creator")).post("/Users").then().extract().path("id");

    String newId = idp().body("{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":[{\"op\":\"replace\","
        + "\"path\":\"userName\",\"value\":\"lin.chen@example.com\"}]}").patch("/Users/" + id).then()
        .statusCode(201).body("userName", equalTo("lin.chen@example.com")).extract().path("id");

    assertNotEquals(id, newId);
    idp().get("/Users/" + id).then().statusCode(200).body("userName", equalTo("lin@example.com"));
    api().get("/members/" + newId).then().statusCode(200);
  }

  @Test
  void archivingTheAdminMakesEveryScimCall401WithTheReason() {
    api().body("{\"isArchived\":true}").patch("/members/" + ada.id()).then().statusCode(200)
        .body("isArchived", equalTo(true));

    idp().get("/Users").then().statusCode(401).body("detail", containsString("who was archived"))
        .body("schemas", hasItem("urn:ietf:params:scim:api:messages:2.0:Error"));
    idp().body(user("lin@example.com", null)).post("/Users").then().statusCode(401);
  }

  @Test
  void theRestApiRefusesToEditWhatTheIdpManages() {
    String id = idp().body(user("lin@example.com", null)).post("/Users").then().extract().path("id");

    api().body("{\"memberType\":\"Creator\"}").patch("/members/" + id).then().statusCode(403)
        .body("message", containsString("managed by your IdP"));
    api().body("{\"memberType\":\"Creator\"}").patch("/members/" + grace.id()).then().statusCode(403);
    api().body("{\"isArchived\":\"yes\"}").patch("/members/" + grace.id()).then().statusCode(400);
    RestAssured.given().baseUri(org.apiBaseUrl().toString()).get("/members").then().statusCode(401);
  }

  @Test
  void changesShowInSigmaOnlyAfterTheDelay() {
    org.organisation().provisioningDelay(Duration.ofMinutes(5));
    String id = idp().body(user("lin@example.com", null)).post("/Users").then().statusCode(201).extract().path("id");

    api().get("/members").then().body("entries.memberId", not(hasItem(id)));
    org.letTimePass(Duration.ofMinutes(5));
    api().get("/members").then().body("entries.memberId", hasItem(id));
  }

  @Test
  void turningProvisioningOffRefusesTheIdp() {
    org.organisation().portal().disableProvisioning(ada.id());

    idp().get("/Users").then().statusCode(401).body("detail", containsString("turned off"));
  }
}
