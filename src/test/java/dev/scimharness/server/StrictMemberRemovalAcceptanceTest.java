package dev.scimharness.server;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.scimharness.scim.Leniency;
import org.junit.jupiter.api.Test;

/**
 * The membership fast path agrees with the PATCH engine in STRICT mode: RFC 7644 §3.12 noTarget when
 * {@code members[value eq "…"]} matches no member, also when an earlier operation of the same request removed it.
 */
class StrictMemberRemovalAcceptanceTest {

  @Test
  void removingAMemberAnEarlierOperationRemovedIsNoTargetAndChangesNothing() {
    try (ServerFixture f = ServerFixture.start(b -> b.leniency(Leniency.STRICT))) {
      String user = f.createUser("babs");
      String group = f.createGroup("Tour Guides", user);

      f.scim().body("{\"schemas\":[\"" + ServerFixture.PATCH_OP + "\"],\"Operations\":["
              + "{\"op\":\"remove\",\"path\":\"members\"},"
              + "{\"op\":\"remove\",\"path\":\"members[value eq \\\"" + user + "\\\"]\"}]}")
          .patch("/Groups/" + group)
          .then().statusCode(400).body("scimType", equalTo("noTarget"));

      f.scim().get("/Groups/" + group).then().statusCode(200).body("members", hasSize(1));
    }
  }
}
