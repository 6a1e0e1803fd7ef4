package dev.scimharness.peers;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import dev.scimharness.report.RunSummary;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The suite's verdicts on the UnboundID SCIM 2 server toolkit, a second server this project did not write
 * (docs/peers.md): every scenario must end as {@code src/test/resources/peers/unboundid.expected.tsv} records —
 * listed ones as listed, all others passed; a scenario that starts passing fails this test too.
 */
class UnboundIdPeerAcceptanceTest {
  private static final Path EXPECTED = Path.of("src/test/resources/peers/unboundid.expected.tsv");

  @Test
  void theSuiteJudgesUnboundIdAsRecorded() throws Exception {
    String token = UUID.randomUUID().toString();
    RunSummary run;
    try (UnboundIdServer server = UnboundIdServer.start(token)) {
      run = PeerRun.run("unboundid", server.baseUrl(), token);
    }
    System.out.println("UnboundID peer: " + run.countsLine() + " in " + run.wallTime() + " ("
        + ScimSdkPeerAcceptanceTest.levels(run) + ")");
    assertFalse(run.scenarios().isEmpty(), "no scenario ran");
    List<String> diff = ExpectedOutcomes.read(EXPECTED).differences(run);
    if (!diff.isEmpty()) {
      fail("scenarios whose outcome against UnboundID differs from " + EXPECTED
          + " (details in target/peer-runs/unboundid/summary.md):\n" + String.join("\n", diff) + "\n");
    }
  }
}
