package dev.scimharness.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scimharness.faults.Faults;
import dev.scimharness.scim.Leniency;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The fuzz a vendor runs against their endpoint ({@code -Dscim.fuzz}) finds nothing against the clean reference
 * server, strict or lenient: its oracle holds only what every conformant server must do.
 */
class TargetFuzzOnCleanServerTest {
  static final int TRIES = 300;

  @ParameterizedTest
  @EnumSource(Leniency.class)
  void findsNothingOnTheReferenceServer(Leniency leniency) {
    FuzzReport report = FuzzServers.fuzz(leniency, Faults.NONE, EnumSet.allOf(FuzzKind.class), TRIES, 7644,
        Optional.empty(), null);
    String details = FuzzMarkdown.render(report);
    assertEquals(0, report.findings(), details);
    for (KindResult k : report.kinds()) {
      assertEquals(k.kind() == FuzzKind.LIFECYCLE ? FuzzRun.lifecycleTries(TRIES) : TRIES, k.tries(), details);
      assertEquals(0, k.setUpFailed(), details);
      assertTrue(k.outcomes().keySet().stream().noneMatch(o -> o.startsWith("not run")), details);
    }
    System.out.println(details);
  }
}
