package dev.scimharness.simulator;

import dev.scimharness.lint.LintFinding;
import java.util.List;

/**
 * Reads the target's request lint, when the target is the reference server: the findings recorded since a
 * mark belong to the requests sent since then (the simulator sends one request at a time in a lifecycle).
 */
public interface LintProbe {
  LintProbe NONE = new LintProbe() {
    @Override
    public long mark() {
      return 0;
    }

    @Override
    public List<LintFinding> since(long mark) {
      return List.of();
    }
  };

  long mark();

  List<LintFinding> since(long mark);
}
