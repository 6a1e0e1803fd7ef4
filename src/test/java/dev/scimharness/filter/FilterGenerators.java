package dev.scimharness.filter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.scimharness.scim.AttributePath;
import dev.scimharness.scim.Json;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * The generators of the filter properties and the differential test, in one place: syntax trees for the
 * round trip, text that may or may not be a filter for the parser's robustness, and (filter, user) pairs drawn
 * from the User schema for evaluation, rich in the places where evaluators disagree — case differences,
 * multi-valued emails, numbers, booleans, dateTimes, missing and empty attributes.
 */
final class FilterGenerators {
  static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
  static final String CORE = "urn:ietf:params:scim:schemas:core:2.0:User";

  private FilterGenerators() {}

  // ---- any syntax tree the parser can produce (for print/parse round trips) ----

  static Arbitrary<Filter> syntaxTrees() {
    Arbitrary<Filter> valueFilter = logical(syntaxLeaves(), 3);
    Arbitrary<Filter> valuePath = Combinators.combine(names().map(AttributePath::of), valueFilter).as(ValuePath::new);
    Arbitrary<Filter> leaf = Arbitraries.frequencyOf(Tuple.of(4, syntaxLeaves()), Tuple.of(1, valuePath));
    return logical(leaf, 4);
  }

  private static Arbitrary<Filter> logical(Arbitrary<Filter> leaves, int maxDepth) {
    return Arbitraries.recursive(() -> leaves, f -> Arbitraries.oneOf(
        Combinators.combine(f, f).as(And::new),
        Combinators.combine(f, f).as(Or::new),
        f.map(Not::new)), 0, maxDepth);
  }

  private static Arbitrary<Filter> syntaxLeaves() {
    Arbitrary<Filter> present = paths().map(Present::new);
    Arbitrary<Filter> compare = Combinators.combine(paths(), Arbitraries.of(CompareOp.class), literals())
        .as(Compare::new);
    return Arbitraries.frequencyOf(Tuple.of(1, present), Tuple.of(4, compare));
  }

  static Arbitrary<String> names() {
    Arbitrary<String> generated = Combinators.combine(
        Arbitraries.chars().range('a', 'z').range('A', 'Z'),
        Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
            .withChars('-', '_').ofMaxLength(8))
        .as((first, rest) -> first + rest);
    return Arbitraries.oneOf(generated, Arbitraries.of("userName", "emails", "$ref", "not", "and", "or", "pr",
        "eq", "true", "null", "Value"));
  }

  static Arbitrary<AttributePath> paths() {
    Arbitrary<String> urns = Arbitraries.of(CORE, ENTERPRISE, "urn:example:x-1:2.0");
    return Combinators.combine(urns.optional(0.2), names(), names().optional(0.3))
        .as((urn, name, sub) -> new AttributePath(urn.orElse(null), name, sub.orElse(null)));
  }

  /** JSON literals normalised the way the parser builds them (an int-sized integer is an IntNode, …). */
  static Arbitrary<JsonNode> literals() {
    Arbitrary<JsonNode> strings = Arbitraries.strings().all().ofMaxLength(12).map(TextNode::valueOf);
    Arbitrary<JsonNode> awkward = Arbitraries.of("", "\"", "\\", "a\"b", "\u0000", "\u001f", "\t\n", "/", "é€",
        "\uD83D\uDE00", " and ", ") or (", "]").map(TextNode::valueOf);
    Arbitrary<JsonNode> ints = Arbitraries.integers().map(IntNode::valueOf);
    Arbitrary<JsonNode> longs = Arbitraries.longs()
        .map(l -> l == (int) l.longValue() ? (JsonNode) IntNode.valueOf((int) l.longValue()) : LongNode.valueOf(l));
    Arbitrary<JsonNode> bigs = Arbitraries.bigIntegers().between(BigInteger.TEN.pow(19), BigInteger.TEN.pow(30))
        .map(b -> (JsonNode) BigIntegerNode.valueOf(b));
    Arbitrary<JsonNode> decimals = Combinators.combine(Arbitraries.longs().between(-1_000_000_000L, 1_000_000_000L),
            Arbitraries.integers().between(-12, 12))
        .as((unscaled, scale) -> (JsonNode) DecimalNode.valueOf(BigDecimal.valueOf(unscaled, scale)));
    Arbitrary<JsonNode> fixed = Arbitraries.of(BooleanNode.TRUE, BooleanNode.FALSE, NullNode.instance);
    return Arbitraries.frequencyOf(Tuple.of(4, strings), Tuple.of(2, awkward), Tuple.of(2, ints), Tuple.of(1, longs),
        Tuple.of(1, bigs), Tuple.of(2, decimals), Tuple.of(2, fixed));
  }

