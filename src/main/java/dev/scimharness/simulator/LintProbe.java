package dev.scimharness.simulator;

import dev.scimharness.lint.LintFinding;
import java.util.List;

/**
 * Reads the target's request lint, when the target is the reference server: the findings recorded since a
 * mark for the same method and path are the ones of the request sent after the mark.
 */
public interface LintProbe {
  LintProbe NONE = new LintProbe() {
    @Override
    public long mark() {
      return 0;
    }

    @Override
    public List<LintFinding> since(long mark, String method, String path) {
      return List.of();
    }
  };

  long mark();

  /** Findings recorded after {@code mark} for a request with this method and URL path ({@code /scim/v2/Users/1}). */
  List<LintFinding> since(long mark, String method, String path);
}
