package dev.scimharness.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.endpoint.Request;
import dev.scimharness.endpoint.ScimClient;
import dev.scimharness.endpoint.ScimResponse;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.ResourceSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The body of the fuzz property: create the case's resource through the API, PATCH it, read it back, and hold the
 * server to what the PATCH engine (the oracle, same leniency) says of the resource as the server showed it:
 * <ol>
 *   <li>never a 5xx;</li>
 *   <li>a request the oracle rejects gets exactly that status and {@code scimType}, and the resource read back is
 *       unchanged, {@code meta.version} included (RFC 7644 §3.5.2: a PATCH is atomic);</li>
 *   <li>a request the oracle applies gets 200 and the resource read back is the oracle's result, compared as
 *       {@link ComparableView}s; the 200 body is that resource; a no-op leaves {@code meta.version} as it was
 *       (RFC 7644 §3.5.2.1);</li>
 *   <li>{@code id}, {@code meta.created} and a user's {@code groups} never move.</li>
 * </ol>
 * The resource is deleted afterwards. A failure is an {@link AssertionError} that holds everything needed to replay
 * it by hand.
 */
final class PatchFuzzCheck {
  private PatchFuzzCheck() {}

  /** Runs the case; returns what the oracle expected ("applied", "no-op" or the scimType), for statistics. */
  static String check(PatchFuzzTarget target, PatchFuzzCase c) {
    boolean user = c.endpoint().equals("Users");
    ResourceSchema schema = user ? PatchFuzzCases.USERS : PatchFuzzCases.GROUPS;
    ScimClient client = target.client();
    String path = "/" + c.endpoint();
    ScimResponse created = client.send(Request.of("POST", path, creation(target, c, user, schema)));
    if (created.status() != 201 || created.json() == null || !created.json().hasNonNull("id")) {
      throw new AssertionError("the resource to patch could not be created: " + brief(created) + "\n" + c);
    }
    String location = path + "/" + created.json().get("id").asText();
    try {
      PatchOracle.Expected expected = exchange(target, c, schema, location);
      return expected instanceof PatchOracle.Rejected r ? String.valueOf(r.scimType())
          : ((PatchOracle.Applied) expected).changed() ? "applied" : "no-op";
    } finally {
      client.send(Request.of("DELETE", location));
    }
  }

  private static PatchOracle.Expected exchange(PatchFuzzTarget target, PatchFuzzCase c, ResourceSchema schema,
      String location) {
    ScimClient client = target.client();
    ObjectNode before = read(client, location);
    String body = target.substitute(c.body()).replace(PatchFuzzCases.SELF, before.get("id").asText());
    PatchOracle.Expected expected = PatchOracle.expect(before, body, schema, target.leniency());
    if (schema == PatchFuzzCases.GROUPS) {
      expected = MembershipRules.refine(expected, target.memberIds());
    }
    ScimResponse reply = client.send(Request.of("PATCH", location, body));
    ObjectNode after = read(client, location);

    List<String> violations = new ArrayList<>();
    if (reply.status() >= 500) {
      violations.add("the server answered " + reply.status() + ": a 5xx is never right for client input");
    }
    for (String[] readOnly : new String[][] {{"id"}, {"meta", "created"}, {"groups"}}) {
      JsonNode was = at(before, readOnly);
      JsonNode is = at(after, readOnly);
      if (!Objects.equals(was, is)) {
        violations.add("readOnly " + String.join(".", readOnly) + " moved from " + was + " to " + is);
      }
    }
    if (expected instanceof PatchOracle.Rejected r) {
      if (reply.status() != r.status() || !Objects.equals(scimType(reply), name(r))) {
        violations.add("expected " + r.status() + " scimType " + name(r) + " but got " + reply.status()
            + " scimType " + scimType(reply));
      }
      if (!after.equals(before)) {
        violations.add("a rejected PATCH changed the resource");
      }
    } else {
      PatchOracle.Applied a = (PatchOracle.Applied) expected;
      ObjectNode want = ComparableView.of(a.resource(), schema);
      ObjectNode got = ComparableView.of(after, schema);
      if (reply.status() != 200 && reply.status() != 204) {
        violations.add("expected 200 but got " + reply.status() + " scimType " + scimType(reply));
      }
      if (!want.equals(got)) {
        violations.add("the resource read back is not what the oracle gives");
      }
      if (reply.status() == 200 && reply.json() != null && !ComparableView.of(reply.json(), schema).equals(got)) {
        violations.add("the 200 response body is not the resource read back");
      }
      if (!a.changed() && !Objects.equals(at(before, "meta", "version"), at(after, "meta", "version"))) {
        violations.add("a PATCH that changes nothing changed meta.version");
      }
    }
    if (!violations.isEmpty()) {
      throw new AssertionError(report(target, location, body, before, expected, reply, after, violations));
    }
    return expected;
  }

  private static String creation(PatchFuzzTarget target, PatchFuzzCase c, boolean user, ResourceSchema schema) {
    ObjectNode r = (ObjectNode) Json.parse(target.substitute(Json.write(c.resource())));
    ArrayNode schemas = Json.NODES.arrayNode().add(schema.core().id());
    if (user && r.has(PatchFuzzCases.ENTERPRISE)) {
      schemas.add(PatchFuzzCases.ENTERPRISE);
    }
    ObjectNode out = Json.object();
    out.set("schemas", schemas);
    if (user) {
      out.put("userName", target.freshUserName());
    }
    out.setAll(r);
    return Json.write(out);
  }

  private static ObjectNode read(ScimClient client, String location) {
    ScimResponse r = client.send(Request.of("GET", location));
    if (r.status() != 200 || !(r.json() instanceof ObjectNode o)) {
      throw new AssertionError("GET " + location + " answered " + brief(r));
    }
    return o;
  }

  private static String scimType(ScimResponse r) {
    JsonNode t = r.json() == null ? null : r.json().get("scimType");
    return t == null || t.isNull() ? null : t.asText();
  }

  /** The status and body, or why no answer came: what a replay by hand needs of the answer. */
  private static String brief(ScimResponse r) {
    return r.status() == 0 ? "no answer (" + r.exchange().error() + ")" : r.status() + " " + r.redactedBody();
  }

  private static JsonNode at(JsonNode node, String... names) {
    JsonNode n = node;
    for (String name : names) {
      n = n == null ? null : n.get(name);
    }
    return n;
  }

  private static String name(PatchOracle.Rejected r) {
    return r.scimType() == null ? null : r.scimType().name();
  }

  private static String report(PatchFuzzTarget target, String location, String body, ObjectNode before,
      PatchOracle.Expected expected, ScimResponse reply, ObjectNode after, List<String> violations) {
    StringBuilder sb = new StringBuilder("PATCH fuzz (" + target.leniency() + " server and oracle):");
    violations.forEach(v -> sb.append("\n  - ").append(v));
    sb.append("\nPATCH ").append(location).append("\n  ").append(body)
        .append("\nresource before: ").append(Json.write(before))
        .append("\noracle:          ").append(expected)
        .append("\nserver answered: ").append(brief(reply))
        .append("\nresource after:  ").append(Json.write(after))
        .append("\nmember placeholders: ").append(target.legend());
    return sb.toString();
  }
}
