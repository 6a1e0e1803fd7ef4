package dev.scimharness.requirements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every RFC scenario names the requirements it checks ({@code @req-<id>}), and its level tag is the level those
 * requirements have: the key word's (MUST/SHALL/REQUIRED → {@code @must}, SHOULD/RECOMMENDED → {@code @should},
 * MAY/OPTIONAL → {@code @may}), or the catalogue's decision for a sentence without one.
 */
class RequirementTagsTest {
  private static final Path[] RFC_FEATURES = {Path.of("features/rfc7643"), Path.of("features/rfc7644"),
      Path.of("features/rfc9865")};

  private final Catalogue catalogue = Catalogue.load();

  @Test
  void everyRfcScenarioNamesKnownServerRequirementsOfItsOwnLevel() throws IOException {
    List<FeatureScenarios> scenarios = FeatureScenarios.under(RFC_FEATURES);
    // -Dreq.files=<regex> narrows the guard to some feature files while they are being tagged.
    String only = System.getProperty("req.files", ".*");
    List<String> problems = new ArrayList<>();
    for (FeatureScenarios s : scenarios) {
      if (!s.file().toString().matches(only)) {
        continue;
      }
      List<String> reqs = s.tags().stream().filter(t -> t.startsWith("@req-")).toList();
      List<Level> levels = java.util.Arrays.stream(Level.values()).filter(l -> s.tags().contains(l.tag())).toList();
      if (reqs.isEmpty()) {
        problems.add(s.where() + ": names no requirement (@req-<id>)");
      }
      if (levels.size() != 1) {
        problems.add(s.where() + ": has " + levels.size() + " level tags");
        continue;
      }
      Level level = levels.get(0);
      for (String tag : reqs) {
        String id = tag.substring("@req-".length());
        Requirement r = catalogue.find(id).orElse(null);
        if (r == null) {
          problems.add(s.where() + ": " + tag + " is not in the catalogue");
        } else if (r.scope() != Scope.SERVER) {
          problems.add(s.where() + ": " + tag + " binds " + r.scope().name().toLowerCase() + ", not the server");
        } else if (r.level() != level) {
          problems.add(s.where() + ": " + level.tag() + " but " + tag + " (" + r.keyword().words() + ") is "
              + r.level().tag());
        }
      }
    }
    TreeSet<String> named = new TreeSet<>();
    scenarios.forEach(s -> s.tags().stream().filter(t -> t.startsWith("@req-")).forEach(t -> named.add(t.substring(5))));
    List<String> unchecked = catalogue.all().stream().filter(r -> r.scope() == Scope.SERVER).map(Requirement::id)
        .filter(id -> !named.contains(id)).toList();
    System.out.println("requirement catalogue: " + catalogue.all().size() + " sentences; " + unchecked.size()
        + " binding a server are checked by no scenario: " + unchecked);
    assertTrue(scenarios.size() > 250, "scenarios found: " + scenarios.size());
    assertEquals(List.of(), problems, problems.size() + " problems");
  }

  @Test
  void scenariosThatCheckOneRequirementShareItsLevel() throws IOException {
    Map<String, TreeSet<String>> levelsByRequirement = new TreeMap<>();
    for (FeatureScenarios s : FeatureScenarios.under(RFC_FEATURES)) {
      Level level = Level.of(s.tags());
      s.tags().stream().filter(t -> t.startsWith("@req-"))
          .forEach(t -> levelsByRequirement.computeIfAbsent(t, k -> new TreeSet<>()).add(level.tag()));
    }
    List<String> mixed = levelsByRequirement.entrySet().stream().filter(e -> e.getValue().size() > 1)
        .map(e -> e.getKey() + " " + e.getValue()).toList();
    assertEquals(List.of(), mixed);
  }
}
