package dev.scimharness.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scimharness.faults.Fault;
import dev.scimharness.faults.Faults;
import dev.scimharness.scim.Leniency;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A shrunk counterexample is written as a script that {@code -Dscim.fuzz.replay} runs again: against the faulty
 * server it fails the same way, against the clean one it passes; shrinking and the script are the same on every run.
 */
class TargetFuzzReplayTest {

  @Test
  void aCounterexampleReplaysAgainstAnyTarget(@TempDir Path dir) throws Exception {
    Path first = Files.createDirectories(dir.resolve("first"));
    FuzzReport found = FuzzServers.fuzz(Leniency.LENIENT, Faults.of(Fault.PATCH_REMOVE_IGNORES_FILTER),
        EnumSet.of(FuzzKind.PATCH), 60, 11, Optional.empty(), first);
    Counterexample c = found.kinds().get(0).counterexample();
    Path script = first.resolve("fuzz-patch.sh");
    assertTrue(Files.isRegularFile(script), FuzzMarkdown.render(found));
    String text = Files.readString(script);
    assertTrue(text.contains("# seed: 11") && text.contains("# case: ") && text.contains("$SCIM_TOKEN"), text);

    FuzzReport again = FuzzServers.fuzz(Leniency.LENIENT, Faults.of(Fault.PATCH_REMOVE_IGNORES_FILTER),
        EnumSet.of(FuzzKind.PATCH), 60, 11, Optional.empty(), Files.createDirectories(dir.resolve("again")));
    assertEquals(Files.readString(script), Files.readString(dir.resolve("again/fuzz-patch.sh")),
        "the same seed against the same server shrinks to the same script");

    FuzzReport replayed = FuzzServers.fuzz(Leniency.STRICT, Faults.of(Fault.PATCH_REMOVE_IGNORES_FILTER),
        EnumSet.noneOf(FuzzKind.class), 1, 0, Optional.of(script), null);
    KindResult r = replayed.kinds().get(0);
    assertEquals(1, r.failed(), FuzzMarkdown.render(replayed));
    assertEquals(c.violations().get(0).rule(), r.counterexample().violations().get(0).rule());

    FuzzReport clean = FuzzServers.fuzz(Leniency.LENIENT, Faults.NONE, EnumSet.noneOf(FuzzKind.class), 1, 0,
        Optional.of(script), null);
    assertEquals(0, clean.findings(), FuzzMarkdown.render(clean));
  }

  @Test
  void aFilterCounterexampleReplaysToo(@TempDir Path dir) throws Exception {
    FuzzReport found = FuzzServers.fuzz(Leniency.LENIENT, Faults.of(Fault.FILTER_AND_KEEPS_FIRST_CLAUSE),
        EnumSet.of(FuzzKind.FILTER), 100, 5, Optional.empty(), dir);
    Path script = dir.resolve("fuzz-filter.sh");
    assertTrue(Files.isRegularFile(script), FuzzMarkdown.render(found));
    assertEquals(1, FuzzServers.fuzz(Leniency.LENIENT, Faults.of(Fault.FILTER_AND_KEEPS_FIRST_CLAUSE),
        EnumSet.noneOf(FuzzKind.class), 1, 0, Optional.of(script), null).findings());
    assertEquals(0, FuzzServers.fuzz(Leniency.LENIENT, Faults.NONE, EnumSet.noneOf(FuzzKind.class), 1, 0,
        Optional.of(script), null).findings());
  }
}
