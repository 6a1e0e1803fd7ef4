package dev.scimharness.server;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hooks a provider profile uses to keep its own ids and to hear about what was stored. */
class ProfileHooksAcceptanceTest {
  /** Creates users named "linked…" under the provider's id "p-" + userName, and records every stored write. */
  static final class LinkingProfile implements Profile {
    final List<String> written = new CopyOnWriteArrayList<>();

    @Override
    public String name() {
      return "linking";
    }

    @Override
    public WritePlan beforeCreate(WriteContext ctx, ObjectNode proposed) {
      String userName = proposed.path("userName").asText();
      return userName.startsWith("linked") ? new WritePlan.CreateAs("p-" + userName, proposed)
          : WritePlan.proceed(proposed);
    }

    @Override
    public void afterWrite(WriteContext ctx, StoredResource stored) {
      written.add(ctx.operation() + " " + stored.name());
    }
  }

  static final LinkingProfile PROFILE = new LinkingProfile();
  static ServerFixture f;

  @BeforeAll
  static void start() {
    f = ServerFixture.start(b -> b.profile(PROFILE));
  }

  @AfterAll
  static void stop() {
    f.close();
  }

  @Test
  void aCreateAsPlanStoresTheResourceUnderTheProfilesId() {
    String id = f.createUser("linked.one");

    assertEquals("p-linked.one", id);
    f.scim().get("/Users/p-linked.one").then().statusCode(200).body("userName", equalTo("linked.one"));
  }

  @Test
  void aSecondCreateUnderATakenIdIsAConflictNotAnOverwrite() {
    f.createUser("linked.two");
    f.scim().body("{\"schemas\":[\"" + ServerFixture.USER + "\"],\"userName\":\"LINKED.two\"}").post("/Users")
        .then().statusCode(409).body("scimType", equalTo("uniqueness"));
  }

  @Test
  void afterWriteHearsStoredWritesButNotFailedOnes() {
    String id = f.createUser("plain.one");
    f.scim().body("{\"schemas\":[\"" + ServerFixture.USER + "\"],\"userName\":\"plain.one\"}").post("/Users")
        .then().statusCode(409);
    f.scim().body("{\"schemas\":[\"" + ServerFixture.USER + "\"],\"userName\":\"plain.one\",\"displayName\":\"P\"}")
        .put("/Users/" + id).then().statusCode(200);

    assertEquals(List.of("CREATE plain.one", "REPLACE plain.one"),
        PROFILE.written.stream().filter(w -> w.endsWith("plain.one")).toList());
  }
}
