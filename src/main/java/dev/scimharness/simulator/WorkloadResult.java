package dev.scimharness.simulator;

import java.util.List;

/**
 * What a workload's update stream achieved: requests sent (retries included), failed updates, 429 answers,
 * elapsed seconds, requests per second and latency percentiles; and how the initial sync went.
 */
public record WorkloadResult(String dialect, String target, int syncRequests, int syncFailures, int updates,
                             int requests, int errors, int throttled, double seconds, double requestsPerSecond,
                             double p50Millis, double p99Millis, boolean stoppedByDeadline, List<String> sampleErrors) {
  public WorkloadResult {
    sampleErrors = List.copyOf(sampleErrors);
  }
}
