package dev.scimharness.peers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scimharness.endpoint.ScimClient;
import dev.scimharness.fuzz.FuzzKind;
import dev.scimharness.fuzz.FuzzMarkdown;
import dev.scimharness.fuzz.FuzzOptions;
import dev.scimharness.fuzz.FuzzReport;
import dev.scimharness.fuzz.FuzzRun;
import dev.scimharness.fuzz.KindResult;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The target fuzz ({@code -Dscim.fuzz}) against each server of the real-server corpus runs to its end: every try
 * gets an answer and is judged. What it finds is the servers' (listed in docs/peers.md), so it is reported in
 * {@code target/peer-runs/<server>/fuzz.md}, not asserted.
 */
class PeerFuzzAcceptanceTest {
  static final int TRIES = 100;

  @Test
  void theFuzzRunsToItsEndAgainstUnboundId() throws Exception {
    String token = UUID.randomUUID().toString();
    try (UnboundIdServer server = UnboundIdServer.start(token)) {
      check("unboundid", server.baseUrl(), token);
    }
  }

  @Test
  void theFuzzRunsToItsEndAgainstScimSdk() throws Exception {
    String token = UUID.randomUUID().toString();
    try (ScimSdkServer server = ScimSdkServer.start(token)) {
      check("scim-sdk", server.baseUrl(), token);
    }
  }

  private static void check(String name, String baseUrl, String token) throws Exception {
    Path dir = Files.createDirectories(Path.of("target/peer-runs", name));
    FuzzReport report;
    try (ScimClient client = new ScimClient(URI.create(baseUrl), token, Map.of(), Duration.ofSeconds(5),
        Duration.ofSeconds(20), false)) {
      report = FuzzRun.run(client, "hpeer", name, new FuzzOptions(EnumSet.allOf(FuzzKind.class), TRIES, 7644,
          Optional.empty()), dir);
    }
    String details = FuzzMarkdown.render(report);
    Files.writeString(dir.resolve("fuzz.md"), details);
    System.out.println(name + " fuzz: " + report.explain());
    assertNull(report.notRun(), details);
    assertEquals(FuzzKind.values().length, report.kinds().size(), details);
    for (KindResult k : report.kinds()) {
      assertEquals(k.kind() == FuzzKind.LIFECYCLE ? TRIES / 5 : TRIES, k.tries(), details);
      assertTrue(k.outcomes().keySet().stream().noneMatch(o -> o.startsWith("not run")), details);
    }
  }
}
