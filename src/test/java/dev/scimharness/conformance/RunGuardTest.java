package dev.scimharness.conformance;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scimharness.endpoint.Exchange;
import dev.scimharness.endpoint.Request;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunGuardTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05.678Z"), ZoneOffset.UTC);

  private static Exchange unanswered() {
    return Exchange.unanswered("GET", "http://t/Users", Map.of(), null, Duration.ZERO, "ConnectException");
  }

  private static Exchange answered() {
    return new Exchange("GET", "http://t/Users", Map.of(), null, 500, Map.of(), "", Duration.ZERO, null);
  }

  @Test
  void givesUpAfterTheConfiguredNumberOfUnansweredRequestsInARow() {
    RunGuard g = new RunGuard(3, false, CLOCK);
    g.observe(unanswered());
    g.observe(unanswered());
    g.observe(answered());
    g.observe(unanswered());
    g.observe(unanswered());
    assertNull(g.gaveUp(), "an answer, even a 500, breaks the row");
    g.observe(unanswered());
    assertTrue(g.gaveUp().startsWith("target unreachable since 2026-01-02T03:04:05Z"), g.gaveUp());
    NotRun refused = assertThrows(NotRun.class, () -> g.admit(Request.of("GET", "/Users")));
    assertEquals(g.gaveUp(), refused.getMessage());
  }

  @Test
  void aReadOnlyRunRefusesWritesButNotReadsOrSearches() {
    RunGuard g = new RunGuard(5, true, CLOCK);
    assertDoesNotThrow(() -> g.admit(Request.of("GET", "/Users?filter=x")));
    assertDoesNotThrow(() -> g.admit(Request.of("POST", "/Users/.search", "{}")));
    assertDoesNotThrow(() -> g.admit(Request.of("POST", "/.search", "{}")));
    for (String m : new String[] {"POST", "PUT", "PATCH", "DELETE"}) {
      WriteRefused w = assertThrows(WriteRefused.class, () -> g.admit(Request.of(m, "/Users/1?x=y", "{}")));
      assertTrue(w.getMessage().contains("read-only") && w.getMessage().contains(m + " /Users/1)"), w.getMessage());
    }
  }
}
