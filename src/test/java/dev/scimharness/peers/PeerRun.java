package dev.scimharness.peers;

import dev.scimharness.conformance.Targets;
import dev.scimharness.endpoint.Setting;
import dev.scimharness.report.RunSummary;
import dev.scimharness.steps.conformance.QuietSummaryPlugin;
import io.cucumber.core.options.CommandlineOptionsParser;
import io.cucumber.core.options.RuntimeOptions;
import io.cucumber.core.runtime.Runtime;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the conformance suite in this JVM against a server this project did not write, as a remote target: the
 * harness settings point at it for the run and are put back afterwards, so other tests in the JVM still see the
 * embedded reference server.
 */
final class PeerRun {
  static final List<String> SUITE = List.of("features/rfc7643", "features/rfc7644");

  private PeerRun() {}

  static synchronized RunSummary run(String name, String baseUrl, String token) {
    Map<Setting, String> previous = new HashMap<>();
    for (Setting s : Setting.values()) {
      previous.put(s, System.getProperty(s.property()));
      System.clearProperty(s.property());
    }
    System.setProperty(Setting.BASE_URL.property(), baseUrl);
    System.setProperty(Setting.TOKEN.property(), token);
    try {
      QuietSummaryPlugin plugin = new QuietSummaryPlugin("target/peer-runs/" + name);
      List<String> args = new ArrayList<>(List.of("--glue", "dev.scimharness.steps.conformance", "--tags",
          "not @wip", "--threads", "4", "--monochrome"));
      args.addAll(SUITE);
      RuntimeOptions options = new CommandlineOptionsParser(OutputStream.nullOutputStream())
          .parse(args.toArray(String[]::new)).build();
      Runtime.builder().withRuntimeOptions(options)
          .withClassLoader(() -> Thread.currentThread().getContextClassLoader())
          .withAdditionalPlugins(plugin).build().run();
      RunSummary summary = plugin.summary();
      if (summary == null) {
        throw new AssertionError("the run against " + name + " did not finish");
      }
      return summary;
    } finally {
      Targets.closeCurrent();
      previous.forEach((s, v) -> {
        if (v == null) {
          System.clearProperty(s.property());
        } else {
          System.setProperty(s.property(), v);
        }
      });
    }
  }
}
