package dev.scimharness.patch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.lint.LintFinding;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of a PATCH: the new resource (a new tree; values the request did not touch are shared with the input,
 * so neither is to be changed in place), whether any attribute changed
 * (RFC 7644 §3.5.2.1: a no-op "SHALL NOT change the modify timestamp"), and what the lenient mode accepted.
 */
public record PatchResult(ObjectNode resource, boolean changed, List<LintFinding> findings) {
  public PatchResult {
    Objects.requireNonNull(resource, "resource");
    findings = List.copyOf(findings);
  }
}
