package dev.scimharness.steps.sigma;

import dev.scimharness.report.RunSummary;
import dev.scimharness.steps.conformance.QuietSummaryPlugin;
import dev.scimharness.conformance.Targets;
import io.cucumber.core.options.CommandlineOptionsParser;
import io.cucumber.core.options.RuntimeOptions;
import io.cucumber.core.runtime.Runtime;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs features in this JVM against the embedded reference server with a given profile, as the conformance
 * suite's fault self-test runs them against each fault: Cucumber's runtime, the suite's glue, a quiet summary.
 */
final class SigmaRuns {
  private SigmaRuns() {}

  static boolean remoteTargetConfigured() {
    return System.getenv("SCIM_BASE_URL") != null || System.getProperty("scim.baseUrl") != null;
  }

  static synchronized RunSummary run(String name, String profile, String tags, String... featurePaths) {
    String previous = System.getProperty("scim.profile");
    System.setProperty("scim.profile", profile);
    try {
      QuietSummaryPlugin plugin = new QuietSummaryPlugin("target/sigma-runs/" + name);
      List<String> args = new ArrayList<>(List.of("--glue", "dev.scimharness.steps.conformance", "--glue", "dev.scimharness.steps.sigma", "--tags", tags, "--threads", "4",
          "--monochrome"));
      args.addAll(List.of(featurePaths));
      RuntimeOptions options = new CommandlineOptionsParser(OutputStream.nullOutputStream())
          .parse(args.toArray(String[]::new)).build();
      Runtime.builder().withRuntimeOptions(options)
          .withClassLoader(() -> Thread.currentThread().getContextClassLoader())
          .withAdditionalPlugins(plugin).build().run();
      RunSummary summary = plugin.summary();
      if (summary == null) {
        throw new AssertionError("the run '" + name + "' did not finish");
      }
      return summary;
    } finally {
      Targets.closeCurrent();
      if (previous == null) {
        System.clearProperty("scim.profile");
      } else {
        System.setProperty("scim.profile", previous);
      }
    }
  }
}
