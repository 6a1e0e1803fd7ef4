package dev.scimharness.steps.sigma;

import dev.scimharness.report.RunSummary;
import dev.scimharness.sigma.SigmaFault;
import dev.scimharness.steps.SuiteRun;
import java.util.List;

/**
 * Runs features in this JVM against the embedded reference server with a given profile, with the conformance
 * glue (the sigma features use its SCIM steps) and the sigma glue.
 */
final class SigmaRuns {
  private SigmaRuns() {}

  static boolean remoteTargetConfigured() {
    return System.getenv("SCIM_BASE_URL") != null || System.getProperty("scim.baseUrl") != null;
  }

  /** A run; the profile's organisations break the guide as {@code -Dscim.sigmaFault} says, if it is given. */
  static RunSummary run(String name, String profile, String tags, String... featurePaths) {
    return suite(name, profile, tags).run(List.of(featurePaths));
  }

  /** As {@link #run}, the profile's organisations breaking the guide as {@code sigmaFault} says (null: none). */
  static RunSummary withSigmaFault(String name, String profile, String sigmaFault, String tags,
      List<String> featurePaths) {
    return suite(name, profile, tags).property(SigmaFault.PROPERTY, sigmaFault).run(featurePaths);
  }

  private static SuiteRun suite(String name, String profile, String tags) {
    return SuiteRun.named("sigma-runs/" + name)
        .glue(SuiteRun.CONFORMANCE_GLUE, "dev.scimharness.steps.sigma")
        .tags(tags)
        .property("scim.profile", profile);
  }
}
