package dev.scimharness.simulator;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.endpoint.Exchange;
import dev.scimharness.scim.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Sends a dialect's calls: fills templates, judges answers, captures values, pages, looks up. */
final class CallRunner {
  /** Stops a target whose paging never ends (a totalResults that keeps growing, an ignored startIndex). */
  private static final int MAX_PAGES = 1_000;

  private final Dialect dialect;
  private final Transport transport;
  private final Wire wire;

  CallRunner(Dialect dialect, Transport transport) {
    this.dialect = dialect;
    this.transport = transport;
    this.wire = Wire.of(dialect);
  }

  /** Runs the calls in order; {@code null} when every answer was usable, else why the IdP stopped. */
  String run(StepLog log, Operation op, Vars vars) {
    Answer previous = null;
    for (Call c : op.calls()) {
      if (c.when() != null && vars.get(c.when()) == null) {
        continue;
      }
      Answer a = send(log, c, vars, previous, c.expect());
      if (a == null) {
        return lastReason(log);
      }
      if (a.last().verdict() == Verdict.FAIL) {
        return c.method() + " " + a.last().url() + ": " + a.last().reason();
      }
      capture(c, a, vars);
      previous = a;
    }
    return null;
  }

  /** Sends one call, judged against {@code expect}; {@code null} when the dialect's template is broken. */
  Answer send(StepLog log, Call c, Vars vars, Answer previous, Expect expect) {
    StepRequest r;
    try {
      r = build(log.step, c, vars, previous, Map.of());
    } catch (IllegalArgumentException e) {
      log.add(List.of(dialectError(log.step, c, e.getMessage())));
      return null;
    }
    Answer a = transport.send(r, wire);
    Judge.Judgement j = Judge.judge(expect, a, dialect.title());
    List<StepExchange> judged = a.judged(j.verdict(), j.reason());
    log.add(judged);
    return new Answer(judged, a.json(), a.parseError(), a.giveUp());
  }

  Lookup lookup(StepLog log, Match m, Vars vars) {
    return m.scanFor() == null ? filtered(log, m, vars) : scan(log, m, vars);
  }

  private Lookup filtered(StepLog log, Match m, Vars vars) {
    StepRequest r;
    try {
      r = build(log.step, m.call(), vars, null, Map.of());
    } catch (IllegalArgumentException e) {
      log.add(List.of(dialectError(log.step, m.call(), e.getMessage())));
      return new Lookup.Failed("dialect error: " + e.getMessage());
    }
    Answer a = transport.send(r, wire);
    if (a.status() == 404 && a.giveUp() == null) {
      if (m.notFoundMeansAbsent()) {
        log.add(a.judged(Verdict.PASS, "answered 404, which " + dialect.title() + " reads as \"not found\""));
        return new Lookup.Absent();
      }
      String why = "answered 404 to a lookup; " + dialect.title() + " expects 200 with an empty ListResponse";
      log.add(a.judged(Verdict.FAIL, why));
      return new Lookup.Failed(r.request().method() + " " + a.last().url() + ": " + why);
    }
    Expect asList = new Expect(m.call().expect().status(), false, true, false);
    Judge.Judgement j = Judge.judge(asList, a, dialect.title());
    if (!j.passed()) {
      log.add(a.judged(Verdict.FAIL, j.reason()));
      return new Lookup.Failed(r.request().method() + " " + a.last().url() + ": " + j.reason());
    }
    JsonNode resources = Json.field(a.json(), "Resources");
    if (resources == null || resources.isNull() || resources.isEmpty()) {
      if (m.emptyListMeansAbsent()) {
        log.add(a.judged(Verdict.PASS, "answered an empty ListResponse: not found"));
        return new Lookup.Absent();
      }
      String why = "answered an empty ListResponse; " + dialect.title() + " reads only 404 as \"not found\"";
      log.add(a.judged(Verdict.FAIL, why));
      return new Lookup.Failed(why);
    }
    JsonNode id = Json.field(resources.get(0), "id");
    if (id == null || !id.isTextual()) {
      String why = "the match has no string \"id\"; " + dialect.title() + " cannot link it";
      log.add(a.judged(Verdict.FAIL, why));
      return new Lookup.Failed(why);
    }
    log.add(a.judged(Verdict.PASS, "found " + id.textValue() + ": linked, not re-created"));
    return new Lookup.Found(id.textValue());
  }

