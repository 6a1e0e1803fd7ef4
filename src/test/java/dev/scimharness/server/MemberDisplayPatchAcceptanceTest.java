package dev.scimharness.server;

import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The membership fast path treats a member's {@code display} as the PATCH engine does under the Group schema
 * ({@code members.display} is immutable): an add of a member already there changes nothing but a display it did not
 * have (RFC 7644 §3.5.2.1), and an add with a different display is {@code mutability}.
 */
class MemberDisplayPatchAcceptanceTest {
  private static ServerFixture f;

  @BeforeAll
  static void start() {
    f = ServerFixture.start();
  }

  @AfterAll
  static void stop() {
    f.close();
  }

  private static String addMember(String id, String display) {
    return "{\"schemas\":[\"" + ServerFixture.PATCH_OP + "\"],\"Operations\":[{\"op\":\"add\",\"path\":\"members\","
        + "\"value\":[{\"value\":\"" + id + "\""
        + (display == null ? "" : ",\"display\":\"" + display + "\"") + "}]}]}";
  }

  @Test
  void reAddingAMemberWithoutDisplayKeepsItsDisplay() {
    String user = f.createUser("readd-" + System.nanoTime());
    String group = f.createGroup("Re-add");
    f.scim().body(addMember(user, "Babs")).patch("/Groups/" + group).then().statusCode(204);

    f.scim().body(addMember(user, null)).patch("/Groups/" + group).then().statusCode(204);

    f.scim().get("/Groups/" + group).then().statusCode(200).body("members[0].display", equalTo("Babs"));
  }

  @Test
  void reAddingAMemberWithAnotherDisplayIsMutabilityAndChangesNothing() {
    String user = f.createUser("redisplay-" + System.nanoTime());
    String group = f.createGroup("Re-display");
    f.scim().body(addMember(user, "Babs")).patch("/Groups/" + group).then().statusCode(204);

    f.scim().body(addMember(user, "Barbara")).patch("/Groups/" + group)
        .then().statusCode(400).body("scimType", equalTo("mutability"));

    f.scim().get("/Groups/" + group).then().statusCode(200).body("members[0].display", equalTo("Babs"));
  }

  @Test
  void aMemberListedTwiceKeepsTheDisplayOneListingGave() {
    String user = f.createUser("twice-" + System.nanoTime());
    String group = f.createGroup("Twice");

    f.scim().body("{\"schemas\":[\"" + ServerFixture.PATCH_OP + "\"],\"Operations\":[{\"op\":\"replace\","
            + "\"path\":\"members\",\"value\":[{\"value\":\"" + user + "\",\"display\":\"Babs\"},"
            + "{\"value\":\"" + user + "\"}]}]}")
        .patch("/Groups/" + group).then().statusCode(204);

    f.scim().get("/Groups/" + group).then().statusCode(200)
        .body("members.size()", equalTo(1)).body("members[0].display", equalTo("Babs"));
  }
}
