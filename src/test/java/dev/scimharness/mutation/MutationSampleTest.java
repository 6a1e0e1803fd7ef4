package dev.scimharness.mutation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scimharness.report.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Replays a fixed sample of the kills the last full mutation audit recorded ({@code kills.tsv}): each sampled
 * scenario must still fail with the mutant that killed it, so a scenario that stops looking at what it checks is
 * caught by {@code mvn test} and not only by the audit.
 */
class MutationSampleTest {
  static final Path KILLS = Path.of("src/test/resources/mutation/kills.tsv");
  static final long SEED = 7644;
  static final int SAMPLE = 20;

  @Test
  void theSampledMutantsStillKillTheirScenarios() throws Exception {
    List<String[]> sample = sample(rows());
    assertTrue(!sample.isEmpty(), "kills.tsv holds kills");
    List<String> survivors = new ArrayList<>();
    try (MutationTarget target = MutationTarget.start()) {
      for (String[] r : sample) {
        Mutant m = Mutant.parse(r[3]);
        Outcome o = target.scenario(r[1], m);
        if (o != Outcome.FAILED && o != Outcome.BLOCKED || !target.proxy().applied()) {
          survivors.add(r[0] + " " + r[2] + ": " + m.describe() + " -> " + o
              + (target.proxy().applied() ? "" : " (its exchange never came)"));
        }
      }
    }
    assertTrue(survivors.isEmpty(), "mutants that killed these scenarios now survive:\n" + String.join("\n",
        survivors));
  }

  static List<String[]> rows() throws IOException {
    List<String[]> out = new ArrayList<>();
    for (String line : Files.readAllLines(KILLS)) {
      if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("scenario\t")) {
        out.add(line.split("\t"));
      }
    }
    return out;
  }

  private static List<String[]> sample(List<String[]> all) {
    List<String[]> copy = new ArrayList<>(all);
    Collections.shuffle(copy, new Random(SEED));
    return copy.subList(0, Math.min(SAMPLE, copy.size()));
  }
}