  // ---- text that may or may not be a filter (for the parser's robustness) ----

  /** Any text, filter-like text, mutated filters and deep nesting: what a hostile or careless client sends. */
  static Arbitrary<String> garbage() {
    Arbitrary<String> anything = Arbitraries.strings().all().ofMaxLength(40);
    Arbitrary<String> filterish = Arbitraries.strings()
        .withChars("()[]\"\\ .:$-_01eE+ aAnNoOtTrRpPqQsSwWgGlLcCuU{}/\t")
        .ofMaxLength(40);
    Arbitrary<String> mutated = Combinators.combine(syntaxTrees().map(FilterPrinter::print),
            Arbitraries.integers().between(0, 1000), Arbitraries.chars().ascii(), Arbitraries.integers().between(0, 2))
        .as((text, where, c, how) -> {
          int i = text.isEmpty() ? 0 : where % text.length();
          return switch (how) {
            case 0 -> text.substring(0, i) + text.substring(Math.min(text.length(), i + 1));
            case 1 -> text.substring(0, i) + c + text.substring(i);
            default -> text.substring(0, i);
          };
        });
    Arbitrary<String> deep = Arbitraries.integers().between(90, 5000).map(n -> "(".repeat(n) + "a pr" + ")".repeat(n));
    return Arbitraries.frequencyOf(Tuple.of(3, anything), Tuple.of(3, filterish),
        Tuple.of(4, mutated), Tuple.of(1, deep));
  }

  // ---- filters meaningful for the User schema (for evaluation) ----

  private static final String[] STRING_OPERANDS = {"bjensen", "BJensen", "BJ", "sen", "JENSEN", "jsmith", "b", "z",
      "", "example.com", "EXAMPLE.COM", "@foo.com", "babs@jensen.org", "work", "Work", "home", "Tour", "guide",
      "Tour Guide", "Barbara", "barbara", "701984", "ext-1", "EXT-1", "2819c223", "2819C223-7F76"};
  private static final String[] DATE_OPERANDS = {"2011-05-13T04:42:34Z", "2011-05-13T04:42:34.500Z",
      "2011-05-13T06:42:34+02:00", "2011-05-13T04:42:35Z", "2010-01-01T00:00:00Z", "2020-01-01T00:00:00Z"};

  /** Paths by the type of the values they hold in generated users. */
  private static final String[] STRING_PATHS = {"userName", "title", "name.givenName", "name.familyName",
      "emails.value", "emails.type", "id", "externalId", "displayName", ENTERPRISE + ":employeeNumber",
      ENTERPRISE + ":manager.value"};
  private static final String[] BOOLEAN_PATHS = {"active", "emails.primary"};
  private static final String[] NUMBER_PATHS = {"loginCount"};
  private static final String[] DATE_PATHS = {"meta.lastModified"};
  /** Spellings the RFC allows that some evaluators do not: other case, core URN prefix, complex without sub. */
  private static final String[] UNUSUAL_PATHS = {"USERNAME", "Emails.Value", CORE + ":userName", "emails",
      ENTERPRISE.toUpperCase() + ":employeeNumber"};

