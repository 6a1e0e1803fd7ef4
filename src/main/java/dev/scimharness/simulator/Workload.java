package dev.scimharness.simulator;

import java.time.Duration;

/**
 * A realistic load: an initial sync of {@code users} people and {@code groups} groups of
 * {@code membersPerGroup} members each, then a stream of {@code updates} profile updates sent at up to
 * {@code rate} requests per second (0: as fast as {@code concurrency} connections go). The stream stops by
 * itself after its updates or after {@code maxDuration}, whichever comes first.
 */
public record Workload(int users, int groups, int membersPerGroup, int updates, double rate, int concurrency,
                       Duration maxDuration) {
  public Workload {
    if (users < 1 || groups < 0 || membersPerGroup < 0 || updates < 0 || rate < 0 || concurrency < 1) {
      throw new IllegalArgumentException("a workload needs ≥1 user, ≥1 connection and no negative counts or rate");
    }
    if (membersPerGroup > users) {
      throw new IllegalArgumentException("membersPerGroup (" + membersPerGroup + ") exceeds users (" + users + ")");
    }
    if (maxDuration == null || maxDuration.isNegative() || maxDuration.isZero()) {
      throw new IllegalArgumentException("a workload needs a positive maxDuration: it must stop by itself");
    }
  }
}
