package dev.scimharness.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scimharness.scim.Leniency;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WorkloadRunAcceptanceTest {
  @Test
  void aWorkloadSyncsThenStreamsUpdatesAndCountsEveryRequest() {
    try (ReferenceTarget t = ReferenceTarget.start(Leniency.LENIENT)) {
      WorkloadResult r = WorkloadRun.run(DialectLoader.standard().load("okta"), t.transport(),
          new Workload(6, 2, 3, 12, 0, 3, Duration.ofSeconds(60)));
      assertEquals(0, r.syncFailures());
      assertEquals(0, r.errors(), r.sampleErrors().toString());
      assertEquals(12, r.updates());
      assertEquals(24, r.requests(), "Okta's update is a GET and a PUT");
      assertTrue(r.p99Millis() >= r.p50Millis());
    }
  }

  @Test
  void aWorkloadStopsByItselfAtItsDeadlineWhateverItsUpdateCount() {
    try (ReferenceTarget t = ReferenceTarget.start(Leniency.LENIENT)) {
      WorkloadResult r = WorkloadRun.run(DialectLoader.standard().load("rfc"), t.transport(),
          new Workload(2, 0, 0, 1_000_000, 20, 2, Duration.ofSeconds(1)));
      assertTrue(r.stoppedByDeadline());
      assertTrue(r.updates() < 1_000_000);
    }
  }
}
