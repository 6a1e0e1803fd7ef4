package dev.scimharness.steps.conformance;

import dev.scimharness.report.RunSummary;
import dev.scimharness.report.Verdict;

/** The summary plugin without console output, for runs inside the harness's own tests. */
public final class QuietSummaryPlugin extends SummaryPlugin {
  public QuietSummaryPlugin(String directory) {
    super(directory);
  }

  @Override
  protected void announce(RunSummary run, Verdict verdict) {}
}
