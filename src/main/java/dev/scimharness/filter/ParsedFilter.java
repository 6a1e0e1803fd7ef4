package dev.scimharness.filter;

import dev.scimharness.lint.LintFinding;
import java.util.List;
import java.util.Objects;

/**
 * A parsed filter and the departures from RFC 7644 the lenient parser accepted to build it (empty for an
 * RFC-conformant filter), so a server can log them or, in strict mode, never see them.
 */
public record ParsedFilter(Filter filter, List<LintFinding> findings) {
  public ParsedFilter {
    Objects.requireNonNull(filter, "filter");
    findings = List.copyOf(findings);
  }

  /** Whether a lenient extension (such as Entra's {@code emails[type eq "work"].value eq "x"}) was used. */
  public boolean usedLenientExtension() {
    return !findings.isEmpty();
  }
}
