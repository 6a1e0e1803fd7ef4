package dev.scimharness.server;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SeedDataAcceptanceTest {

  @Test
  void theDocumentedSeedFileLoadsUsersAndGroupsWithMembersNamedByUserName() {
    try (ServerFixture f = ServerFixture.start()) {
      int[] n = SeedData.load(f.server.server(), TokenGrant.tenant(EmbeddedServer.DEFAULT_TENANT),
          Path.of("docs/reference-server-seed.json"));
      assertArrayEquals(new int[] {2, 1}, n);
      f.scim().queryParam("filter", "displayName eq \"Engineering\"").get("/Groups").then()
          .body("totalResults", equalTo(1)).body("Resources[0].members", hasSize(2));
      f.scim().queryParam("filter", "externalId eq \"bjensen\"").get("/Users").then()
          .body("Resources[0].userName", equalTo("bjensen@example.com"));
    }
  }
}
