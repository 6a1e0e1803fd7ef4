package dev.scimharness.lint;

import dev.scimharness.requirements.Level;
import dev.scimharness.requirements.Requirement;
import java.util.List;
import java.util.Objects;

/**
 * A request-lint rule with the RFC sentences it enforces, its own first: the rule's level is that sentence's
 * level in the requirement catalogue.
 */
public record RuleLevel(String rule, List<Requirement> requirements) {
  public RuleLevel {
    Objects.requireNonNull(rule, "rule");
    requirements = List.copyOf(requirements);
    if (requirements.isEmpty()) {
      throw new IllegalArgumentException("lint rule " + rule + " names no requirement");
    }
  }

  public Requirement primary() {
    return requirements.get(0);
  }

  public Level level() {
    return primary().level();
  }

  public List<String> ids() {
    return requirements.stream().map(Requirement::id).toList();
  }
}