  static Arbitrary<Filter> userFilters() {
    Arbitrary<Filter> emailFilter = logical(emailLeaves(), 2);
    Arbitrary<Filter> valuePath = emailFilter.map(f -> new ValuePath(AttributePath.of("emails"), f));
    Arbitrary<Filter> leaf = Arbitraries.frequencyOf(Tuple.of(6, userLeaves()), Tuple.of(1, valuePath));
    return logical(leaf, 3);
  }

  private static Arbitrary<Filter> userLeaves() {
    return Arbitraries.frequencyOf(
        Tuple.of(8, leaves(Arbitraries.of(STRING_PATHS), stringOps(), stringOperands())),
        Tuple.of(2, leaves(Arbitraries.of(BOOLEAN_PATHS), Arbitraries.of(CompareOp.EQ, CompareOp.NE), booleans())),
        Tuple.of(2, leaves(Arbitraries.of(NUMBER_PATHS), numberOps(), numbers())),
        Tuple.of(3, leaves(Arbitraries.of(DATE_PATHS), numberOps(), Arbitraries.of(DATE_OPERANDS).map(TextNode::valueOf))),
        Tuple.of(1, leaves(Arbitraries.of(UNUSUAL_PATHS), stringOps(), stringOperands())),
        Tuple.of(1, leaves(Arbitraries.of(STRING_PATHS), Arbitraries.of(CompareOp.class), anyOperand())),
        Tuple.of(1, leaves(Arbitraries.of(NUMBER_PATHS), Arbitraries.of(CompareOp.class), anyOperand())));
  }

