package dev.scimharness.scim;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.lint.LintFinding;
import java.util.List;

/** Adds a lint finding whose fragment is the offending member as it was sent: {@code "path": value}. */
final class Findings {
  private Findings() {}

  static void add(List<LintFinding> findings, String rule, String section, String detail, String path,
      JsonNode value) {
    if (findings != null) {
      String json = value == null ? "null" : Json.write(value);
      findings.add(new LintFinding(rule, section, detail, "\"" + path + "\": " + json));
    }
  }
}
