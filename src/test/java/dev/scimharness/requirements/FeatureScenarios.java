package dev.scimharness.requirements;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The scenarios of feature files as the requirement guard sees them: each with the tags it runs under (the feature's,
 * its own and, for an outline, one unit per tagged {@code Examples:} block).
 */
record FeatureScenarios(Path file, int line, String name, Set<String> tags) {
  private static final Pattern SCENARIO =
      Pattern.compile("^\\s*(Scenario|Scenario Outline|Scenario Template|Example):\\s*(.*)$");
  private static final Pattern EXAMPLES = Pattern.compile("^\\s*(Examples|Scenarios):");
  private static final Pattern FEATURE = Pattern.compile("^\\s*Feature:");
  private static final Pattern TAG = Pattern.compile("@\\S+");

  String where() {
    return file + ":" + line + " (" + name + ")";
  }

  static List<FeatureScenarios> under(Path... dirs) throws IOException {
    List<FeatureScenarios> out = new ArrayList<>();
    for (Path dir : dirs) {
      List<Path> files;
      try (Stream<Path> all = Files.walk(dir)) {
        files = all.filter(p -> p.toString().endsWith(".feature")).sorted().toList();
      }
      for (Path f : files) {
        out.addAll(of(f, Files.readAllLines(f)));
      }
    }
    return out;
  }

  private static List<FeatureScenarios> of(Path file, List<String> lines) {
    List<FeatureScenarios> out = new ArrayList<>();
    Set<String> featureTags = Set.of();
    for (int i = 0; i < lines.size(); i++) {
      if (FEATURE.matcher(lines.get(i)).find()) {
        featureTags = tagsAbove(lines, i);
      }
      Matcher m = SCENARIO.matcher(lines.get(i));
      if (!m.find()) {
        continue;
      }
      Set<String> own = new LinkedHashSet<>(featureTags);
      own.addAll(tagsAbove(lines, i));
      List<FeatureScenarios> blocks = new ArrayList<>();
      for (int j = i + 1; j < lines.size() && !SCENARIO.matcher(lines.get(j)).find(); j++) {
        if (EXAMPLES.matcher(lines.get(j)).find()) {
          Set<String> block = tagsAbove(lines, j);
          if (!block.isEmpty()) {
            Set<String> tags = new LinkedHashSet<>(own);
            tags.addAll(block);
            blocks.add(new FeatureScenarios(file, j + 1, m.group(2).strip() + " / examples", tags));
          }
        }
      }
      if (blocks.isEmpty()) {
        out.add(new FeatureScenarios(file, i + 1, m.group(2).strip(), own));
      } else {
        out.addAll(blocks);
      }
    }
    return out;
  }

  private static Set<String> tagsAbove(List<String> lines, int at) {
    Set<String> tags = new LinkedHashSet<>();
    for (int j = at - 1; j >= 0 && (lines.get(j).trim().startsWith("@") || lines.get(j).trim().startsWith("#"));
         j--) {
      if (lines.get(j).trim().startsWith("#")) {
        continue;
      }
      Matcher t = TAG.matcher(lines.get(j));
      while (t.find()) {
        tags.add(t.group());
      }
    }
    return tags;
  }
}
