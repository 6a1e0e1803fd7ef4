package dev.scimharness.sigma.harness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The maintained list of RFC scenarios that fail against the sigma profile, each traced to a cause, and each cause
 * to the sentence of the guide that explains it. Read from Markdown: a table whose header row starts with
 * {@code | cause |} (cause, the guide's sentence, what RFC behaviour it breaks, and optionally a signature: text
 * that the failure of such a scenario shows, used only to suggest the cause of a new row) and a table whose header
 * row starts with {@code | feature |} (feature file, scenario name, cause). A {@code |} inside a cell is written
 * {@code \|}.
 */
public record DeviationTable(Map<String, String> causes, Map<String, String> signatures,
    Map<Scenario, String> scenarios) {

  /** One scenario, by feature file and name. */
  public record Scenario(String feature, String name) implements Comparable<Scenario> {
    /** Table cells lose surrounding blanks, so names are compared without them. */
    public Scenario {
      feature = feature.strip();
      name = name.strip();
    }

    @Override
    public int compareTo(Scenario o) {
      int c = feature.compareTo(o.feature);
      return c != 0 ? c : name.compareTo(o.name);
    }

    @Override
    public String toString() {
      return feature + " — " + name;
    }
  }

  /** How the observed deviations differ from the table; empty lists mean the table is exact. */
  public record Check(List<Scenario> unexplained, List<Scenario> noLongerFailing, List<String> unknownCauses) {
    public boolean exact() {
      return unexplained.isEmpty() && noLongerFailing.isEmpty() && unknownCauses.isEmpty();
    }

    public String describe() {
      StringBuilder b = new StringBuilder();
      unexplained.forEach(s -> b.append("\n  fails under sigma but is not in the table: ").append(s));
      noLongerFailing.forEach(s -> b.append("\n  in the table but no longer fails under sigma: ").append(s));
      unknownCauses.forEach(c -> b.append("\n  scenario names a cause the table does not explain: ").append(c));
      return b.toString();
    }
  }

  public DeviationTable {
    causes = Map.copyOf(causes);
    signatures = Map.copyOf(signatures);
    scenarios = Map.copyOf(scenarios);
  }

  public static DeviationTable parse(String markdown) {
    Map<String, String> causes = new LinkedHashMap<>();
    Map<String, String> signatures = new LinkedHashMap<>();
    Map<Scenario, String> scenarios = new LinkedHashMap<>();
    String table = null;
    for (String raw : markdown.split("\n")) {
      String line = raw.strip();
      if (!line.startsWith("|")) {
        table = null;
        continue;
      }
      List<String> cells = cells(line);
      if (table == null) {
        table = cells.isEmpty() ? "" : cells.get(0).toLowerCase();
        continue;
      }
      if (cells.stream().allMatch(c -> c.matches(":?-+:?"))) {
        continue;
      }
      if (table.equals("cause") && cells.size() >= 2) {
        causes.put(cells.get(0), cells.get(1));
        if (cells.size() >= 4 && !cells.get(3).isBlank()) {
          signatures.put(cells.get(0), cells.get(3));
        }
      } else if (table.equals("feature") && cells.size() >= 3) {
        scenarios.put(new Scenario(cells.get(0), cells.get(1)), cells.get(2));
      }
    }
    return new DeviationTable(causes, signatures, scenarios);
  }

  /** Compares the table with the scenarios that fail under sigma and pass under the RFC profile. */
  public Check check(Set<Scenario> observed) {
    List<Scenario> unexplained = new ArrayList<>(new TreeSet<>(observed));
    unexplained.removeAll(scenarios.keySet());
    List<Scenario> stale = new ArrayList<>(new TreeSet<>(scenarios.keySet()));
    stale.removeAll(observed);
    Set<String> unknown = new LinkedHashSet<>(scenarios.values());
    unknown.removeAll(causes.keySet());
    return new Check(unexplained, stale, List.copyOf(unknown));
  }

  /**
   * A scenarios table for the observed failures (scenario → what its failure showed), keeping the causes the table
   * gives; a new row gets the cause whose signature its failure shows, else "?".
   */
  public String scenarioRows(Map<Scenario, String> observed) {
    StringBuilder b = new StringBuilder("| feature | scenario | cause |\n|---|---|---|\n");
    for (Scenario s : new TreeSet<>(observed.keySet())) {
      b.append("| ").append(escape(s.feature())).append(" | ").append(escape(s.name())).append(" | ")
          .append(scenarios.getOrDefault(s, suggest(observed.get(s)))).append(" |\n");
    }
    return b.toString();
  }

  private String suggest(String evidence) {
    return signatures.entrySet().stream().filter(e -> evidence != null && evidence.contains(e.getValue()))
        .map(Map.Entry::getKey).findFirst().orElse("?");
  }

  public static String escape(String cell) {
    return cell.replace("|", "\\|");
  }

  // Splits "| a | b \| c |" into [a, b | c].
  private static List<String> cells(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    String body = line.substring(1);
    for (int i = 0; i < body.length(); i++) {
      char ch = body.charAt(i);
      if (ch == '\\' && i + 1 < body.length() && body.charAt(i + 1) == '|') {
        cur.append('|');
        i++;
      } else if (ch == '|') {
        out.add(cur.toString().strip());
        cur.setLength(0);
      } else {
        cur.append(ch);
      }
    }
    if (!cur.toString().isBlank()) {
      out.add(cur.toString().strip());
    }
    return out;
  }
}
