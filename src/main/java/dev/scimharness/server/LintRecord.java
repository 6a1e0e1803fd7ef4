package dev.scimharness.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.lint.LintFinding;
import dev.scimharness.lint.RuleLevel;
import dev.scimharness.lint.RuleRequirements;
import dev.scimharness.scim.Json;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A lint finding with the request it was found in: what the log file holds, one JSON object per line.
 *
 * @param query the query string as sent, without {@code ?}; empty when there was none
 * @param body  the request body with password values masked ({@link BodyRedaction}); empty when there was none
 */
public record LintRecord(Instant timestamp, String tenant, String method, String path, String query, String body,
    LintFinding finding) {
  public LintRecord {
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(finding, "finding");
    query = query == null ? "" : query;
    body = body == null ? "" : body;
  }

  public LintRecord(Instant timestamp, String tenant, String method, String path, LintFinding finding) {
    this(timestamp, tenant, method, path, "", "", finding);
  }

  public String rule() {
    return finding.rule();
  }

  /** The rule's RFC sentences and level, from the requirement catalogue; empty for a rule the table lacks. */
  public Optional<RuleLevel> level() {
    return RuleRequirements.shared().of(finding.rule());
  }

  /** The request line as sent: method, path and query. */
  public String requestLine() {
    return method + " " + path + (query.isEmpty() ? "" : "?" + query);
  }

  /**
   * The JSON line: rule, level and requirement ids, section, request line, redacted body, fragment, detail,
   * timestamp (never a header or token).
   */
  public String toJsonLine() {
    ObjectNode o = Json.object();
    o.put("timestamp", timestamp.toString());
    o.put("rule", finding.rule());
    level().ifPresent(l -> {
      o.put("level", l.level().name());
      o.set("requirements", Json.MAPPER.valueToTree(l.ids()));
    });
    o.put("section", finding.section());
    o.put("request", requestLine());
    if (tenant != null) {
      o.put("tenant", tenant);
    }
    o.put("fragment", finding.fragment());
    o.put("detail", finding.detail());
    if (!body.isEmpty()) {
      o.put("body", body);
    }
    return Json.write(o);
  }

  /** A line of a lint log read back; {@link IllegalArgumentException} says what is wrong with it. */
  public static LintRecord fromJsonLine(String line) {
    JsonNode o;
    try {
      o = Json.MAPPER.readTree(line);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("not a JSON object: " + e.getOriginalMessage());
    }
    if (o == null || !o.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    for (String field : new String[] {"timestamp", "rule", "section", "request"}) {
      if (!o.path(field).isTextual()) {
        throw new IllegalArgumentException("no \"" + field + "\" string");
      }
    }
    String request = o.get("request").asText();
    int space = request.indexOf(' ');
    if (space <= 0) {
      throw new IllegalArgumentException("\"request\" is not \"METHOD /path\": " + request);
    }
    String target = request.substring(space + 1);
    int q = target.indexOf('?');
    Instant at;
    try {
      at = Instant.parse(o.get("timestamp").asText());
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("\"timestamp\" is not an instant: " + o.get("timestamp").asText());
    }
    return new LintRecord(at, o.path("tenant").asText(null), request.substring(0, space),
        q < 0 ? target : target.substring(0, q), q < 0 ? "" : target.substring(q + 1), o.path("body").asText(""),
        new LintFinding(o.get("rule").asText(), o.get("section").asText(), o.path("detail").asText(""),
            o.path("fragment").asText("")));
  }
}
