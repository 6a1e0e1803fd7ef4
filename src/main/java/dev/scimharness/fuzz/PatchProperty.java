package dev.scimharness.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.endpoint.Request;
import dev.scimharness.endpoint.ScimResponse;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.ResourceSchema;
import dev.scimharness.scim.SchemaRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One PATCH try against a target we did not write: create the case's resource, read it, PATCH it, read it again,
 * delete it, and hold the {@link Rule}s. What the RFC prescribes comes from the {@link EngineOracle}; the rest holds
 * for any conformant server, however lenient.
 */
final class PatchProperty {
  private static final String[][] READ_ONLY = {{"id"}, {"meta", "created"}, {"meta", "resourceType"}};

  private PatchProperty() {}

  static TryResult run(FuzzTarget target, PatchCase c) {
    ResourceSchema schema = c.group() ? FuzzTarget.GROUPS : FuzzTarget.USERS;
    StringBuilder why = new StringBuilder();
    String location = target.create(c.endpoint(), creation(target, c), why);
    if (location == null) {
      return why.toString().contains(" answered 5")
          ? new TryResult(List.of(new Violation(Rule.SERVER_ERROR, why.toString())), List.of(), "set-up failed")
          : new TryResult(List.of(), List.of(), "set-up failed");
    }
    try {
      return check(target, c, schema, location);
    } finally {
      target.delete(location);
    }
  }

  private static TryResult check(FuzzTarget target, PatchCase c, ResourceSchema schema, String location) {
    ObjectNode before = read(target, location);
    if (before == null) {
      return new TryResult(List.of(), List.of(), "set-up failed");
    }
    String body = target.substitute(c.body(), before.get("id").asText());
    EngineOracle.Verdict engine = EngineOracle.judge(before, body, schema);
    ScimResponse reply = target.client().send(Request.of("PATCH", location, body));
    ObjectNode after = read(target, location);
    List<Violation> v = new ArrayList<>();
    List<String> choices = new ArrayList<>();
    int status = reply.status();
    String seen = "PATCH " + location + " " + body + " answered " + brief(reply);
    if (after == null) {
      v.add(new Violation(Rule.UNREADABLE, seen + "; the resource could not be read back"));
      return new TryResult(v, choices, "unreadable");
    }
    if (status >= 500 || status == 0) {
      v.add(new Violation(Rule.SERVER_ERROR, seen));
    }
    for (String[] path : READ_ONLY) {
      if (!Objects.equals(at(before, path), at(after, path))) {
        v.add(new Violation(Rule.READ_ONLY_MOVED, String.join(".", path) + " moved from " + at(before, path)
            + " to " + at(after, path) + " after " + seen));
      }
    }
    boolean changed = !ResourceView.of(before, schema).equals(ResourceView.of(after, schema));
    String outcome;
    if (status >= 400 && status < 500) {
      outcome = "refused " + status + " " + scimType(reply);
      if (!after.equals(before)) {
        v.add(new Violation(Rule.REFUSAL_CHANGED_RESOURCE, seen + "; before " + Json.write(before) + "; after "
            + Json.write(after)));
      }
    } else if (status >= 200 && status < 300) {
      outcome = changed ? "applied" : "no-op";
      choices.add("a PATCH that succeeds answers " + status);
      if (reply.json() instanceof ObjectNode answered && answered.has("id") && !answered.equals(after)) {
        v.add(new Violation(Rule.RESPONSE_NOT_READ_BACK, seen + "; read back " + Json.write(after)));
      }
      meta(target, before, after, changed, seen, v, choices);
    } else {
      outcome = "answered " + status;
    }
    prescribed(engine, status, reply, ResourceView.of(after, schema), seen, v, choices);
    return new TryResult(v, choices, outcome);
  }

  /** RFC 7643 §3.1: lastModified is the time of the latest change; RFC 7644 §3.14: the version is the ETag. */
  private static void meta(FuzzTarget target, ObjectNode before, ObjectNode after, boolean changed, String seen,
      List<Violation> v, List<String> choices) {
    JsonNode modifiedBefore = at(before, "meta", "lastModified");
    JsonNode modifiedAfter = at(after, "meta", "lastModified");
    boolean modifiedMoved = !Objects.equals(modifiedBefore, modifiedAfter);
    if (changed && !modifiedMoved && modifiedBefore != null) {
      if (modifiedBefore.asText().contains(".")) {
        v.add(new Violation(Rule.META_DID_NOT_MOVE, "meta.lastModified stayed " + modifiedBefore + " after " + seen));
      } else {
        choices.add("meta.lastModified has one-second precision");
      }
    }
    if (!changed && modifiedMoved) {
      choices.add("a PATCH that changes nothing moves meta.lastModified");
    }
    JsonNode versionBefore = at(before, "meta", "version");
    boolean versionMoved = !Objects.equals(versionBefore, at(after, "meta", "version"));
    if (target.etag() && versionBefore != null && changed != versionMoved) {
      v.add(new Violation(Rule.META_DID_NOT_MOVE, "the target claims ETag support, and meta.version "
          + (changed ? "stayed " + versionBefore + " though the resource changed" : "moved though nothing changed")
          + " after " + seen));
    }
  }

