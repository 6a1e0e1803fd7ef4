package dev.scimharness.peers;

import dev.scimharness.report.Outcome;
import dev.scimharness.report.RunSummary;
import dev.scimharness.report.ScenarioResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A peer's recorded verdicts: one tab-separated line per scenario that does not pass — feature file, scenario
 * name, status, classification, cause. Every other scenario is expected to pass. A classification says whose the
 * non-pass is: {@code server} (the peer deviates from RFC 7643/7644; the cause cites the section), {@code glue}
 * (the test's own adapter around the peer) or {@code harness} (the suite judges wrongly).
 */
record ExpectedOutcomes(Map<String, Row> rows) {
  static final Set<String> CLASSES = Set.of("server", "glue", "harness");

  record Row(String feature, String scenario, Outcome status, String classification, String cause) {
    String key() {
      return ExpectedOutcomes.key(feature, scenario);
    }
  }

  static String key(String feature, String scenario) {
    return feature + " | " + scenario;
  }

  static ExpectedOutcomes read(Path file) {
    Map<String, Row> rows = new LinkedHashMap<>();
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      String where = file + ":" + (i + 1);
      if (f.length != 5) {
        throw new IllegalArgumentException(where + ": expected 5 tab-separated columns, got " + f.length);
      }
      Outcome status = Outcome.valueOf(f[2].trim().toUpperCase(Locale.ROOT));
      if (status == Outcome.PASSED) {
        throw new IllegalArgumentException(where + ": only scenarios that do not pass are listed");
      }
      if (!CLASSES.contains(f[3].trim())) {
        throw new IllegalArgumentException(where + ": classification must be one of " + CLASSES + ", got " + f[3]);
      }
      if (f[3].trim().equals("server") && !f[4].contains("RFC 764")) {
        throw new IllegalArgumentException(where + ": a server row cites the RFC section it breaks");
      }
      Row row = new Row(f[0].trim(), f[1].trim(), status, f[3].trim(), f[4].trim());
      if (rows.put(row.key(), row) != null) {
        throw new IllegalArgumentException(where + ": duplicate row for " + row.key());
      }
    }
    return new ExpectedOutcomes(rows);
  }

  /** Every scenario whose outcome differs from the record, in either direction; empty when the run matches. */
  List<String> differences(RunSummary run) {
    Map<String, Outcome> actual = new LinkedHashMap<>();
    for (ScenarioResult s : run.scenarios()) {
      actual.put(key(s.uri(), s.name()), s.status());
    }
    Set<String> keys = new TreeSet<>(rows.keySet());
    actual.forEach((k, status) -> {
      if (status != Outcome.PASSED) {
        keys.add(k);
      }
    });
    List<String> diff = new ArrayList<>();
    for (String k : keys) {
      Row row = rows.get(k);
      Outcome expected = row == null ? Outcome.PASSED : row.status();
      Outcome got = actual.get(k);
      if (got == null) {
        diff.add("  " + k + ": recorded as " + expected.word() + " (" + row.classification()
            + "), but no scenario of that name ran");
      } else if (got != expected) {
        diff.add("  " + k + ": expected " + expected.word() + (row == null ? "" : " (" + row.classification() + ")")
            + ", got " + got.word() + reason(run, k));
      }
    }
    return diff;
  }

  private static String reason(RunSummary run, String key) {
    return run.scenarios().stream().filter(s -> key(s.uri(), s.name()).equals(key) && s.reason() != null)
        .map(s -> " — " + firstLine(s.reason())).findFirst().orElse("");
  }

  private static String firstLine(String s) {
    String line = s.lines().findFirst().orElse("");
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }
}
