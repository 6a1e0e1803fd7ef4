package dev.scimharness.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.endpoint.Redactor;
import dev.scimharness.scim.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappingWriterTest {
  private static final String A = "features/rfc7644/3.6-delete.feature:9";
  private static final String USER = "/Users/2819c223-7f76-453a-919d-413861904646";

  @TempDir
  Path dir;

  private List<Recorded> run() {
    return List.of(
        Exchanges.configured(null, 0, "GET", "/ServiceProviderConfig", "", 200, "{\"patch\":{\"supported\":true}}"),
        Exchanges.configured(A, 1, "GET", USER, "", 200, "{\"id\":\"2819c223\",\"echo\":\"" + Exchanges.TOKEN + "\"}"),
        Exchanges.configured(A, 2, "DELETE", USER, "", 204, ""),
        Exchanges.configured(A, 3, "GET", USER, "", 404, "{\"status\":\"404\"}"),
        Exchanges.recorded(A, 4, "GET", "/Users", "Bearer scim-harness-wrong-token-0000", "", 401, ""),
        Exchanges.recorded(A, 5, "GET", "/Users", null, "", 401, ""),
        Exchanges.configured(A, 6, "POST", "/Users", "{\"userName\":\"x\"}", 201, "{\"id\":\"x\"}"));
  }

  private List<JsonNode> write() throws IOException {
    new MappingWriter(Redactor.of(Exchanges.TOKEN, Map.of()), Exchanges.ORIGIN, Exchanges.TOKEN).write(dir, run());
    List<JsonNode> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir.resolve(Recording.MAPPINGS))) {
      for (Path f : files.sorted().toList()) {
        Json.MAPPER.readTree(f.toFile()).path("mappings").forEach(all::add);
      }
    }
    return all;
  }

  @Test
  void theTokenIsWrittenNowhereNotEvenWhereTheTargetEchoedIt() throws IOException {
    write();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        assertFalse(Files.readString(f).contains(Exchanges.TOKEN), f + " holds the token");
      }
    }
  }

  @Test
  void theSameRequestAnsweredTwiceIsAStatefulSequenceWhoseLastAnswerRepeats() throws IOException {
    List<JsonNode> reads = write().stream().filter(m -> m.path("request").path("method").asText().equals("GET")
        && m.path("request").path("url").asText().equals("/scim/v2" + USER) && m.path("priority").asInt() == 1).toList();
    assertEquals(2, reads.size(), reads.toString());
    assertEquals(reads.get(0).path("scenarioName"), reads.get(1).path("scenarioName"));
    assertEquals("Started", reads.get(0).path("requiredScenarioState").asText());
    assertEquals(reads.get(1).path("requiredScenarioState"), reads.get(0).path("newScenarioState"));
    assertTrue(reads.get(1).path("newScenarioState").isMissingNode(), "the last answer keeps its state");
    assertEquals(200, reads.get(0).path("response").path("status").asInt());
    assertEquals(404, reads.get(1).path("response").path("status").asInt());
    assertEquals(A, reads.get(0).path("request").path("headers").path(Recording.SCENARIO_HEADER).path("equalTo")
        .asText());
  }

  @Test
  void authorizationIsMatchedByKindOnly() throws IOException {
    List<JsonNode> all = write();
    JsonNode configured = auth(all, "/scim/v2" + USER);
    assertEquals("Bearer " + Recording.REPLAY_TOKEN, configured.path("equalTo").asText());
    List<JsonNode> lists = all.stream().filter(m -> m.path("request").path("url").asText().equals("/scim/v2/Users")
        && m.path("request").path("method").asText().equals("GET") && m.path("priority").asInt() == 1).toList();
    assertEquals(2, lists.size());
    assertTrue(lists.stream().anyMatch(m -> m.path("request").path("headers").path("Authorization").path("absent")
        .asBoolean()), "the request without credentials requires none");
    String other = lists.stream().map(m -> m.path("request").path("headers").path("Authorization").path("matches"))
        .filter(JsonNode::isTextual).findFirst().orElseThrow().asText();
    assertTrue("Bearer scim-harness-wrong-token-0000".matches(other));
    assertFalse(("Bearer " + Recording.REPLAY_TOKEN).matches(other));
  }

  @Test
  void aHeaderOneRequestLacksIsRequiredAbsentAndTransportHeadersAreNotServed() throws IOException {
    List<JsonNode> all = write();
    JsonNode delete = all.stream().filter(m -> m.path("request").path("method").asText().equals("DELETE"))
        .findFirst().orElseThrow();
    assertTrue(delete.path("request").path("headers").path("Content-Type").path("absent").asBoolean());
    assertTrue(delete.path("request").path("bodyPatterns").path(0).path("absent").asBoolean());
    all.forEach(m -> assertTrue(m.path("response").path("headers").path("Content-Length").isMissingNode()));
  }

  @Test
  void requestsOutsideAScenarioAndTheFirstAnswerOfEachRequestAreShared() throws IOException {
    List<JsonNode> shared = write().stream().filter(m -> m.path("priority").asInt() == MappingWriter.SHARED_PRIORITY)
        .toList();
    assertTrue(shared.stream().allMatch(m -> m.path("request").path("headers").path(Recording.SCENARIO_HEADER)
        .isMissingNode()));
    JsonNode read = shared.stream().filter(m -> m.path("request").path("url").asText().equals("/scim/v2" + USER))
        .findFirst().orElseThrow();
    assertEquals(200, read.path("response").path("status").asInt(), "the first answer, not the later 404");
    assertTrue(shared.stream().anyMatch(m -> m.path("request").path("url").asText()
        .equals("/scim/v2/ServiceProviderConfig")));
  }

  private static JsonNode auth(List<JsonNode> all, String url) {
    return all.stream().filter(m -> m.path("request").path("url").asText().equals(url)).findFirst().orElseThrow()
        .path("request").path("headers").path("Authorization");
  }
}
