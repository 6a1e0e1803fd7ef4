package dev.scimharness.peers;

import dev.scimharness.endpoint.Setting;
import dev.scimharness.report.RunSummary;
import dev.scimharness.steps.SuiteRun;
import java.util.List;

/**
 * Runs the conformance suite in this JVM against a server this project did not write, as a remote target: every
 * harness setting is cleared but the base URL and token for the run and put back afterwards, so other tests in the
 * JVM still see the embedded reference server.
 */
final class PeerRun {
  static final List<String> SUITE = List.of("features/rfc7643", "features/rfc7644");

  private PeerRun() {}

  static RunSummary run(String name, String baseUrl, String token) {
    SuiteRun run = SuiteRun.named("peer-runs/" + name).tags("not @wip");
    for (Setting s : Setting.values()) {
      run.property(s.property(), null);
    }
    return run.property(Setting.BASE_URL.property(), baseUrl)
        .property(Setting.TOKEN.property(), token)
        .run(SUITE);
  }
}
