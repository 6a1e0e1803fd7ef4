package dev.scimharness.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.MessageUrns;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The harness's own requests, in textbook RFC 7644: setting up what a failed step left out (so the next
 * step is judged on its own), checking that a step took effect (an answer of 200 that changed nothing is
 * still a broken integration), and cleaning up.
 */
final class Harness {
  private static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";
  private static final String GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";

  private final Transport transport;
  private final Duration settle;

  Harness(Transport transport, Duration settle) {
    this.transport = transport;
    this.settle = settle;
  }

  /** Creates the user (or links the one already there); its id, or {@code null}. */
  String createUser(StepLog log, IdpUser u) {
    ObjectNode body = Json.object();
    body.putArray("schemas").add(USER);
    body.put("userName", u.userName());
    body.put("externalId", u.key());
    ObjectNode name = body.putObject("name");
    name.put("givenName", u.givenName());
    name.put("familyName", u.familyName());
    ObjectNode email = body.putArray("emails").addObject();
    email.put("value", u.email());
    email.put("type", "work");
    email.put("primary", true);
    body.put("active", u.active());
    Answer a = send(log, "setup: create user " + u.userName(), "POST", "/Users", Map.of(), body);
    if (a.status() == 201 && idOf(a.json()) != null) {
      log.add(a.judged(Verdict.PASS, "setup: created " + idOf(a.json())));
      return idOf(a.json());
    }
    if (a.status() == 409) {
      log.add(a.judged(Verdict.PASS, "setup: the user exists already; looking it up"));
      Answer found = send(log, "setup: find user", "GET", "/Users",
          Map.of("filter", "userName eq \"" + u.userName().replace("\"", "\\\"") + "\""), null);
      JsonNode res = found.json() == null ? null : Json.field(found.json(), "Resources");
      String id = res != null && res.isArray() && !res.isEmpty() ? idOf(res.get(0)) : null;
      log.add(found.judged(id == null ? Verdict.FAIL : Verdict.PASS, id == null ? "setup: not found" : "setup: linked " + id));
      return id;
    }
    log.add(a.judged(Verdict.FAIL, "setup failed: answered " + a.status() + Judge.errorDetail(a.json())));
    return null;
  }

  String createGroup(StepLog log, IdpGroup g) {
    ObjectNode body = Json.object();
    body.putArray("schemas").add(GROUP);
    body.put("displayName", g.displayName());
    body.put("externalId", g.key());
    Answer a = send(log, "setup: create group " + g.displayName(), "POST", "/Groups", Map.of(), body);
    String id = a.status() == 201 ? idOf(a.json()) : null;
    log.add(a.judged(id == null ? Verdict.FAIL : Verdict.PASS,
        id == null ? "setup failed: answered " + a.status() + Judge.errorDetail(a.json()) : "setup: created " + id));
    return id;
  }

  boolean addMember(StepLog log, String groupId, String userId) {
    ObjectNode body = Json.object();
    body.putArray("schemas").add(MessageUrns.PATCH_OP);
    ObjectNode op = body.putArray("Operations").addObject();
    op.put("op", "add");
    op.put("path", "members");
    op.putArray("value").addObject().put("value", userId);
    Answer a = send(log, "setup: add member " + userId, "PATCH", "/Groups/" + groupId, Map.of(), body);
    boolean ok = a.status() == 200 || a.status() == 204;
    log.add(a.judged(ok ? Verdict.PASS : Verdict.FAIL, ok ? "setup: member added"
        : "setup failed: answered " + a.status() + Judge.errorDetail(a.json())));
    return ok;
  }

  /**
   * Reads {@code path} until {@code problem} says nothing is wrong or the settle time passes; records the
   * last read. {@code problem} gets the status and JSON and returns {@code null} when all is well.
   */
  String check(StepLog log, String what, String path, Function<Answer, String> problem) {
    Answer last = Poll.until(() -> send(log, "check: " + what, "GET", path, Map.of(), null),
        a -> problem.apply(a) == null, settle, Duration.ofMillis(100));
    String why = problem.apply(last);
    log.add(last.judged(why == null ? Verdict.PASS : Verdict.FAIL, why == null ? "check: " + what
        : "check failed: " + why));
    return why;
  }

  List<StepExchange> delete(String path) {
    StepLog log = new StepLog(LifecycleStep.DELETE, transport.redactor());
    Answer a = send(log, "cleanup", "DELETE", path, Map.of(), null);
    boolean ok = a.status() == 204 || a.status() == 200 || a.status() == 404;
    log.add(a.judged(ok ? Verdict.PASS : Verdict.FAIL, "cleanup: answered " + a.status()));
    return log.exchanges();
  }

  private Answer send(StepLog log, String purpose, String method, String path, Map<String, String> query, JsonNode body) {
    StepRequest r = new StepRequest(log.step.id(), purpose, Origin.HARNESS,
        Wire.HARNESS.request(method, path, query, body == null ? null : Json.write(body)));
    return transport.send(r, Wire.HARNESS);
  }

  StepLog log(LifecycleStep step) {
    return new StepLog(step, transport.redactor());
  }

  static String idOf(JsonNode json) {
    JsonNode id = Json.field(json, "id");
    return id != null && id.isTextual() && !id.textValue().isBlank() ? id.textValue() : null;
  }
}