  private static Arbitrary<Filter> emailLeaves() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, leaves(Arbitraries.of("value", "type", "display"), stringOps(), stringOperands())),
        Tuple.of(1, leaves(Arbitraries.of("primary"), Arbitraries.of(CompareOp.EQ, CompareOp.NE), booleans())));
  }

  /** Present (one in five) or a comparison of a path with an operator and an operand. */
  private static Arbitrary<Filter> leaves(Arbitrary<String> paths, Arbitrary<CompareOp> ops,
      Arbitrary<JsonNode> operands) {
    Arbitrary<Filter> present = paths.map(p -> new Present(AttributePath.parse(p)));
    Arbitrary<Filter> compare = Combinators.combine(paths, ops, operands)
        .as((p, op, v) -> new Compare(AttributePath.parse(p), op, v));
    return Arbitraries.frequencyOf(Tuple.of(1, present), Tuple.of(4, compare));
  }

  private static Arbitrary<CompareOp> stringOps() {
    return Arbitraries.of(CompareOp.class);
  }

  private static Arbitrary<CompareOp> numberOps() {
    return Arbitraries.of(CompareOp.EQ, CompareOp.NE, CompareOp.GT, CompareOp.GE, CompareOp.LT, CompareOp.LE);
  }

  private static Arbitrary<JsonNode> stringOperands() {
    return Arbitraries.of(STRING_OPERANDS).map(TextNode::valueOf);
  }

  private static Arbitrary<JsonNode> booleans() {
    return Arbitraries.of(BooleanNode.TRUE, BooleanNode.FALSE);
  }

  private static Arbitrary<JsonNode> numbers() {
    return Arbitraries.of(IntNode.valueOf(0), IntNode.valueOf(42), IntNode.valueOf(41), IntNode.valueOf(43),
        IntNode.valueOf(-7), DecimalNode.valueOf(new BigDecimal("42.0")), DecimalNode.valueOf(new BigDecimal("42.5")),
        DecimalNode.valueOf(new BigDecimal("1E+3")));
  }

  private static Arbitrary<JsonNode> anyOperand() {
    return Arbitraries.oneOf(stringOperands(), booleans(), numbers(), Arbitraries.just(NullNode.instance),
        Arbitraries.of("42", "true").map(TextNode::valueOf));
  }

  // ---- users ----

  static Arbitrary<ObjectNode> users() {
    Arbitrary<Optional<JsonNode>> userName = optionalText(0.05, "bjensen", "BJensen", "BJENSEN", "jsmith", "JSmith",
        "alice", "");
    Arbitrary<Optional<JsonNode>> id = optionalText(0.1, "2819c223-7f76", "2819C223-7F76");
    Arbitrary<Optional<JsonNode>> externalId = optionalText(0.4, "ext-1", "EXT-1", "Ext-1");
    Arbitrary<Optional<JsonNode>> title = Arbitraries.of("Tour Guide", "tour guide", "Manager", "", "\u0000null")
        .map(s -> s.equals("\u0000null") ? (JsonNode) NullNode.instance : TextNode.valueOf(s)).optional(0.6);
    Arbitrary<Optional<JsonNode>> active = Arbitraries.of(BooleanNode.TRUE, BooleanNode.FALSE, NullNode.instance)
        .map(n -> (JsonNode) n).optional(0.7);
    Arbitrary<Optional<JsonNode>> name = Combinators.combine(
            Arbitraries.of("Barbara", "barbara", "Bob", "").optional(0.7),
            Arbitraries.of("Jensen", "O'Malley").optional(0.7))
        .as((given, family) -> {
          ObjectNode n = Json.object();
          given.ifPresent(g -> n.put("givenName", g));
          family.ifPresent(f -> n.put("familyName", f));
          return (JsonNode) n;
        }).optional(0.6);
    Arbitrary<Optional<JsonNode>> emails = email().list().ofMaxSize(3).map(list -> {
      ArrayNode a = Json.NODES.arrayNode();
      list.forEach(a::add);
      return (JsonNode) a;
    }).optional(0.85);
    Arbitrary<Optional<JsonNode>> lastModified = Arbitraries.of("2011-05-13T04:42:34Z", "2011-05-13T04:42:34.500Z",
        "2011-05-13T06:42:34+02:00", "2011-05-13T04:42:35Z", "2020-01-01T00:00:00Z", "not-a-date")
        .map(s -> (JsonNode) TextNode.valueOf(s)).optional(0.8);
    Arbitrary<Optional<JsonNode>> loginCount = numbers().optional(0.6);
    Arbitrary<Optional<JsonNode>> enterprise = Combinators.combine(
            Arbitraries.of("701984", "701985").optional(0.6),
            Arbitraries.of("26118915", "ABC").optional(0.5))
        .as((number, manager) -> {
          ObjectNode n = Json.object();
          number.ifPresent(v -> n.put("employeeNumber", v));
          manager.ifPresent(v -> n.putObject("manager").put("value", v));
          return (JsonNode) n;
        }).optional(0.5);
    return Combinators.combine(List.of(userName, id, externalId, title, active, name, emails, lastModified,
        loginCount, enterprise)).as(parts -> {
          ObjectNode u = Json.object();
          u.putArray("schemas").add(CORE);
          String[] keys = {"userName", "id", "externalId", "title", "active", "name", "emails", null, "loginCount",
              ENTERPRISE};
          for (int i = 0; i < keys.length; i++) {
            Optional<JsonNode> v = parts.get(i);
            if (v.isEmpty()) {
              continue;
            }
            if (keys[i] == null) {
              u.putObject("meta").set("lastModified", v.get());
            } else {
              u.set(keys[i], v.get());
            }
          }
          return u;
        });
  }

  private static Arbitrary<JsonNode> email() {
    return Combinators.combine(
        Arbitraries.of("bjensen@example.com", "BJensen@Example.COM", "babs@jensen.org", "bob@foo.com", "")
            .optional(0.9),
        Arbitraries.of("work", "home", "Work").optional(0.8),
        Arbitraries.of(true, false).optional(0.5))
        .as((value, type, primary) -> {
          ObjectNode e = Json.object();
          value.ifPresent(v -> e.put("value", v));
          type.ifPresent(t -> e.put("type", t));
          primary.ifPresent(p -> e.put("primary", p));
          return (JsonNode) e;
        });
  }

  private static Arbitrary<Optional<JsonNode>> optionalText(double absent, String... values) {
    return Arbitraries.of(values).map(s -> (JsonNode) TextNode.valueOf(s)).optional(1 - absent);
  }
}
