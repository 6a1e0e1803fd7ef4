package dev.scimharness.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.MessageUrns;
import dev.scimharness.scim.SchemaRegistry;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Generators for the PATCH properties: users, operations (valid, invalid, random) and whole messages. */
final class PatchGenerators {
  private PatchGenerators() {}

  static final String ENTERPRISE = SchemaRegistry.ENTERPRISE_USER;
  private static final List<String> TYPES = List.of("work", "home", "other", "mobile");

  // ---- resources --------------------------------------------------------------------------------------------------

  static Arbitrary<ObjectNode> users() {
    Arbitrary<String> words = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8);
    Arbitrary<ArrayNode> emails = multiValued(words.map(w -> w + "@example.com"));
    Arbitrary<ArrayNode> phones = multiValued(Arbitraries.strings().numeric().ofMinLength(3).ofMaxLength(7));
    Arbitrary<JsonNode> enterprise = Combinators.combine(words.injectNull(0.3), words.injectNull(0.5))
        .as((number, manager) -> {
          ObjectNode e = Json.object();
          if (number != null) {
            e.put("employeeNumber", number);
          }
          if (manager != null) {
            e.putObject("manager").put("value", manager);
          }
          return (JsonNode) e;
        });
    return Combinators.combine(words, words.injectNull(0.3), words.injectNull(0.3), Arbitraries.of(true, false),
        emails, phones, enterprise).as((userName, given, display, active, mails, phoneNumbers, ext) -> {
          ObjectNode u = Json.object();
          ArrayNode schemas = u.putArray("schemas").add(SchemaRegistry.USER);
          u.put("id", "u-" + userName);
          u.putObject("meta").put("resourceType", "User").put("created", "2020-01-01T00:00:00Z");
          u.put("userName", userName);
          if (given != null) {
            u.putObject("name").put("givenName", given).put("familyName", "F" + given);
          }
          if (display != null) {
            u.put("displayName", display);
          }
          u.put("active", active);
          if (!mails.isEmpty()) {
            u.set("emails", mails);
          }
          if (!phoneNumbers.isEmpty()) {
            u.set("phoneNumbers", phoneNumbers);
          }
          u.putArray("groups").addObject().put("value", "g-1").put("display", "Group One");
          if (!ext.isEmpty()) {
            schemas.add(ENTERPRISE);
            u.set(ENTERPRISE, ext);
          }
          return u;
        });
  }

  /** 0–3 values with distinct types, at most the first primary. */
  private static Arbitrary<ArrayNode> multiValued(Arbitrary<String> values) {
    return Combinators.combine(values.list().ofMaxSize(3), Arbitraries.of(true, false)).as((vs, primary) -> {
      ArrayNode a = Json.NODES.arrayNode();
      for (int i = 0; i < vs.size(); i++) {
        ObjectNode v = a.addObject().put("value", vs.get(i)).put("type", TYPES.get(i));
        if (i == 0 && primary) {
          v.put("primary", true);
        }
      }
      return a;
    });
  }

  // ---- operations -------------------------------------------------------------------------------------------------

  private static ObjectNode op(String op, String path, JsonNode value) {
    return OperationJson.of(op, path, value);
  }

  private static JsonNode text(String s) {
    return Json.NODES.textNode(s);
  }

  /**
   * Replace operations whose second application finds what the first left: filters select on sub-attributes the
   * value does not change.
   */
  static Arbitrary<ObjectNode> idempotentReplaces() {
    Arbitrary<String> words = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6);
    Arbitrary<String> types = Arbitraries.of(TYPES);
    return Arbitraries.oneOf(
        words.map(w -> op("replace", "displayName", text(w))),
        words.map(w -> op("replace", "name.givenName", text(w))),
        words.map(w -> op("replace", "name", Json.object().put("familyName", w))),
        Arbitraries.of(true, false).map(b -> op("replace", "active", Json.NODES.booleanNode(b))),
        Arbitraries.of("True", "False").map(b -> op("replace", "active", text(b))),
        words.map(w -> op("replace", ENTERPRISE + ":employeeNumber", text(w))),
        Combinators.combine(types, words).as((t, w) ->
            op("replace", "emails[type eq \"" + t + "\"].value", text(w + "@example.org"))),
        types.map(t -> op("replace", "emails[type eq \"" + t + "\"].primary", Json.NODES.booleanNode(true))),
        Combinators.combine(types, words).as((t, w) -> op("replace", "phoneNumbers[type eq \"" + t + "\"]",
            Json.object().put("type", t).put("value", w))),
        Combinators.combine(words, words).as((a, b) -> op("replace", "emails", Json.NODES.arrayNode()
            .add(Json.object().put("value", a + "@x.org").put("type", "work").put("primary", true))
            .add(Json.object().put("value", b + "@y.org").put("type", "home")))),
        Combinators.combine(words, Arbitraries.of(true, false)).as((w, b) -> op("replace", null,
            Json.object().put("nickName", w).put("active", b))),
        words.map(w -> op("replace", null, Json.object().put("name.familyName", w))),
        words.map(w -> op("replace", null, Json.object().set(ENTERPRISE, Json.object().put("costCenter", w)))),
        Arbitraries.just(op("replace", "phoneNumbers", Json.NODES.arrayNode())));
  }

  /** Operations that may or may not apply to a given user. */
  static Arbitrary<ObjectNode> plausibleOperations() {
    Arbitrary<String> words = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6);
    Arbitrary<String> types = Arbitraries.of(TYPES);
    return Arbitraries.oneOf(
        idempotentReplaces(),
        words.map(w -> op("add", "nickName", text(w))),
        Combinators.combine(words, types, Arbitraries.of(true, false)).as((w, t, p) -> op("add", "emails",
            Json.NODES.arrayNode().add(Json.object().put("value", w + "@z.org").put("type", t).put("primary", p)))),
        types.map(t -> op("remove", "emails[type eq \"" + t + "\"]", null)),
        types.map(t -> op("remove", "phoneNumbers[type eq \"" + t + "\"].value", null)),
        Arbitraries.of("emails", "phoneNumbers", "name", "name.givenName", "displayName", "nickName",
            ENTERPRISE + ":manager", ENTERPRISE).map(p -> op("remove", p, null)),
        words.map(w -> op("add", null, Json.object().set(ENTERPRISE, Json.object().put("division", w)))),
        Combinators.combine(types, words).as((t, w) ->
            op("add", "emails[type eq \"" + t + "\"].display", text(w))));
  }

  /** Operations every generated user rejects, whatever the leniency. */
  static Arbitrary<ObjectNode> invalidOperations() {
    return Arbitraries.of(
        op("replace", "id", text("another-id")),
        op("remove", "id", null),
        op("remove", "userName", null),
        op("replace", "meta.created", text("2021-01-01T00:00:00Z")),
        op("remove", "meta", null),
        op("add", "groups", Json.NODES.arrayNode().add(Json.object().put("value", "g-2"))),
        op("remove", "groups[value eq \"g-1\"]", null),
        op("replace", "shoeSize", Json.NODES.numberNode(44)),
        op("replace", "emails[type eq", text("x")),
        op("replace", "active", text("maybe")),
        op("replace", "displayName", Json.NODES.numberNode(7)),
        op("replace", null, Json.object().put("id", "another-id")),
        op("replace", null, text("not an object")),
        op("remove", null, null),
        op("add", "name[givenName eq \"x\"]", text("y")),
        op("add", "nickName", null),
        op("jump", "nickName", text("x")));
  }

  /** A message with valid-looking operations and exactly one invalid one at a random position. */
  static Arbitrary<JsonNode> messagesWithOneInvalidOperation() {
    return Combinators.combine(plausibleOperations().list().ofMaxSize(4), invalidOperations(),
        Arbitraries.integers().between(0, 4)).as((ops, bad, at) -> {
          ArrayNode operations = Json.NODES.arrayNode();
          ops.forEach(operations::add);
          operations.insert(Math.min(at, ops.size()), bad);
          return message(operations);
        });
  }

  static JsonNode message(ArrayNode operations) {
    ObjectNode m = Json.object();
    m.putArray("schemas").add(MessageUrns.PATCH_OP);
    m.set("Operations", operations);
    return m;
  }

  // ---- anything ---------------------------------------------------------------------------------------------------

  private static Arbitrary<JsonNode> junkValues() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(10).map(PatchGenerators::text),
        Arbitraries.integers().map(i -> (JsonNode) Json.NODES.numberNode(i)),
        Arbitraries.of(true, false).map(b -> (JsonNode) Json.NODES.booleanNode(b)),
        Arbitraries.just(Json.NODES.nullNode()),
        Arbitraries.just(Json.NODES.arrayNode()),
        Arbitraries.just(Json.NODES.arrayNode().addNull()),
        Arbitraries.just(Json.NODES.arrayNode().add(Json.object().put("value", "v").put("primary", "yes"))),
        Arbitraries.just(Json.object()),
        Arbitraries.just(Json.object().put("name.givenName", "x").put("emails", "x")),
        Arbitraries.just(Json.object().set("urn:ietf:params:scim:schemas:core:2.0:User", Json.object()
            .put("userName", 5))),
        Arbitraries.just(Json.object().set(ENTERPRISE, Json.NODES.arrayNode())));
  }

  private static Arbitrary<String> junkPaths() {
    Arbitrary<String> known = Arbitraries.of("userName", "name", "name.givenName", "emails", "emails.value",
        "emails[type eq \"work\"]", "emails[type eq \"work\"].value", "emails[value pr].primary",
        "emails[primary eq true]", "emails[type gt true]", "emails[not (type eq \"work\")]", "phoneNumbers",
        "groups", "meta", "id", "schemas", "x509Certificates", "active", ENTERPRISE, ENTERPRISE + ":manager.value",
        "urn:ietf:params:scim:schemas:core:2.0:User:userName", "members", "emails[type eq \"work\"].nope",
        "emails[emails[type eq \"x\"]]", "name.givenName.x", "emails[", "emails]", "", " ");
    Arbitrary<String> random = Arbitraries.strings().withChars("abc[]\". :$eqpr").ofMaxLength(16);
    return Arbitraries.oneOf(known, known, random);
  }

  /** Any operation: random op names, paths and values, including ones no client should send. */
  static Arbitrary<JsonNode> anyOperations() {
    Arbitrary<String> ops = Arbitraries.frequencyOf(Tuple.of(10, Arbitraries.of("add", "remove", "replace")),
        Tuple.of(2, Arbitraries.of("Add", "REPLACE", "Remove")), Tuple.of(1, Arbitraries.of("copy", "")));
    return Arbitraries.frequencyOf(
        Tuple.of(12, plausibleOperations().map(o -> (JsonNode) o)),
        Tuple.of(1, invalidOperations().map(o -> (JsonNode) o)),
        Tuple.of(6, Combinators.combine(ops, junkPaths().injectNull(0.3), junkValues().injectNull(0.2))
            .as((o, p, v) -> (JsonNode) op(o, p, v))),
        Tuple.of(1, junkValues()));
  }

  static Arbitrary<JsonNode> anyMessages() {
    return Arbitraries.frequencyOf(
        Tuple.of(18, anyOperations().list().ofMinSize(1).ofMaxSize(3).map(list -> {
          ArrayNode a = Json.NODES.arrayNode();
          list.forEach(a::add);
          return message(a);
        })),
        Tuple.of(1, anyOperations().map(o -> (JsonNode) Json.object().set("Operations", o))),
        Tuple.of(1, Arbitraries.just(Json.object())));
  }
}
