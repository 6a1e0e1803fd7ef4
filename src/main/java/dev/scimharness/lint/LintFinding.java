package dev.scimharness.lint;

import java.util.Objects;

/**
 * One way a request departs from RFC 7643/7644: the rule broken (a stable kebab-case id such as
 * {@code patch-op-case}), the RFC section that states it, a sentence for people, and the offending fragment
 * of the request as it was sent.
 */
public record LintFinding(String rule, String section, String detail, String fragment) {
  public LintFinding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(section, "section");
    detail = detail == null ? "" : detail;
    fragment = fragment == null ? "" : fragment;
  }
}
