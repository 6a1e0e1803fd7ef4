package dev.scimharness.server;

import dev.scimharness.lint.LintFinding;

/**
 * The request-lint rules the server itself checks (the PATCH and schema engines report their own). Each names
 * the RFC section it comes from; {@code forbidden} rules are rejected in strict mode, the others only reported.
 */
enum LintRules {
  CONTENT_TYPE("content-type", "RFC 7644 §3.8", false),
  SEARCH_SCHEMA("search-request-schema", "RFC 7644 §3.4.3", true),
  BULK_SCHEMA("bulk-request-schema", "RFC 7644 §3.7", true);

  private final String rule;
  private final String section;
  private final boolean forbidden;

  LintRules(String rule, String section, boolean forbidden) {
    this.rule = rule;
    this.section = section;
    this.forbidden = forbidden;
  }

  String rule() {
    return rule;
  }

  boolean forbidden() {
    return forbidden;
  }

  LintFinding finding(String detail, String fragment) {
    return new LintFinding(rule, section, detail, fragment);
  }
}
