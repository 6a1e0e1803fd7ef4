package dev.scimharness.peers;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import dev.scimharness.requirements.Level;
import dev.scimharness.report.Outcome;
import dev.scimharness.report.RunSummary;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The suite's verdicts on SCIM-SDK, a server this project did not write (docs/peers.md): every scenario must end
 * as {@code src/test/resources/peers/scim-sdk.expected.tsv} records — listed ones as listed, all others passed.
 * A scenario that starts passing fails this test too, so the record never hides a fixed problem.
 */
class ScimSdkPeerAcceptanceTest {
  private static final Path EXPECTED = Path.of("src/test/resources/peers/scim-sdk.expected.tsv");

  @Test
  void theSuiteJudgesScimSdkAsRecorded() throws Exception {
    String token = UUID.randomUUID().toString();
    RunSummary run;
    try (ScimSdkServer server = ScimSdkServer.start(token)) {
      run = PeerRun.run("scim-sdk", server.baseUrl(), token);
    }
    System.out.println("SCIM-SDK peer: " + run.countsLine() + " in " + run.wallTime() + " (" + levels(run) + ")");
    assertFalse(run.scenarios().isEmpty(), "no scenario ran");
    List<String> diff = ExpectedOutcomes.read(EXPECTED).differences(run);
    if (!diff.isEmpty()) {
      fail("scenarios whose outcome against SCIM-SDK differs from " + EXPECTED
        + " (details in target/peer-runs/scim-sdk/summary.md):\n" + String.join("\n", diff) + "\n");
    }
  }

  static String levels(RunSummary run) {
    StringBuilder s = new StringBuilder();
    for (Level l : Level.values()) {
      if (s.length() > 0) {
        s.append("; ");
      }
      s.append(l.tag()).append(' ');
      for (Outcome o : Outcome.values()) {
        s.append(run.count(o, l)).append(' ').append(o.word()).append(o.ordinal() == Outcome.values().length - 1 ? "" : ", ");
      }
    }
    return s.toString().toLowerCase(Locale.ROOT);
  }
}
