package dev.scimharness.server;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.Leniency;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lenient mode accepts what IdPs send and records each departure; strict mode rejects what RFC 7644 forbids. */
class RequestLintAcceptanceTest {
  private static final String ENTRA_DISABLE = "{\"schemas\":[\"" + ServerFixture.PATCH_OP + "\"],\"Operations\":"
      + "[{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"False\"}]}";
  private static final String SEARCH_WITHOUT_SCHEMA = "{\"filter\":\"userName eq \\\"x\\\"\"}";

  @TempDir
  Path dir;

  @Test
  void lenientServerAcceptsEntraShapesAndLogsEachFindingAsAJsonLineWithoutTheToken() throws Exception {
    Path log = dir.resolve("lint.jsonl");
    try (ServerFixture f = ServerFixture.start(b -> b.lintLog(log))) {
      String id = f.createUser("entra.user");
      f.scim().body(ENTRA_DISABLE).patch("/Users/" + id).then().statusCode(200).body("active", equalTo(false));
      List<String> rules = f.server.server().lint().recent().stream().map(LintRecord::rule).toList();
      assertTrue(rules.contains("patch-op-case"), rules.toString());
      String text = Files.readString(log);
      assertFalse(text.contains(f.server.token()), "the log must never hold a token");
      List<String> lines = Files.readAllLines(log);
      assertFalse(lines.isEmpty());
      JsonNode first = Json.parse(lines.stream().filter(l -> l.contains("patch-op-case")).findFirst().orElseThrow());
      assertEquals("PATCH /scim/v2/Users/" + id, first.get("request").asText());
      assertEquals("RFC 7644 §3.5.2", first.get("section").asText());
      assertTrue(first.get("fragment").asText().contains("Replace"));
      assertTrue(first.hasNonNull("timestamp"));
    }
  }

  @Test
  void strictServerRejectsWhatTheRfcForbidsWithTheRfcsError() {
    try (ServerFixture f = ServerFixture.start(b -> b.leniency(Leniency.STRICT))) {
      String id = f.createUser("strict.user");
      f.scim().body(ENTRA_DISABLE).patch("/Users/" + id).then().statusCode(400).body("scimType",
          equalTo("invalidSyntax"));
      f.scim().get("/Users/" + id).then().body("active", org.hamcrest.Matchers.nullValue());
      f.scim().body(SEARCH_WITHOUT_SCHEMA).post("/Users/.search").then().statusCode(400)
          .body("scimType", equalTo("invalidSyntax"));
    }
  }

  @Test
  void whatTheRfcOnlyDiscouragesIsAcceptedEvenInStrictModeAndStillLinted() {
    try (ServerFixture f = ServerFixture.start(b -> b.leniency(Leniency.STRICT))) {
      f.scim().contentType("application/json").body("{\"schemas\":[\"" + ServerFixture.USER + "\"],"
          + "\"userName\":\"json.user\"}").post("/Users").then().statusCode(201);
      assertTrue(f.server.server().lint().recent().stream().anyMatch(r -> r.rule().equals("content-type")));
    }
  }

  @Test
  void lenientSearchWithoutTheSearchRequestSchemaIsAnsweredAndLinted() {
    try (ServerFixture f = ServerFixture.start()) {
      f.scim().body(SEARCH_WITHOUT_SCHEMA).post("/Users/.search").then().statusCode(200);
      assertTrue(f.server.server().lint().recent().stream()
          .anyMatch(r -> r.rule().equals("search-request-schema")));
    }
  }

  @Test
  void theInMemoryLogKeepsOnlyTheMostRecentFindings() {
    try (ServerFixture f = ServerFixture.start(b -> b.lintMemory(2))) {
      for (int i = 0; i < 3; i++) {
        f.scim().body(SEARCH_WITHOUT_SCHEMA).post("/Users/.search").then().statusCode(200);
      }
      assertEquals(2, f.server.server().lint().recent().size());
      assertEquals(3, f.server.server().lint().total());
    }
  }
}
