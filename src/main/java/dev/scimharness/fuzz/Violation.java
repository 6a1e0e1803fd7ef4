package dev.scimharness.fuzz;

/** One broken {@link Rule}, with what was seen. */
public record Violation(Rule rule, String detail) {
  @Override
  public String toString() {
    return rule.name() + ": " + detail;
  }
}