  private static void prescribed(EngineOracle.Verdict engine, int status, ScimResponse reply, ObjectNode after,
      String seen, List<Violation> v, List<String> choices) {
    boolean refused = status >= 400 && status < 500;
    boolean accepted = status >= 200 && status < 300;
    EngineOracle.Answer must = engine.prescribed();
    if (must instanceof EngineOracle.Refused r) {
      if (accepted) {
        v.add(new Violation(Rule.RFC_RESULT, "RFC 7644 requires a refusal, " + r + ", but " + seen));
      } else if (refused && r.scimType() != null && !r.scimType().equals(scimType(reply))) {
        choices.add("refuses with scimType " + scimType(reply) + " where the RFC names " + r.scimType());
      }
    } else if (must instanceof EngineOracle.Applied a) {
      if (refused) {
        v.add(new Violation(Rule.RFC_RESULT, "RFC 7644 requires the PATCH to succeed, but " + seen));
      } else if (accepted && !a.view().equals(after)) {
        v.add(new Violation(Rule.RFC_RESULT, "the resource read back after " + seen + " is " + Json.write(after)
            + " where RFC 7644 gives " + Json.write(a.view())));
      }
    } else if (refused || accepted) {
      choices.add(choice(engine, refused, after));
    }
  }

  /** Which reading of RFC 7644 the target chose where the two modes differ. */
  private static String choice(EngineOracle.Verdict engine, boolean refused, ObjectNode after) {
    String strict = engine.strict() instanceof EngineOracle.Refused r ? "refuses (" + r.scimType() + ")" : "applies";
    String lenient = engine.lenient() instanceof EngineOracle.Refused r ? "refuses (" + r.scimType() + ")" : "applies";
    String like;
    if (refused) {
      like = engine.strict() instanceof EngineOracle.Refused ? "like STRICT"
          : engine.lenient() instanceof EngineOracle.Refused ? "like LENIENT" : "unlike either";
    } else if (engine.lenient() instanceof EngineOracle.Applied l && l.view().equals(after)) {
      like = "like LENIENT";
    } else if (engine.strict() instanceof EngineOracle.Applied s && s.view().equals(after)) {
      like = "like STRICT";
    } else {
      like = "unlike either";
    }
    return "where STRICT " + strict + " and LENIENT " + lenient + ": " + (refused ? "refuses, " : "applies, ") + like;
  }

  private static String creation(FuzzTarget target, PatchCase c) {
    ObjectNode r = (ObjectNode) Json.parse(target.substitute(Json.write(c.resource()), null));
    ObjectNode out = Json.object();
    ArrayNode schemas = out.putArray("schemas").add(c.group() ? SchemaRegistry.GROUP : SchemaRegistry.USER);
    if (r.has(SchemaRegistry.ENTERPRISE_USER)) {
      schemas.add(SchemaRegistry.ENTERPRISE_USER);
    }
    out.put(c.group() ? "displayName" : "userName", target.freshName());
    out.setAll(r);
    return Json.write(out);
  }

  static ObjectNode read(FuzzTarget target, String location) {
    ScimResponse r = target.client().send(Request.of("GET", location));
    return r.status() == 200 && r.json() instanceof ObjectNode o && o.has("id") ? o : null;
  }

  static String scimType(ScimResponse r) {
    JsonNode t = r.json() == null ? null : Json.field(r.json(), "scimType");
    return t == null || t.isNull() ? null : t.asText();
  }

  static String brief(ScimResponse r) {
    return r.status() == 0 ? "no answer (" + r.exchange().error() + ")" : r.status() + " " + r.redactedBody();
  }

  static JsonNode at(JsonNode node, String... names) {
    JsonNode n = node;
    for (String name : names) {
      n = n == null ? null : Json.field(n, name);
    }
    return n;
  }
}
