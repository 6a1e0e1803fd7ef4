package dev.scimharness.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.endpoint.Exchange;
import dev.scimharness.endpoint.Redactor;
import dev.scimharness.scim.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HarWriterTest {
  @TempDir
  Path dir;

  private JsonNode write() throws IOException {
    Path file = dir.resolve("run.har");
    List<Recorded> run = List.of(
        Exchanges.configured("features/rfc7644/3.3-create.feature:8", 0, "POST", "/Users?attributes=userName",
            "{\"userName\":\"a\",\"password\":\"Sup3r-secret\"}", 201, "{\"id\":\"1\"}"),
        Exchanges.configured(null, 1, "GET", "/Users?filter=userName%20eq%20%22a%22", "", 200, "{}"),
        new Recorded(null, Instant.parse("2026-11-30T12:00:02Z"), Exchange.unanswered("GET",
            Exchanges.BASE + "/Groups", Map.of("Authorization", "Bearer " + Exchanges.TOKEN), "", Duration.ofMillis(5),
            "ConnectException: connection refused")));
    new HarWriter(Redactor.of(Exchanges.TOKEN, Map.of()), "test").write(file, run, new RunSeed("hhar1", 3));
    return Json.MAPPER.readTree(file.toFile());
  }

  @Test
  void theArchiveIsHar12() throws IOException {
    JsonNode har = write();
    assertEquals(List.of(), HarCheck.problems(har));
    assertEquals(3, har.path("log").path("entries").size());
    assertTrue(har.path("log").path("comment").asText().contains("hhar1"));
  }

  @Test
  void queriesAreDecodedAndAFailedExchangeIsStatusZeroWithItsReason() throws IOException {
    JsonNode entries = write().path("log").path("entries");
    JsonNode q = entries.path(1).path("request").path("queryString").path(0);
    assertEquals("filter", q.path("name").asText());
    assertEquals("userName eq \"a\"", q.path("value").asText());
    assertEquals(0, entries.path(2).path("response").path("status").asInt());
    assertTrue(entries.path(2).path("comment").asText().contains("connection refused"));
    assertEquals("scenario features/rfc7644/3.3-create.feature:8", entries.path(0).path("comment").asText());
  }

  @Test
  void neitherTheTokenNorAPasswordIsWritten() throws IOException {
    write();
    String text = Files.readString(dir.resolve("run.har"));
    assertFalse(text.contains(Exchanges.TOKEN));
    assertFalse(text.contains("Sup3r-secret"));
    assertTrue(text.contains("Bearer " + Redactor.MASK), "the scheme stays, so a reader sees credentials were sent");
  }

  @Test
  void theCheckRejectsAnArchiveWithoutTimingsOrVersion() throws IOException {
    JsonNode har = write();
    ((ObjectNode) har.path("log").path("entries").path(0)).remove("timings");
    ((ObjectNode) har.path("log")).put("version", "1.1");
    List<String> problems = HarCheck.problems(har);
    assertTrue(problems.stream().anyMatch(p -> p.contains("timings")), problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.contains("log.version")), problems.toString());
  }
}
