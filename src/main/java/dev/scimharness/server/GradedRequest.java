package dev.scimharness.server;

import dev.scimharness.lint.LintFinding;
import java.time.Instant;
import java.util.List;

/**
 * One request the server graded, with or without findings, as {@link RequestLint} hands it to a listener: the
 * request line, the body with passwords masked, and what the lint found in it.
 */
public record GradedRequest(Instant timestamp, String tenant, String method, String path, String query, String body,
    List<LintFinding> findings) {
  public GradedRequest {
    query = query == null ? "" : query;
    body = body == null ? "" : body;
    findings = List.copyOf(findings);
  }

  public List<LintRecord> records() {
    return findings.stream().map(f -> new LintRecord(timestamp, tenant, method, path, query, body, f)).toList();
  }
}
