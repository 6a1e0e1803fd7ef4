package dev.scimharness.simulator;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One request an IdP sends, as a template: {@code ${name}} placeholders in the path, the query values and
 * the body's string values are filled from the simulator's variables when it is sent.
 *
 * @param query ordered: IdPs differ in the order of their parameters and a simulator sends them as they do
 * @param bodyFrom {@code previous}: the body is the answer to the previous call of the same step, as read
 *     (read-modify-write, Okta's GET-then-PUT), with {@code set} applied
 * @param set JSON Pointer → template value, applied to a body taken from the previous answer
 * @param capture variable name → JSON Pointer into the answer, for later calls (a probe's test user id)
 * @param when a variable name: the call is sent only when that variable has a value (Entra's manager pass,
 *     only for a person who has a manager)
 * @param source the public pages the request is modelled on (required where the call is a step of its own, the
 *     create of a user or a group)
 */
public record Call(
    String method,
    String path,
    Map<String, String> query,
    JsonNode body,
    String bodyFrom,
    Map<String, JsonNode> set,
    Expect expect,
    Map<String, String> capture,
    String when,
    String note,
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> source) {

  private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

  public Call {
    Objects.requireNonNull(method, "call.method");
    method = method.toUpperCase(Locale.ROOT);
    if (!METHODS.contains(method)) {
      throw new IllegalArgumentException("call.method must be one of " + METHODS + ", not " + method);
    }
    Objects.requireNonNull(path, "call.path");
    query = query == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(query));
    set = set == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(set));
    capture = capture == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(capture));
    if (bodyFrom != null && !bodyFrom.equals("previous")) {
      throw new IllegalArgumentException("call.bodyFrom can only be \"previous\", not \"" + bodyFrom + "\"");
    }
    if (bodyFrom != null && body != null) {
      throw new IllegalArgumentException("a call takes its body from a template or from the previous answer, not both");
    }
    expect = expect == null ? Expect.defaultsFor(method) : expect.withDefaultsFor(method);
    note = note == null ? "" : note;
    source = source == null ? List.of() : List.copyOf(source);
  }

  public boolean hasBody() {
    return body != null || bodyFrom != null;
  }

  public String requestLine() {
    return method + " " + path;
  }
}
