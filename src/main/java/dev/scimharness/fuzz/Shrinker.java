package dev.scimharness.fuzz;

import java.util.function.Function;

/**
 * Shrinks a failing case greedily: of the cases one step smaller, the first that still breaks the same {@link Rule}
 * replaces it, until none does. Steps run one at a time and in a fixed order, so the same failure against the same
 * target shrinks to the same case.
 */
final class Shrinker {
  static final int MAX_STEPS = 300;

  private Shrinker() {}

  record Shrunk(FuzzCase shrunk, TryResult result, int steps) {}

  static Shrunk shrink(FuzzCase failing, TryResult result, Function<FuzzCase, TryResult> run) {
    Rule rule = result.firstRule();
    FuzzCase current = failing;
    TryResult currentResult = result;
    int steps = 0;
    boolean progress = true;
    while (progress && steps < MAX_STEPS) {
      progress = false;
      for (FuzzCase candidate : current.smaller()) {
        if (++steps > MAX_STEPS) {
          break;
        }
        TryResult r = run.apply(candidate);
        if (r.violations().stream().anyMatch(v -> v.rule() == rule)) {
          current = candidate;
          currentResult = r;
          progress = true;
          break;
        }
      }
    }
    return new Shrunk(current, currentResult, steps);
  }
}
