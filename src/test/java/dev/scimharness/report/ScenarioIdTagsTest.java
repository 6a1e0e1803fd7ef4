package dev.scimharness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Baselines (and waivers) name scenarios by their {@code @id-…} tag, so every scenario under {@code features/}
 * carries exactly one, of eight hex digits, and no two scenarios share one. A new scenario takes the first eight
 * hex digits of the SHA-1 of {@code <feature path>::<scenario name>}, once; the tag never changes afterwards.
 */
class ScenarioIdTagsTest {
  private static final Pattern SCENARIO = Pattern.compile("^\\s*(Scenario|Scenario Outline|Scenario Template|Example):");
  private static final Pattern ID = Pattern.compile("@id-(\\S*)");

  @Test
  void everyScenarioHasExactlyOneWellFormedUniqueIdTag() throws IOException {
    List<String> problems = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    int scenarios = 0;
    List<Path> files;
    try (Stream<Path> all = Files.walk(Path.of("features"))) {
      files = all.filter(p -> p.toString().endsWith(".feature")).sorted().toList();
    }
    for (Path f : files) {
      List<String> lines = Files.readAllLines(f);
      for (int i = 0; i < lines.size(); i++) {
        if (!SCENARIO.matcher(lines.get(i)).find()) {
          continue;
        }
        scenarios++;
        String where = f + ":" + (i + 1);
        List<String> ids = new ArrayList<>();
        for (int j = i - 1; j >= 0 && lines.get(j).trim().startsWith("@"); j--) {
          Matcher m = ID.matcher(lines.get(j));
          while (m.find()) {
            ids.add(m.group(1));
          }
        }
        if (ids.size() != 1) {
          problems.add(where + ": " + ids.size() + " @id- tags");
          continue;
        }
        String id = ids.get(0);
        if (!id.matches("[0-9a-f]{8}")) {
          problems.add(where + ": @id-" + id + " is not eight lower-case hex digits");
        }
        String other = seen.put(id, where);
        if (other != null) {
          problems.add(where + ": @id-" + id + " is also the id of " + other);
        }
      }
    }
    assertTrue(scenarios > 300, "scenarios found: " + scenarios);
    assertEquals(List.of(), problems);
  }
}
