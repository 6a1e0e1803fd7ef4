package dev.scimharness.conformance;

import dev.scimharness.endpoint.ConfigException;
import dev.scimharness.endpoint.HarnessConfig;
import dev.scimharness.endpoint.ScimClient;
import dev.scimharness.endpoint.Setting;
import dev.scimharness.endpoint.Target;
import dev.scimharness.report.ExitCode;

/**
 * The sweep on its own, after an aborted run: deletes what the run named {@code scim.sweepPrefix} left on the
 * configured target. The prefix is printed when a run starts and kept in {@code summary.json} ("namePrefix").
 * {@code mvn -B -q compile exec:java -Dexec.mainClass=dev.scimharness.conformance.SweepMain -Dscim.baseUrl=…
 * -Dscim.token=… -Dscim.sweepPrefix=…}
 */
public final class SweepMain {
  private SweepMain() {}

  public static void main(String[] args) {
    String prefix = System.getProperty(Setting.SWEEP_PREFIX.property(), System.getenv(Setting.SWEEP_PREFIX.env()));
    HarnessConfig config;
    try {
      config = HarnessConfig.fromSystem();
      if (config.isEmbedded() || prefix == null || prefix.isBlank()) {
        throw new ConfigException("the sweep needs a remote target (" + Setting.BASE_URL.describe() + ") and the"
            + " prefix of the run to delete (" + Setting.SWEEP_PREFIX.describe() + ").");
      }
    } catch (ConfigException e) {
      System.err.println("[sweep] " + e.getMessage());
      System.exit(ExitCode.USAGE_ERROR.code());
      return;
    }
    try (Target target = Target.open(config); ScimClient client = ScimClient.of(target, config)) {
      System.out.println("[sweep] " + target.describe() + ": " + Sweep.run(client, prefix.trim()));
    }
  }
}
