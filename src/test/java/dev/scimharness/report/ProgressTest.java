package dev.scimharness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void saysHowFarTheRunIsAndWhatFailedSoFar() {
    Progress p = new Progress(0);
    p.ended(Outcome.PASSED);
    p.ended(Outcome.FAILED);
    p.ended(Outcome.SKIPPED);
    assertEquals("[conformance] 3 scenarios done, 1 failed so far, 12 s", p.line(12_400_000_000L));
    p.total(532);
    assertEquals("[conformance] 3/532 scenarios done, 1 failed so far, 12 s", p.line(12_400_000_000L));
  }
}
