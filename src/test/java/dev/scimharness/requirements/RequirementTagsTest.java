package dev.scimharness.requirements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A scenario's {@code @req-…} tags name catalogue entries, and its level tag is theirs: the level comes from the
 * RFC's key word (or the catalogue's decision), never from the scenario's author. RFC 9865 scenarios each name
 * their requirement and carry {@code @cursor}.
 */
class RequirementTagsTest {
  private static final Pattern SCENARIO = Pattern.compile("^\\s*Scenario( Outline)?:");
  private static final Pattern REQ = Pattern.compile("@req-(\\S+)");
  private static final Pattern LEVEL = Pattern.compile("@(must|should|may)\\b");

  @Test
  void requirementTagsNameCatalogueEntriesOfTheScenariosLevel() throws IOException {
    Catalogue catalogue = Catalogue.load();
    List<String> problems = new ArrayList<>();
    int tagged = 0;
    List<Path> files;
    try (Stream<Path> all = Files.walk(Path.of("features"))) {
      files = all.filter(p -> p.toString().endsWith(".feature")).sorted().toList();
    }
    for (Path f : files) {
      List<String> lines = Files.readAllLines(f);
      String featureTags = featureTags(lines);
      for (int i = 0; i < lines.size(); i++) {
        if (!SCENARIO.matcher(lines.get(i)).find()) {
          continue;
        }
        String where = f + ":" + (i + 1);
        StringBuilder tags = new StringBuilder(featureTags);
        for (int j = i - 1; j >= 0 && lines.get(j).trim().startsWith("@"); j--) {
          tags.append(' ').append(lines.get(j));
        }
        List<String> reqs = all(REQ, tags.toString());
        List<String> levels = all(LEVEL, tags.toString());
        boolean rfc9865 = f.toString().contains("rfc9865");
        if (rfc9865 && (reqs.isEmpty() || !tags.toString().contains("@cursor"))) {
          problems.add(where + ": an RFC 9865 scenario names its requirement and carries @cursor");
        }
        for (String id : reqs) {
          tagged++;
          Optional<Requirement> r = catalogue.find(id);
          if (r.isEmpty()) {
            problems.add(where + ": @req-" + id + " is not in the catalogue");
          } else if (!levels.equals(List.of(r.get().level().name().toLowerCase(Locale.ROOT)))) {
            problems.add(where + ": level " + levels + ", but " + id + " is " + r.get().level());
          }
        }
      }
    }
    assertEquals(List.of(), problems);
    assertTrue(tagged >= 20, "requirement tags found: " + tagged);
  }

  private static String featureTags(List<String> lines) {
    StringBuilder tags = new StringBuilder();
    for (String l : lines) {
      if (l.trim().startsWith("Feature:")) {
        break;
      }
      tags.append(' ').append(l);
    }
    return tags.toString();
  }

  private static List<String> all(Pattern p, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