  private Lookup scan(StepLog log, Match m, Vars vars) {
    String want;
    try {
      want = Template.text(m.scanValue(), vars);
    } catch (IllegalArgumentException e) {
      return new Lookup.Failed("dialect error: " + e.getMessage());
    }
    Paged p = pageAll(log, m.call(), vars, m.pageSize(), false);
    if (p.failure != null) {
      return new Lookup.Failed(p.failure);
    }
    for (JsonNode r : p.resources) {
      JsonNode v = Json.field(r, m.scanFor());
      JsonNode id = Json.field(r, "id");
      if (v != null && v.asText().equals(want) && id != null && id.isTextual()) {
        return new Lookup.Found(id.textValue());
      }
    }
    return new Lookup.Absent();
  }

  record Paged(List<JsonNode> resources, String failure) {}

  /**
   * Pages as Okta does: {@code startIndex=1}, then {@code startIndex += count} until past
   * {@code totalResults}. With {@code strictPaging} the paging fields must be integers and no id may come
   * twice (a stable order), which an importing IdP relies on.
   */
  Paged pageAll(StepLog log, Call base, Vars vars, int pageSize, boolean strictPaging) {
    List<JsonNode> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    long startIndex = 1;
    for (int page = 0; page < MAX_PAGES; page++) {
      Map<String, String> paging = new LinkedHashMap<>();
      paging.put("startIndex", Long.toString(startIndex));
      paging.put("count", Integer.toString(pageSize));
      StepRequest r;
      try {
        r = build(log.step, base, vars, null, paging);
      } catch (IllegalArgumentException e) {
        log.add(List.of(dialectError(log.step, base, e.getMessage())));
        return new Paged(out, "dialect error: " + e.getMessage());
      }
      Answer a = transport.send(r, wire);
      Judge.Judgement j = Judge.judge(new Expect(base.expect().status(), false, true, false), a, dialect.title());
      String why = j.passed() && strictPaging ? pagingProblem(a.json()) : null;
      JsonNode resources = j.passed() ? Json.field(a.json(), "Resources") : null;
      if (why == null && resources != null && resources.isArray()) {
        for (JsonNode res : resources) {
          JsonNode id = Json.field(res, "id");
          if (id == null || !id.isTextual()) {
            why = "a resource on the page at startIndex " + startIndex + " has no string \"id\"";
            break;
          }
          if (strictPaging && !seen.add(id.textValue())) {
            why = "resource " + id.textValue() + " came twice: the order is not stable across pages";
            break;
          }
          out.add(res);
        }
      }
      if (!j.passed() || why != null) {
        String reason = j.passed() ? why : j.reason();
        log.add(a.judged(Verdict.FAIL, reason));
        return new Paged(out, r.request().method() + " " + a.last().url() + ": " + reason);
      }
      log.add(a.judged(Verdict.PASS, j.reason()));
      long total = Json.field(a.json(), "totalResults").asLong();
      int n = resources == null || !resources.isArray() ? 0 : resources.size();
      startIndex += pageSize;
      if (n == 0 || startIndex > total) {
        return new Paged(out, null);
      }
    }
    return new Paged(out, "still paging after " + MAX_PAGES + " pages; gave up");
  }

  /** Whether the target's ServiceProviderConfig claims cursor pagination (RFC 9865 §4), read as the harness. */
  boolean advertisesCursors() {
    StepRequest r = new StepRequest("import", "read the pagination the target advertises", Origin.HARNESS,
        Wire.HARNESS.request("GET", "/ServiceProviderConfig", Map.of(), null));
    Answer a = transport.send(r, Wire.HARNESS);
    JsonNode cursor = a.json() == null ? null : Json.field(Json.field(a.json(), "pagination"), "cursor");
    return cursor != null && cursor.asBoolean(false);
  }

