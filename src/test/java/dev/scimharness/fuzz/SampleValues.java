package dev.scimharness.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.AttributeDefinition;
import dev.scimharness.scim.AttributeType;
import dev.scimharness.scim.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Values for attributes, driven by their definitions. The pools are deliberately tiny so that generated value
 * filters and generated values meet: {@code emails[value eq "a@example.com"]} should often select something, and
 * an added email should often already be there. Group members are written as placeholders ({@code {{m0}}}) that
 * the check replaces with the ids of real users, so generation stays independent of the server's ids.
 */
final class SampleValues {
  static final List<String> MEMBER_IDS = List.of("{{m0}}", "{{m1}}", "{{m2}}", "{{m3}}");

  private SampleValues() {}

  /** The whole value of {@code def}: an array of items when it is multi-valued. */
  static Arbitrary<JsonNode> whole(AttributeDefinition def) {
    if (!def.multiValued()) {
      return item(def);
    }
    return item(def).list().ofMinSize(1).ofMaxSize(3).map(SampleValues::array);
  }

  /** One value of {@code def}, ignoring whether it is multi-valued. */
  static Arbitrary<JsonNode> item(AttributeDefinition def) {
    if (def.isComplex()) {
      return complex(def);
    }
    return scalar(def);
  }

  /** A sub-attribute's value; a member's {@code value} and {@code type} come from what a group can hold. */
  static Arbitrary<JsonNode> scalar(AttributeDefinition parent, AttributeDefinition sub) {
    if (parent.named("members") && sub.named("value")) {
      return Arbitraries.of(MEMBER_IDS).map(id -> Json.NODES.textNode(id));
    }
    if (parent.named("members") && sub.named("type")) {
      return Arbitraries.of("User", "Group").map(t -> Json.NODES.textNode(t));
    }
    return scalar(sub);
  }

  /** A scalar of the sub-attribute's or attribute's own type, from the pool for its name. */
  static Arbitrary<JsonNode> scalar(AttributeDefinition def) {
    return switch (def.type()) {
      case BOOLEAN -> Arbitraries.of(true, false).map(b -> Json.NODES.booleanNode(b));
      case INTEGER -> Arbitraries.integers().between(-2, 3).map(i -> Json.NODES.numberNode(i));
      case DECIMAL -> Arbitraries.of("0.5", "1", "-2.25").map(s -> Json.NODES.numberNode(new java.math.BigDecimal(s)));
      case BINARY -> Arbitraries.of("TUlJ", "AAEC").map(s -> Json.NODES.textNode(s));
      default -> strings(def).map(s -> Json.NODES.textNode(s));
    };
  }

  static Arbitrary<String> strings(AttributeDefinition def) {
    String name = def.name().toLowerCase(Locale.ROOT);
    if (!def.canonicalValues().isEmpty()) {
      List<String> pool = new ArrayList<>(def.canonicalValues().subList(0, Math.min(3, def.canonicalValues().size())));
      pool.add(pool.get(0).toUpperCase(Locale.ROOT));
      return Arbitraries.of(pool);
    }
    return switch (name) {
      case "value" -> Arbitraries.of("a@example.com", "b@example.com", "A@EXAMPLE.COM", "+1 555 0100", "u-1");
      case "username" -> Arbitraries.of("alpha.user", "Beta.User", "gamma");
      case "type" -> Arbitraries.of("work", "home", "User", "Group");
      case "schemas" -> Arbitraries.of(PatchFuzzCases.USERS.core().id(), PatchFuzzCases.ENTERPRISE,
          "urn:example:unknown:2.0:User");
      case "$ref", "profileurl" -> Arbitraries.of("https://example.com/a", "https://example.com/b");
      case "locality", "region", "country" -> Arbitraries.of("Hollywood", "Paris", "NZ");
      default -> Arbitraries.of("alpha", "Beta", "gamma", "", "Ünïcödé \"quoted\"");
    };
  }

  /** A complex value: a non-empty subset of its sub-attributes. */
  static Arbitrary<JsonNode> complex(AttributeDefinition def) {
    List<Arbitrary<JsonNode>> fields = new ArrayList<>();
    for (AttributeDefinition sub : def.subAttributes()) {
      fields.add(scalar(def, sub).map(v -> field(sub.name(), v)).injectNull(0.55));
    }
    if (def.named("members")) {
      // A member needs its value (the id of an existing resource); the rest is optional.
      return Arbitraries.of(MEMBER_IDS).flatMap(id -> Arbitraries.of("", "Display").map(display -> {
        ObjectNode o = Json.object().put("value", id);
        if (!display.isEmpty()) {
          o.put("display", display);
        }
        return (JsonNode) o;
      }));
    }
    return combineFields(fields);
  }

  private static Arbitrary<JsonNode> combineFields(List<Arbitrary<JsonNode>> fields) {
    // Sometimes with the keys in capitals: sub-attribute names are case-insensitive too (RFC 7643 §2.1).
    Arbitrary<Boolean> capitals = Arbitraries.frequency(Tuple.of(9, false), Tuple.of(1, true));
    return Combinators.combine(Combinators.combine(fields).as(list -> list), capitals).as((list, upper) -> {
      ObjectNode o = Json.object();
      for (JsonNode f : list) {
        if (f != null) {
          f.properties().forEach(e -> o.set(upper ? e.getKey().toUpperCase(Locale.ROOT) : e.getKey(), e.getValue()));
        }
      }
      return (JsonNode) o;
    }).filter(o -> !o.isEmpty());
  }

  /** A value of a type the attribute does not have: the invalidValue cases. */
  static Arbitrary<JsonNode> wrongType(AttributeDefinition def) {
    List<JsonNode> wrong = new ArrayList<>();
    if (def.multiValued()) {
      wrong.add(Json.NODES.textNode("not-a-list"));
      wrong.add(array(List.of(Json.NODES.numberNode(7))));
    } else if (def.isComplex()) {
      wrong.add(Json.NODES.textNode("not-an-object"));
      wrong.add(Json.object().put("noSuchSub", "x"));
    } else if (def.type() == AttributeType.BOOLEAN) {
      wrong.add(Json.NODES.textNode("yes"));
      wrong.add(Json.NODES.textNode("True"));
      wrong.add(Json.NODES.numberNode(1));
    } else {
      wrong.add(Json.NODES.numberNode(42));
      wrong.add(Json.NODES.booleanNode(true));
      wrong.add(Json.object().put("value", "x"));
      wrong.add(array(List.of(Json.NODES.textNode("x"))));
    }
    return Arbitraries.of(wrong).map(JsonNode::deepCopy);
  }

  /** Not one value of a complex attribute: what {@code emails[type eq "work"]} must not be given. */
  static Arbitrary<JsonNode> wrongItem(AttributeDefinition def) {
    return Arbitraries.of("not-an-object", "[]").map(s -> s.equals("[]")
        ? (JsonNode) array(List.of(Json.object().put(def.subAttributes().get(0).name(), "x")))
        : Json.NODES.textNode(s));
  }

  static ArrayNode array(List<JsonNode> items) {
    ArrayNode a = Json.NODES.arrayNode();
    items.forEach(i -> a.add(i.deepCopy()));
    return a;
  }

  private static JsonNode field(String name, JsonNode value) {
    return Json.object().set(name, value);
  }
}
