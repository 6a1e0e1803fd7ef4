package dev.scimharness.server;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GroupsAcceptanceTest {
  static ServerFixture f;

  @BeforeAll
  static void start() {
    f = ServerFixture.start();
  }

  @AfterAll
  static void stop() {
    f.close();
  }

  private static String patch(String... ops) {
    return "{\"schemas\":[\"" + ServerFixture.PATCH_OP + "\"],\"Operations\":[" + String.join(",", ops) + "]}";
  }

  @Test
  void groupIsCreatedWithMembersThatCarryValueRefTypeAndDisplay() {
    String u = f.createUser("member.one");
    String g = f.scim().body("{\"schemas\":[\"" + ServerFixture.GROUP + "\"],\"displayName\":\"Team A\","
        + "\"members\":[{\"value\":\"" + u + "\",\"display\":\"Member One\"}]}").post("/Groups")
        .then().statusCode(201).body("members[0].value", equalTo(u))
        .body("members[0].type", equalTo("User"))
        .body("members[0].$ref", equalTo(f.server.baseUrl() + "/Users/" + u))
        .body("members[0].display", equalTo("Member One"))
        .extract().path("id");
    f.scim().get("/Groups/" + g).then().statusCode(200).body("displayName", equalTo("Team A"))
        .body("meta.resourceType", equalTo("Group"));
  }

  @Test
  void aMemberThatDoesNotExistIsRejectedAsInvalidValue() {
    f.scim().body("{\"schemas\":[\"" + ServerFixture.GROUP + "\"],\"displayName\":\"Ghosts\","
        + "\"members\":[{\"value\":\"no-such-user\"}]}").post("/Groups")
        .then().statusCode(400).body("scimType", equalTo("invalidValue"));
    f.scim().get("/Groups?filter=displayName eq \"Ghosts\"").then().body("totalResults", equalTo(0));
  }

  @Test
  void usersGroupsAttributeIsDerivedFromMembership() {
    String u = f.createUser("derived.groups");
    String g = f.createGroup("Derived", u);
    f.scim().get("/Users/" + u).then().body("groups.value", hasItem(g)).body("groups[0].display", equalTo("Derived"));
  }

  @Test
  void deletingAUserRemovesItFromEveryGroup() {
    String u = f.createUser("leaver");
    String stay = f.createUser("stayer");
    String g1 = f.createGroup("G1", u, stay);
    String g2 = f.createGroup("G2", u);
    f.scim().delete("/Users/" + u).then().statusCode(204);
    f.scim().get("/Groups/" + g1).then().body("members.value", containsInAnyOrder(stay));
    f.scim().get("/Groups/" + g2).then().body("members", nullValue());
  }

  @Test
  void patchAddsAndRemovesMembers() {
    String a = f.createUser("patch.a");
    String b = f.createUser("patch.b");
    String g = f.createGroup("Patchers", a);
    f.scim().body(patch("{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"" + b + "\"}]}"))
        .patch("/Groups/" + g).then().statusCode(204);
    f.scim().get("/Groups/" + g).then().body("members.value", containsInAnyOrder(a, b));
    f.scim().body(patch("{\"op\":\"remove\",\"path\":\"members[value eq \\\"" + a + "\\\"]\"}"))
        .queryParam("attributes", "members").patch("/Groups/" + g).then().statusCode(200)
        .body("members.value", containsInAnyOrder(b));
    f.scim().get("/Users/" + a).then().body("groups", nullValue());
  }

  @Test
  void oktaRenameWithAPathlessReplaceKeepsTheMembers() {
    String a = f.createUser("rename.a");
    String g = f.createGroup("Before Rename", a);
    f.scim().body(patch("{\"op\":\"replace\",\"value\":{\"id\":\"" + g + "\",\"displayName\":\"After Rename\"}}"))
        .patch("/Groups/" + g).then().statusCode(204);
    f.scim().body(patch("{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"Renamed Again\"}"))
        .patch("/Groups/" + g).then().statusCode(204);
    f.scim().get("/Groups/" + g).then().body("displayName", equalTo("Renamed Again"))
        .body("members.value", containsInAnyOrder(a));
  }

  @Test
  void aPathlessReplaceOfMembersReplacesThem() {
    String a = f.createUser("pathless.a");
    String b = f.createUser("pathless.b");
    String g = f.createGroup("Pathless", a);
    f.scim().body(patch("{\"op\":\"replace\",\"value\":{\"displayName\":\"Pathless\",\"members\":[{\"value\":\""
        + b + "\"}]}}")).patch("/Groups/" + g).then().statusCode(204);
    f.scim().get("/Groups/" + g).then().body("members.value", containsInAnyOrder(b));
  }

  @Test
  void entraRemoveWithValueListRemovesOnlyThoseMembers() {
    String a = f.createUser("entra.a");
    String b = f.createUser("entra.b");
    String g = f.createGroup("Entra", a, b);
    f.scim().body(patch("{\"op\":\"Remove\",\"path\":\"members\",\"value\":[{\"value\":\"" + a + "\"}]}"))
        .patch("/Groups/" + g).then().statusCode(204);
    f.scim().get("/Groups/" + g).then().body("members.value", containsInAnyOrder(b));
  }

  @Test
  void patchAddingANonexistentMemberIsInvalidValueAndChangesNothing() {
    String a = f.createUser("solo");
    String g = f.createGroup("Solo", a);
    String etag = f.scim().get("/Groups/" + g).header("ETag");
    f.scim().body(patch("{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"ghost\"}]}"))
        .patch("/Groups/" + g).then().statusCode(400).body("scimType", equalTo("invalidValue"));
    f.scim().get("/Groups/" + g).then().header("ETag", equalTo(etag)).body("members.value", containsInAnyOrder(a));
  }

  @Test
  void putReplacesTheMemberList() {
    String a = f.createUser("put.a");
    String b = f.createUser("put.b");
    String g = f.createGroup("Putters", a);
    f.scim().body("{\"schemas\":[\"" + ServerFixture.GROUP + "\"],\"displayName\":\"Putters 2\","
        + "\"members\":[{\"value\":\"" + b + "\"}]}").put("/Groups/" + g)
        .then().statusCode(200).body("displayName", equalTo("Putters 2")).body("members.value", containsInAnyOrder(b));
    f.scim().get("/Users/" + a).then().body("groups", nullValue());
  }

  @Test
  void excludedAttributesMembersLeavesTheMembersOut() {
    String a = f.createUser("excl.a");
    String g = f.createGroup("Excluded", a);
    f.scim().queryParam("excludedAttributes", "members").get("/Groups/" + g).then().statusCode(200)
        .body("members", nullValue()).body("displayName", equalTo("Excluded"));
  }

  @Test
  void groupsAreFoundByDisplayNameIgnoringCaseAndByMember() {
    String a = f.createUser("find.a");
    String g = f.createGroup("Findable Group", a);
    f.scim().queryParam("filter", "displayName eq \"findable group\"").get("/Groups").then().statusCode(200)
        .body("totalResults", equalTo(1)).body("Resources[0].id", equalTo(g));
    f.scim().queryParam("filter", "members.value eq \"" + a + "\"").get("/Groups").then()
        .body("Resources.id", hasItem(g));
  }

  @Test
  void deletingAGroupLeavesItsMembersAlone() {
    String a = f.createUser("orphan");
    String g = f.createGroup("Doomed", a);
    f.scim().delete("/Groups/" + g).then().statusCode(204);
    f.scim().get("/Users/" + a).then().statusCode(200).body("groups", nullValue());
    f.scim().get("/Groups/" + g).then().statusCode(404);
  }

  @Test
  void aGroupCanBeAMemberOfAGroup() {
    String inner = f.createGroup("Inner");
    String outer = f.createGroup("Outer", inner);
    f.scim().get("/Groups/" + outer).then().body("members[0].type", equalTo("Group"))
        .body("members", hasSize(1)).body("members.value", not(hasItem(outer)));
  }
}