  /**
   * Pages by cursor (RFC 9865 §2): an empty cursor first, then each page's {@code nextCursor} until a page has
   * none. No id may come twice, as with index paging.
   */
  Paged pageByCursor(StepLog log, Call base, Vars vars, int pageSize) {
    List<JsonNode> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String cursor = "";
    for (int page = 0; page < MAX_PAGES; page++) {
      Map<String, String> paging = new LinkedHashMap<>();
      paging.put("cursor", cursor);
      paging.put("count", Integer.toString(pageSize));
      StepRequest r = build(log.step, base, vars, null, paging);
      Answer a = transport.send(r, wire);
      Judge.Judgement j = Judge.judge(new Expect(base.expect().status(), false, true, false), a, dialect.title());
      JsonNode resources = j.passed() ? Json.field(a.json(), "Resources") : null;
      String why = null;
      for (JsonNode res : resources != null && resources.isArray() ? resources : Json.NODES.arrayNode()) {
        JsonNode id = Json.field(res, "id");
        if (id == null || !id.isTextual() || !seen.add(id.textValue())) {
          why = id == null || !id.isTextual() ? "a resource on a cursor page has no string \"id\""
              : "resource " + id.textValue() + " came twice: a cursor led back to a page already read";
          break;
        }
        out.add(res);
      }
      if (!j.passed() || why != null) {
        String reason = j.passed() ? why : j.reason();
        log.add(a.judged(Verdict.FAIL, reason));
        return new Paged(out, r.request().method() + " " + a.last().url() + ": " + reason);
      }
      log.add(a.judged(Verdict.PASS, j.reason()));
      JsonNode next = Json.field(a.json(), "nextCursor");
      if (next == null || next.isNull()) {
        return new Paged(out, null);
      }
      cursor = next.asText();
    }
    return new Paged(out, "still paging after " + MAX_PAGES + " pages; gave up");
  }

  private static String pagingProblem(JsonNode json) {
    for (String f : List.of("startIndex", "itemsPerPage")) {
      JsonNode v = Json.field(json, f);
      if (v == null || !v.isIntegralNumber()) {
        return "the ListResponse has no integer \"" + f + "\", which an importing IdP pages by";
      }
    }
    return null;
  }

  StepRequest build(LifecycleStep step, Call c, Vars vars, Answer previous, Map<String, String> extraQuery) {
    String path = Template.text(c.path(), vars);
    Map<String, String> query = new LinkedHashMap<>();
    c.query().forEach((k, v) -> query.put(k, v == null ? null : Template.text(v, vars)));
    query.putAll(extraQuery);
    String body = null;
    if (c.body() != null) {
      body = Json.write(Template.render(c.body(), vars));
    } else if (c.bodyFrom() != null) {
      if (previous == null || previous.json() == null || !previous.json().isObject()) {
        throw new IllegalArgumentException("bodyFrom: previous, but the previous call gave no resource to modify");
      }
      ObjectNode copy = (ObjectNode) previous.json().deepCopy();
      c.set().forEach((pointer, value) -> Template.set(copy, pointer, Template.render(value, vars)));
      body = Json.write(copy);
    }
    String purpose = c.note().isEmpty() ? c.method() + " " + c.path() : c.note();
    return new StepRequest(step.id(), purpose, Origin.IDP, wire.request(c.method(), path, query, body));
  }

  private static void capture(Call c, Answer a, Vars vars) {
    c.capture().forEach((name, pointer) -> {
      JsonNode v = a.json() == null ? null : a.json().at(JsonPointer.compile(pointer));
      if (v != null && !v.isMissingNode()) {
        vars.put(name, v);
      }
    });
  }

  private StepExchange dialectError(LifecycleStep step, Call c, String message) {
    String why = "dialect " + dialect.name() + " is broken: " + message;
    Exchange unsent = Exchange.unanswered(c.method(), c.path(), Map.of(), "", Duration.ZERO, why);
    return new StepExchange(step.id(), c.requestLine(), Origin.IDP, 1, unsent, Verdict.FAIL, why, List.of());
  }

  private static String lastReason(StepLog log) {
    List<StepExchange> ex = log.exchanges();
    return ex.isEmpty() ? "" : ex.get(ex.size() - 1).reason();
  }
}
