package dev.scimharness.clientreport;

import dev.scimharness.lint.RuleRequirements;
import dev.scimharness.server.GradedRequest;
import dev.scimharness.server.LintRecord;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers a client's graded traffic, request by request from a live server or finding by finding from a lint
 * log, and snapshots it as a {@link ClientReport} at any time. Safe to feed from the server's request threads.
 */
public final class ReportBuilder {
  private final String source;
  private final DialectShapes shapes;
  private final Clock clock;
  private final Map<String, Acc> byRule = new LinkedHashMap<>();
  private final Map<Stage, Long> requestsByStage = new EnumMap<>(Stage.class);
  private long requests;
  private boolean requestsKnown;

  public ReportBuilder(String source, DialectShapes shapes, Clock clock) {
    this.source = source;
    this.shapes = shapes;
    this.clock = clock;
  }

  private static final class Acc {
    long count;
    final Map<Stage, Long> stages = new EnumMap<>(Stage.class);
    LintRecord example;
    Stage exampleStage;
  }

  /** A request the live server graded, with or without findings. */
  public synchronized void add(GradedRequest r) {
    requestsKnown = true;
    requests++;
    Stage stage = Stage.of(r.method(), r.path(), r.query(), r.body());
    requestsByStage.merge(stage, 1L, Long::sum);
    r.records().forEach(rec -> finding(rec, stage));
  }

  /** A finding read back from a lint log, where requests without findings are not recorded. */
  public synchronized void add(LintRecord r) {
    finding(r, Stage.of(r.method(), r.path(), r.query(), r.body()));
  }

  private void finding(LintRecord r, Stage stage) {
    Acc a = byRule.computeIfAbsent(r.rule(), k -> new Acc());
    a.count++;
    a.stages.merge(stage, 1L, Long::sum);
    if (a.example == null) {
      a.example = r;
      a.exampleStage = stage;
    }
  }

  public synchronized ClientReport snapshot() {
    List<RuleGroup> groups = new ArrayList<>();
    byRule.forEach((rule, a) -> groups.add(new RuleGroup(rule, RuleRequirements.shared().of(rule), a.count,
        a.stages, a.example, a.exampleStage)));
    groups.sort(Comparator.comparing(RuleGroup::level).thenComparing(RuleGroup::count, Comparator.reverseOrder())
        .thenComparing(RuleGroup::rule));
    return new ClientReport(clock.instant(), source, requestsKnown ? requests : -1, requestsByStage, groups,
        shapes.like(byRule.keySet()));
  }
}
