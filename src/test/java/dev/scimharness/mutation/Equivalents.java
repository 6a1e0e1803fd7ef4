package dev.scimharness.mutation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The mutants a person found equivalent: under the RFC they cannot change a scenario's outcome. One row per
 * mutant: scenario id, the mutant as the audit describes it, and the reason with its RFC section.
 */
final class Equivalents {
  static final Path FILE = Path.of("src/test/resources/mutation/equivalent.tsv");
  private final Map<String, String> reasons;

  private Equivalents(Map<String, String> reasons) {
    this.reasons = reasons;
  }

  static Equivalents load() throws IOException {
    Map<String, String> out = new HashMap<>();
    if (Files.exists(FILE)) {
      for (String line : Files.readAllLines(FILE)) {
        String[] c = line.split("\t");
        if (c.length >= 3 && !line.startsWith("#") && !c[0].equals("scenario")) {
          out.put(c[0] + "\t" + c[1], c[2]);
        }
      }
    }
    return new Equivalents(out);
  }

  /** The reason the mutant is equivalent for the scenario, or {@code null}. */
  String reason(String scenarioId, Mutant m) {
    return reasons.get(scenarioId + "\t" + m.describe());
  }

  /** Whether a scenario is listed with any equivalent mutant. */
  boolean lists(String scenarioId) {
    return reasons.keySet().stream().anyMatch(k -> k.startsWith(scenarioId + "\t"));
  }
}
