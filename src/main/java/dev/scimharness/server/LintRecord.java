package dev.scimharness.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.lint.LintFinding;
import dev.scimharness.scim.Json;
import java.time.Instant;
import java.util.Objects;

/** A lint finding with the request it was found in: what the log file holds, one JSON object per line. */
public record LintRecord(Instant timestamp, String tenant, String method, String path, LintFinding finding) {
  public LintRecord {
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(finding, "finding");
  }

  public String rule() {
    return finding.rule();
  }

  /** The JSON line: rule, section, request line, fragment, detail, timestamp (never a header or token). */
  public String toJsonLine() {
    ObjectNode o = Json.object();
    o.put("timestamp", timestamp.toString());
    o.put("rule", finding.rule());
    o.put("section", finding.section());
    o.put("request", method + " " + path);
    if (tenant != null) {
      o.put("tenant", tenant);
    }
    o.put("fragment", finding.fragment());
    o.put("detail", finding.detail());
    return Json.write(o);
  }
}
