package dev.scimharness.mutation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The audit's reports: killed and survived per scenario, the score per feature file, the surviving scenarios. */
record MutationReport(long seed, int max, boolean firstKill, List<ScenarioAudit> audits, int planned,
    long wallMillis) {

  List<ScenarioAudit> audited() {
    return audits.stream().filter(ScenarioAudit::audited).toList();
  }

  /** Audited scenarios no mutant killed. */
  List<ScenarioAudit> surviving() {
    return audited().stream().filter(a -> !a.isKilled()).toList();
  }

  String percent(long part, long whole) {
    return whole == 0 ? "n/a" : String.format("%.1f%%", 100.0 * part / whole);
  }

  String headline() {
    List<ScenarioAudit> must = audited().stream().filter(a -> a.level().equals("must")).toList();
    long mustKilled = must.stream().filter(ScenarioAudit::isKilled).count();
    long killed = audited().stream().filter(ScenarioAudit::isKilled).count();
    long runs = audits.stream().mapToLong(a -> a.results().size() + 1L).sum();
    return audits.size() + " of " + planned + " scenarios run, " + audited().size() + " audited, " + killed
        + " killed (" + percent(killed, audited().size()) + "); @must " + mustKilled + "/" + must.size() + " ("
        + percent(mustKilled, must.size()) + "); "
        + surviving().size() + " surviving; " + runs + " runs in " + wallMillis / 1000 + " s ("
        + (audits.isEmpty() ? 0 : wallMillis / audits.size()) + " ms per scenario)";
  }

  private Map<String, long[]> perFeature() {
    Map<String, long[]> out = new TreeMap<>();
    for (ScenarioAudit a : audited()) {
      long[] c = out.computeIfAbsent(a.feature(), k -> new long[4]);
      c[0]++;
      c[1] += a.isKilled() ? 1 : 0;
      c[2] += a.killed();
      c[3] += a.results().size();
    }
    return out;
  }

  void write(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("mutation.md"), markdown());
    Files.writeString(dir.resolve("mutation.json"), Json.write(json()) + "\n");
  }

  /** For each killed scenario, the first mutant that killed it: the data the sample in {@code mvn test} replays. */
  void writeKills(Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("# written by the mutation audit (mvn -B test -Pmutation), seed " + seed);
    lines.add("scenario\twhere\tname\tmutant");
    for (ScenarioAudit a : audited()) {
      a.results().stream().filter(r -> r.killed() && r.applied()).findFirst().ifPresent(r ->
          lines.add(a.id() + "\tfeatures/" + a.feature() + ":" + a.line() + "\t" + a.name() + "\t"
              + r.mutant().describe()));
    }
    Files.createDirectories(file.getParent());
    Files.write(file, lines);
  }

  private String markdown() {
    StringBuilder b = new StringBuilder("# Mutation audit\n\n");
    b.append("Seed ").append(seed).append(", at most ").append(max).append(" mutants per scenario")
        .append(firstKill ? ", stopping at a scenario's first kill. " : ". ")
        .append(headline()).append(".\n\n## Score per feature file\n\n")
        .append("| feature | scenarios | killed | score | mutants killed / run |\n|---|---|---|---|---|\n");
    perFeature().forEach((f, c) -> b.append("| ").append(f).append(" | ").append(c[0]).append(" | ").append(c[1])
        .append(" | ").append(percent(c[1], c[0])).append(" | ").append(c[2]).append(" / ").append(c[3])
        .append(" |\n"));
    b.append("\n## Surviving scenarios\n\nNo mutant of their own exchanges made them fail.\n\n");
    for (ScenarioAudit a : surviving()) {
      String m = a.survivors().isEmpty() ? "(every mutant equivalent)" : a.survivors().get(0).mutant().describe();
      b.append("- `").append(a.id()).append("` ").append(a.name()).append(" (").append(a.feature())
          .append(", @").append(a.level()).append("): `").append(m).append("`\n");
    }
    b.append("\n## Not audited\n\nTheir clean run through the proxy did not pass, or they made no exchange.\n\n");
    audits.stream().filter(a -> !a.audited()).forEach(a -> b.append("- `").append(a.id()).append("` ")
        .append(a.name()).append(": clean ").append(a.clean().word()).append('\n'));
    b.append("\n## Per scenario\n\n| scenario | level | mutants (of) | killed | ms |\n|---|---|---|---|---|\n");
    audited().forEach(a -> b.append("| `").append(a.id()).append("` ").append(a.name()).append(" | ")
        .append(a.level()).append(" | ").append(a.results().size()).append(" (").append(a.generated())
        .append(") | ").append(a.killed()).append(" | ").append(a.millis()).append(" |\n"));
    return b.toString();
  }

  private ObjectNode json() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode().put("seed", seed).put("maxMutantsPerScenario", max)
        .put("firstKill", firstKill).put("planned", planned).put("wallMillis", wallMillis).put("headline", headline());
    ObjectNode features = root.putObject("features");
    perFeature().forEach((k, c) -> features.putObject(k).put("scenarios", c[0]).put("killed", c[1])
        .put("mutantsKilled", c[2]).put("mutantsRun", c[3]));
    ArrayNode list = root.putArray("scenarios");
    for (ScenarioAudit a : audits) {
      ObjectNode s = list.addObject().put("id", a.id()).put("line", a.line()).put("name", a.name())
          .put("feature", a.feature())
          .put("level", a.level()).put("clean", a.clean().word()).put("mutantsGenerated", a.generated())
          .put("killed", a.killed()).put("survived", a.results().size() - a.killed()).put("millis", a.millis());
      ArrayNode ms = s.putArray("mutants");
      a.results().forEach(r -> {
        ObjectNode m = ms.addObject().put("mutant", r.mutant().describe()).put("outcome", r.outcome().word())
            .put("applied", r.applied());
        if (r.equivalentReason() != null) {
          m.put("equivalent", r.equivalentReason());
        }
      });
    }
    return root;
  }
}
