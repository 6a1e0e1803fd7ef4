package dev.scimharness.server;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.function.Consumer;

/** A started reference server and request specs for it, shared by the acceptance tests. */
final class ServerFixture implements AutoCloseable {
  static final String SCIM = "application/scim+json";
  static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";
  static final String GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";
  static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
  static final String ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";

  final EmbeddedServer server;
  private final RequestSpecification spec;
  private final String token;
  private final boolean owner;

  private ServerFixture(EmbeddedServer server) {
    this(server, server.token(), true);
  }

  private ServerFixture(EmbeddedServer server, String token, boolean owner) {
    this.server = server;
    this.token = token;
    this.owner = owner;
    this.spec = new RequestSpecBuilder()
        .setBaseUri(server.baseUrl())
        .setConfig(RestAssuredConfig.config().encoderConfig(
            EncoderConfig.encoderConfig().encodeContentTypeAs(SCIM, io.restassured.http.ContentType.TEXT)
                .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
        .setContentType(SCIM)
        .build();
  }

  static ServerFixture start() {
    return new ServerFixture(EmbeddedServer.start(b -> b.profile(new RfcProfile()).hooks(ServerHooks.NONE)));
  }

  static ServerFixture start(Consumer<ServerConfig.Builder> customise) {
    return new ServerFixture(EmbeddedServer.start(b -> {
      b.profile(new RfcProfile()).hooks(ServerHooks.NONE);
      customise.accept(b);
    }));
  }

  /**
   * The same server through another of its tokens (so, usually, another tenant); closing the view leaves the
   * server running.
   */
  ServerFixture withToken(String otherToken) {
    return new ServerFixture(server, otherToken, false);
  }

  /** Authenticated, SCIM content type. */
  RequestSpecification scim() {
    return anonymous().header("Authorization", "Bearer " + token);
  }

  RequestSpecification as(String token) {
    return anonymous().header("Authorization", "Bearer " + token);
  }

  RequestSpecification anonymous() {
    return RestAssured.given().spec(spec);
  }

  /** Creates a user and returns its id. */
  String createUser(String userName) {
    return scim().body("{\"schemas\":[\"" + USER + "\"],\"userName\":\"" + userName + "\"}")
        .post("/Users").then().statusCode(201).extract().path("id");
  }

  String createGroup(String displayName, String... memberIds) {
    StringBuilder members = new StringBuilder();
    for (String m : memberIds) {
      members.append(members.length() == 0 ? "" : ",").append("{\"value\":\"").append(m).append("\"}");
    }
    return scim().body("{\"schemas\":[\"" + GROUP + "\"],\"displayName\":\"" + displayName + "\",\"members\":["
        + members + "]}").post("/Groups").then().statusCode(201).extract().path("id");
  }

  JsonPath getJson(String path) {
    return scim().get(path).then().statusCode(200).extract().jsonPath();
  }

  @Override
  public void close() {
    if (owner) {
      server.close();
    }
  }
}
