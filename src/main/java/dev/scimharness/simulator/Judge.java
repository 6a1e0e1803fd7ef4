package dev.scimharness.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.scim.Json;

/** Decides whether an IdP could use an answer, and says why not in one sentence. */
final class Judge {
  private Judge() {}

  record Judgement(Verdict verdict, String reason) {
    static Judgement pass(String why) {
      return new Judgement(Verdict.PASS, why);
    }

    static Judgement fail(String why) {
      return new Judgement(Verdict.FAIL, why);
    }

    boolean passed() {
      return verdict == Verdict.PASS;
    }
  }

  static Judgement judge(Expect expect, Answer a, String idp) {
    StepExchange last = a.last();
    if (last.status() == 0) {
      return Judgement.fail("no answer: " + last.error() + (a.giveUp() == null ? "" : "; " + a.giveUp()));
    }
    if (a.giveUp() != null) {
      return Judgement.fail("answered " + last.status() + errorDetail(a.json()) + "; " + a.giveUp());
    }
    if (!expect.accepts(last.status())) {
      return Judgement.fail("answered " + last.status() + errorDetail(a.json()) + "; " + idp + " accepts only "
          + expect.status());
    }
    boolean success = last.status() >= 200 && last.status() < 300;
    if (success && a.parseError() != null) {
      return Judgement.fail(a.parseError());
    }
    boolean needsBody = Boolean.TRUE.equals(expect.resource()) || Boolean.TRUE.equals(expect.list());
    if (!needsBody) {
      return Judgement.pass("answered " + last.status());
    }
    String type = last.responseHeader("Content-Type");
    if (type != null && !type.toLowerCase().contains("json")) {
      return Judgement.fail("answered " + last.status() + " with Content-Type " + type + "; " + idp + " reads JSON");
    }
    JsonNode json = a.json();
    if (json == null || !json.isObject()) {
      return Judgement.fail("answered " + last.status() + " with " + (json == null ? "an empty body" : "a JSON " + json.getNodeType())
          + "; " + idp + " needs " + (Boolean.TRUE.equals(expect.list()) ? "a ListResponse" : "the resource with its id"));
    }
    if (Boolean.TRUE.equals(expect.resource())) {
      JsonNode id = Json.field(json, "id");
      if (id == null || !id.isTextual() || id.textValue().isBlank()) {
        return Judgement.fail("answered " + last.status() + " without a string \"id\"; " + idp + " cannot link the resource");
      }
      return Judgement.pass("answered " + last.status() + " with id " + id.textValue());
    }
    return list(json, expect, last.status(), idp);
  }

  private static Judgement list(JsonNode json, Expect expect, int status, String idp) {
    JsonNode total = Json.field(json, "totalResults");
    if (total == null || !total.isIntegralNumber()) {
      return Judgement.fail("answered " + status + " without an integer totalResults; " + idp + " needs a ListResponse");
    }
    JsonNode resources = Json.field(json, "Resources");
    int n = resources == null || resources.isNull() ? 0 : resources.size();
    if (resources != null && !resources.isNull() && !resources.isArray()) {
      return Judgement.fail("answered " + status + " with \"Resources\" that is not an array");
    }
    if (total.asLong() > 0 && n == 0) {
      return Judgement.fail("answered totalResults " + total.asLong() + " but no Resources");
    }
    if (Boolean.TRUE.equals(expect.emptyList()) && (total.asLong() != 0 || n != 0)) {
      return Judgement.fail("answered " + total.asLong() + " results for a userName that exists nowhere; "
          + idp + " expects an empty ListResponse");
    }
    return Judgement.pass("answered " + status + " with " + total.asLong() + " result" + (total.asLong() == 1 ? "" : "s"));
  }

  /** " (scimType: detail)" from a SCIM error body, or "". */
  static String errorDetail(JsonNode json) {
    if (json == null || !json.isObject()) {
      return "";
    }
    JsonNode detail = Json.field(json, "detail");
    JsonNode type = Json.field(json, "scimType");
    if (detail == null && type == null) {
      return "";
    }
    String d = detail == null ? "" : detail.asText();
    if (d.length() > 200) {
      d = d.substring(0, 200) + "…";
    }
    return " (" + (type == null ? "" : type.asText() + ": ") + d + ")";
  }
}
