package dev.scimharness.clientreport;

import dev.scimharness.lint.RuleLevel;
import dev.scimharness.requirements.Level;
import dev.scimharness.server.LintRecord;
import java.util.Map;
import java.util.Optional;

/**
 * The findings of one lint rule in a client's traffic: how many, in which steps, the RFC sentences it enforces
 * (absent for a rule the table does not know) and the first request that broke it.
 */
public record RuleGroup(String rule, Optional<RuleLevel> requirements, long count, Map<Stage, Long> stages,
    LintRecord example, Stage exampleStage) {
  public RuleGroup {
    stages = Map.copyOf(stages);
  }

  /** The catalogue's level; a rule no table row names is held to MUST, so an unmapped rule cannot pass quietly. */
  public Level level() {
    return requirements.map(RuleLevel::level).orElse(Level.MUST);
  }
}
