package dev.scimharness.report;

import dev.scimharness.requirements.Catalogue;
import dev.scimharness.requirements.Requirement;
import dev.scimharness.requirements.Scope;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code reports/coverage.md}: every sentence of the requirement catalogue with the scenarios of this run that
 * check it and how they ended, and every sentence no scenario checks, with the reason when it cannot be checked
 * from outside (it binds the client, or nothing a client sees tells).
 */
public final class Coverage {
  private Coverage() {}

  /** How one requirement fared in a run. */
  public enum State {
    PASSED, FAILED, NOT_CONCLUSIVE, UNCHECKED, CLIENT, UNTESTABLE
  }

  public static State state(Requirement r, List<ScenarioResult> checking) {
    if (r.scope() == Scope.CLIENT) {
      return State.CLIENT;
    }
    if (r.scope() == Scope.UNTESTABLE) {
      return State.UNTESTABLE;
    }
    if (checking.isEmpty()) {
      return State.UNCHECKED;
    }
    if (checking.stream().anyMatch(s -> s.status() == Outcome.FAILED)) {
      return State.FAILED;
    }
    return checking.stream().allMatch(s -> s.status() == Outcome.PASSED) ? State.PASSED : State.NOT_CONCLUSIVE;
  }

  /** The scenarios of {@code run} naming each requirement, in catalogue order. */
  public static Map<Requirement, List<ScenarioResult>> checking(RunSummary run, Catalogue catalogue) {
    Map<Requirement, List<ScenarioResult>> out = new LinkedHashMap<>();
    catalogue.all().forEach(r -> out.put(r, new ArrayList<>()));
    for (ScenarioResult s : run.scenarios()) {
      catalogue.named(s.tags()).forEach(r -> out.get(r).add(s));
    }
    return out;
  }

  public static String render(RunSummary run, Catalogue catalogue) {
    Map<Requirement, List<ScenarioResult>> checking = checking(run, catalogue);
    Map<State, Integer> counts = new LinkedHashMap<>();
    for (State st : State.values()) {
      counts.put(st, 0);
    }
    checking.forEach((r, s) -> counts.merge(state(r, s), 1, Integer::sum));
    int server = counts.get(State.PASSED) + counts.get(State.FAILED) + counts.get(State.NOT_CONCLUSIVE)
        + counts.get(State.UNCHECKED);
    int checked = server - counts.get(State.UNCHECKED);
    StringBuilder md = new StringBuilder("# Requirement coverage\n\n");
    md.append("Target: ").append(run.target()).append("  \n");
    md.append(String.format(java.util.Locale.ROOT, "Checked by this run: **%d of %d** requirements a server can be"
        + " tested on (%.1f%%): %d passed, %d failed, %d not conclusive (skipped, blocked or not run). %d bind only"
        + " the client and %d cannot be seen from outside.%n%n", checked, server, server == 0 ? 0.0 : 100.0 * checked
        / server, counts.get(State.PASSED), counts.get(State.FAILED), counts.get(State.NOT_CONCLUSIVE),
        counts.get(State.CLIENT), counts.get(State.UNTESTABLE)));
    md.append("The catalogue and how levels are decided: docs/requirements.md.\n\n");
    md.append("| requirement | key word | level | state | scenarios |\n|---|---|---|---|---|\n");
    checking.forEach((r, s) -> {
      State st = state(r, s);
      md.append("| [").append(r.id()).append("](").append(r.url()).append(") | ").append(r.keyword().words())
          .append(" | ").append(r.level().name().toLowerCase(java.util.Locale.ROOT)).append(" | ")
          .append(st.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).append(" | ");
      if (st == State.CLIENT || st == State.UNTESTABLE) {
        md.append(r.reason() == null ? "binds the client" : escape(r.reason()));
      } else {
        md.append(s.size()).append(s.isEmpty() ? "" : ": " + summary(s));
      }
      md.append(" |\n");
    });
    return md.toString();
  }

  private static String summary(List<ScenarioResult> s) {
    Map<Outcome, Integer> by = new LinkedHashMap<>();
    s.forEach(x -> by.merge(x.status(), 1, Integer::sum));
    List<String> parts = new ArrayList<>();
    by.forEach((o, n) -> parts.add(n + " " + o.word()));
    return String.join(", ", parts);
  }

  private static String escape(String text) {
    return text.replace("|", "\\|").replaceAll("\\s+", " ");
  }

  public static void write(RunSummary run, Catalogue catalogue, Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, render(run, catalogue));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
