package dev.scimharness.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.filter.FilterPrinter;
import dev.scimharness.scim.AttributeDefinition;
import dev.scimharness.scim.AttributeType;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.MessageUrns;
import dev.scimharness.scim.ResourceSchema;
import dev.scimharness.scim.SchemaRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * The generators of the PATCH fuzz, in one place: users and groups to create, each with a PatchOp message to send
 * to it (RFC 7644 §3.5.2). From the outside in:
 * <ul>
 *   <li>cases: the resource to create and the message;</li>
 *   <li>messages: the envelope around the operations, and the ways it goes wrong;</li>
 *   <li>operations over chosen attributes of one resource type: the forms that should work and the ones that must
 *       fail (readOnly targets, unknown attributes, malformed paths and filters, values of the wrong type, a remove
 *       without a path, an unknown op). Whether an operation is valid against a resource is not decided here: the
 *       PATCH engine, as oracle, decides;</li>
 *   <li>targets: the paths an operation can name for one attribute, in every form of §3.5.2 Figure 7;</li>
 *   <li>value filters written as text, and filters the grammar rejects;</li>
 *   <li>values driven by the attribute definitions, from pools kept tiny so that generated value filters and
 *       generated values meet: {@code emails[value eq "a@example.com"]} should often select something.</li>
 * </ul>
 */
final class PatchFuzzCases {
  static final SchemaRegistry REGISTRY = SchemaRegistry.standard();
  static final ResourceSchema USERS = REGISTRY.resourceSchema("User");
  static final ResourceSchema GROUPS = REGISTRY.resourceSchema("Group");
  static final String ENTERPRISE = SchemaRegistry.ENTERPRISE_USER;
  /**
   * Group members are written as placeholders that the check replaces with the ids of real users, so generation
   * stays independent of the server's ids.
   */
  static final List<String> MEMBER_IDS = List.of("{{m0}}", "{{m1}}", "{{m2}}", "{{m3}}");
  /** Stands for the id of the resource the request is sent to; the check puts the real id in. */
  static final String SELF = "{{self}}";

  private static final List<String[]> USER_ATTRIBUTES = List.of(
      a(null, "userName"), a(null, "name"), a(null, "displayName"), a(null, "nickName"), a(null, "title"),
      a(null, "active"), a(null, "password"), a(null, "externalId"), a(null, "emails"), a(null, "phoneNumbers"),
      a(null, "addresses"), a(null, "roles"), a(null, "photos"), a(null, "x509Certificates"), a(null, "schemas"),
      a(ENTERPRISE, "employeeNumber"), a(ENTERPRISE, "department"),
      a(ENTERPRISE, "manager"));

  private static final Aims USER_OPERATIONS = aims(USERS, USER_ATTRIBUTES,
      List.of("id", "meta", "meta.created", "meta.lastModified", "meta.resourceType", "groups", "groups.display",
          "groups[value pr]", "urn:ietf:params:scim:schemas:core:2.0:User:id", ENTERPRISE + ":manager.displayName"),
      List.of("shoeSize", "name.shoeSize", "emails[type eq \"work\"].shoeSize", "employeeNumber",
          "urn:ietf:params:scim:schemas:extension:nope:2.0:User:x",
          "urn:ietf:params:scim:schemas:core:2.0:Group:members",
          "active.value", "members"),
      List.of("emails", "phoneNumbers", "addresses"));

  private static final Aims GROUP_OPERATIONS = aims(GROUPS,
      List.of(a(null, "displayName"), a(null, "externalId"), a(null, "members"), a(null, "members"),
          a(null, "members")),
      List.of("id", "meta", "meta.created", "meta.version", "urn:ietf:params:scim:schemas:core:2.0:Group:id"),
      List.of("shoeSize", "members.shoeSize", "emails", "members[shoeSize eq \"x\"]", "displayName.value",
          "urn:ietf:params:scim:schemas:core:2.0:User:userName"),
      List.of("members"));

  private PatchFuzzCases() {}

  private static String[] a(String extensionUrn, String name) {
    return new String[] {extensionUrn, name};
  }

  static Arbitrary<PatchFuzzCase> users() {
    return Combinators.combine(initialUser(), bodies(any(USER_OPERATIONS)))
        .as((user, body) -> new PatchFuzzCase("Users", user, body));
  }

  static Arbitrary<PatchFuzzCase> groups() {
    Arbitrary<JsonNode> operation = Arbitraries.frequencyOf(
        Tuple.of(1, membership()), Tuple.of(1, any(GROUP_OPERATIONS)));
    return Combinators.combine(initialGroup(), bodies(operation))
        .as((group, body) -> new PatchFuzzCase("Groups", group, body));
  }

  /** A valid user apart from {@code userName} and {@code schemas}: a subset of the attributes the fuzz aims at. */
  private static Arbitrary<ObjectNode> initialUser() {
    List<Arbitrary<ObjectNode>> parts = new ArrayList<>();
    for (String name : List.of("name", "displayName", "active", "title", "emails", "phoneNumbers", "addresses")) {
      AttributeDefinition def = USERS.coreAttribute(name).orElseThrow();
      parts.add(whole(def).map(v -> attribute(def.name(), onePrimary(v))).injectNull(0.4));
    }
    List<Arbitrary<ObjectNode>> enterprise = new ArrayList<>();
    for (String name : List.of("employeeNumber", "department", "manager")) {
      AttributeDefinition def = USERS.extension(ENTERPRISE).orElseThrow().attribute(name).orElseThrow();
      enterprise.add(whole(def).map(v -> (ObjectNode) Json.object().set(def.name(), v)).injectNull(0.5));
    }
    Arbitrary<ObjectNode> extension = Combinators.combine(enterprise).as(PatchFuzzCases::merge)
        .map(e -> e.isEmpty() ? Json.object() : (ObjectNode) Json.object().set(ENTERPRISE, e));
    parts.add(extension);
    return Combinators.combine(parts).as(PatchFuzzCases::merge);
  }

  private static Arbitrary<ObjectNode> initialGroup() {
    return Arbitraries.subsetOf(MEMBER_IDS).ofMaxSize(3).map(ids -> {
      ObjectNode g = Json.object().put("displayName", "Fuzz Group");
      if (!ids.isEmpty()) {
        ArrayNode members = g.putArray("members");
        ids.stream().sorted().forEach(id -> members.addObject().put("value", id));
      }
      return g;
    });
  }

  private static ObjectNode merge(List<ObjectNode> parts) {
    ObjectNode out = Json.object();
    for (ObjectNode p : parts) {
      if (p != null) {
        out.setAll(p.deepCopy());
      }
    }
    return out;
  }

  private static ObjectNode attribute(String name, JsonNode value) {
    ObjectNode o = Json.object();
    if (value != null) {
      o.set(name, value);
    }
    return o;
  }

  /**
   * RFC 7643 §2.4 allows one primary value and a create must be valid, so later primaries are dropped (and values
   * left empty by that); {@code null} when no value is left.
   */
  private static JsonNode onePrimary(JsonNode value) {
    if (!value.isArray()) {
      return value;
    }
    ArrayNode out = Json.NODES.arrayNode();
    boolean seen = false;
    for (JsonNode item : value) {
      ObjectNode copy = (ObjectNode) item.deepCopy();
      String key = Json.fieldName(copy, "primary");
      if (key != null && copy.get(key).asBoolean()) {
        if (seen) {
          copy.remove(key);
        }
        seen = true;
      }
      if (!copy.isEmpty()) {
        out.add(copy);
      }
    }
    return out.isEmpty() ? null : out;
  }

  // ---- messages ---------------------------------------------------------------------------------------------------

  private enum Envelope {
    STANDARD, LOWER_CASE_OPERATIONS_KEY, NO_SCHEMAS, OTHER_SCHEMA, NO_OPERATIONS, EMPTY_OPERATIONS, OPERATIONS_OBJECT,
    ARRAY_BODY, TRUNCATED_JSON
  }

  private static Arbitrary<String> bodies(Arbitrary<JsonNode> operation) {
    Arbitrary<Envelope> envelope = Arbitraries.frequency(
        Tuple.of(60, Envelope.STANDARD),
        Tuple.of(2, Envelope.LOWER_CASE_OPERATIONS_KEY),
        Tuple.of(2, Envelope.NO_SCHEMAS),
        Tuple.of(1, Envelope.OTHER_SCHEMA),
        Tuple.of(1, Envelope.NO_OPERATIONS),
        Tuple.of(1, Envelope.EMPTY_OPERATIONS),
        Tuple.of(1, Envelope.OPERATIONS_OBJECT),
        Tuple.of(1, Envelope.ARRAY_BODY),
        Tuple.of(1, Envelope.TRUNCATED_JSON));
    // Shrinking goes towards STANDARD (the first value) and one operation.
    // Mostly one or two operations: every extra one is another chance for the whole request to be refused.
    Arbitrary<List<JsonNode>> operations = operation.list().ofMinSize(1).ofMaxSize(3)
        .withSizeDistribution(RandomDistribution.biased());
    return Combinators.combine(operations, envelope).as(PatchFuzzCases::writeBody);
  }

  private static String writeBody(List<JsonNode> operations, Envelope envelope) {
    ArrayNode ops = Json.NODES.arrayNode();
    operations.forEach(o -> ops.add(o.deepCopy()));
    ObjectNode body = Json.object();
    switch (envelope) {
      case NO_SCHEMAS -> { }
      case OTHER_SCHEMA -> body.putArray("schemas").add("urn:ietf:params:scim:api:messages:2.0:ListResponse");
      default -> body.putArray("schemas").add(MessageUrns.PATCH_OP);
    }
    switch (envelope) {
      case NO_OPERATIONS -> { }
      case EMPTY_OPERATIONS -> body.putArray("Operations");
      case OPERATIONS_OBJECT -> body.set("Operations", ops.get(0));
      case LOWER_CASE_OPERATIONS_KEY -> body.set("operations", ops);
      default -> body.set("Operations", ops);
    }
    String text = Json.write(envelope == Envelope.ARRAY_BODY ? ops : body);
    return envelope == Envelope.TRUNCATED_JSON ? text.substring(0, text.length() - 1) : text;
  }

  // ---- operations -------------------------------------------------------------------------------------------------

  /**
   * What the operations on one resource type aim at: targets and path-less entries for each chosen attribute, and
   * the readOnly paths, the paths that name nothing and the multi-valued complex attributes to put malformed
   * filters on.
   */
  private record Aims(List<Arbitrary<Target>> targets, List<Arbitrary<JsonNode>> pathlessEntries,
      List<String> readOnlyPaths, List<String> unknownPaths, List<String> filterable) {}

  /** {@code attributes} are {@code [extensionUrn or null, name]} pairs of the attributes to aim at. */
  private static Aims aims(ResourceSchema schema, List<String[]> attributes, List<String> readOnlyPaths,
      List<String> unknownPaths, List<String> filterable) {
    List<Arbitrary<Target>> targets = new ArrayList<>();
    List<Arbitrary<JsonNode>> pathlessEntries = new ArrayList<>();
    for (String[] a : attributes) {
      AttributeDefinition def = definition(schema, a[0], a[1]);
      targets.add(targets(schema, a[0], def));
      // An extension attribute goes in as "urn:…:employeeNumber" or inside the extension's container object.
      pathlessEntries.add(Combinators.combine(pathlessKey(schema, a[0], def), Arbitraries.of(false, true),
          Arbitraries.frequencyOf(Tuple.of(9, whole(def)), Tuple.of(1, wrongType(def))))
          .as((k, inContainer, v) -> a[0] != null && inContainer
              ? Json.object().set(a[0], Json.object().set(def.name(), v))
              : Json.object().set(k, v)));
    }
    return new Aims(targets, pathlessEntries, List.copyOf(readOnlyPaths), List.copyOf(unknownPaths),
        List.copyOf(filterable));
  }

  private static AttributeDefinition definition(ResourceSchema schema, String extensionUrn, String name) {
    return (extensionUrn == null ? schema.coreAttribute(name) : schema.extension(extensionUrn).orElseThrow()
        .attribute(name)).orElseThrow(() -> new IllegalArgumentException("no attribute " + name));
  }

  /** Mostly well-formed operations, some of them aimed at trouble. */
  private static Arbitrary<JsonNode> any(Aims aims) {
    return Arbitraries.frequencyOf(
        Tuple.of(12, withPath(aims)),
        Tuple.of(5, pathless(aims)),
        Tuple.of(6, remove(aims)),
        Tuple.of(1, wrongTypeOperations(aims)),
        Tuple.of(1, readOnly(aims)),
        Tuple.of(1, unknown(aims)),
        Tuple.of(1, badPath()),
        Tuple.of(1, malformedFilter(aims)),
        Tuple.of(1, malformedOperation(aims)));
  }

  /** {@code add} or {@code replace} with a path and a value that fits it. */
  private static Arbitrary<JsonNode> withPath(Aims aims) {
    return Combinators.combine(Arbitraries.of("add", "replace"), Arbitraries.oneOf(aims.targets()))
        .flatAs((op, t) -> t.value().map(v -> op(op, t.path(), v)));
  }

  /** {@code add} or {@code replace} without a path: an object of one or two attributes. */
  private static Arbitrary<JsonNode> pathless(Aims aims) {
    Arbitrary<JsonNode> entries = Arbitraries.oneOf(aims.pathlessEntries()).list().ofMinSize(1).ofMaxSize(2).map(list -> {
      ObjectNode o = Json.object();
      list.forEach(e -> e.properties().forEach(f -> {
        JsonNode existing = o.get(f.getKey());
        if (existing instanceof ObjectNode container && f.getValue().isObject()) {
          container.setAll((ObjectNode) f.getValue().deepCopy());
        } else {
          o.set(f.getKey(), f.getValue().deepCopy());
        }
      }));
      return o;
    });
    return Combinators.combine(Arbitraries.of("add", "replace"), entries).as((op, v) -> op(op, null, v));
  }

  private static Arbitrary<JsonNode> remove(Aims aims) {
    return Arbitraries.oneOf(aims.targets()).map(t -> op("remove", t.path(), null));
  }

  private static Arbitrary<JsonNode> wrongTypeOperations(Aims aims) {
    return Combinators.combine(Arbitraries.of("add", "replace"), Arbitraries.oneOf(aims.targets()))
        .flatAs((op, t) -> t.wrong().map(v -> op(op, t.path(), v)));
  }

  private static Arbitrary<JsonNode> readOnly(Aims aims) {
    Arbitrary<JsonNode> withPath = Combinators.combine(Arbitraries.of("add", "replace", "remove"),
        Arbitraries.of(aims.readOnlyPaths())).as((op, p) -> op(op, p, op.equals("remove") ? null : Json.NODES.textNode("x")));
    Arbitrary<JsonNode> pathless = Arbitraries.of(
        Json.object().put("id", "another-id"),
        // Okta's path-less replace repeats the id it read: equal to the current value, so it modifies nothing.
        Json.object().put("id", SELF).put("displayName", "Okta Style"),
        Json.object().set("meta", Json.object().put("created", "2001-01-01T00:00:00Z")),
        Json.object().set("meta", Json.object().put("resourceType", "Elsewhere")))
        .map(v -> op("replace", null, v.deepCopy()));
    return Arbitraries.oneOf(withPath, pathless);
  }

  private static Arbitrary<JsonNode> unknown(Aims aims) {
    Arbitrary<JsonNode> withPath = Combinators.combine(Arbitraries.of("add", "replace", "remove"),
        Arbitraries.of(aims.unknownPaths())).as((op, p) -> op(op, p, op.equals("remove") ? null : Json.NODES.textNode("x")));
    Arbitrary<JsonNode> pathless = Arbitraries.of("shoeSize", "name.shoeSize", "urn:example:nope:2.0:User:x")
        .map(k -> op("add", null, Json.object().put(k, "x")));
    return Arbitraries.oneOf(withPath, pathless);
  }

  private static Arbitrary<JsonNode> badPath() {
    return Combinators.combine(Arbitraries.of("add", "replace", "remove"), Arbitraries.of(
        "", " ", "emails[", "emails]", "name..givenName", ".name", "name.", "emails[type eq \"work\"]]",
        "emails[type eq \"work\"].", "1abc", "emails[type eq \"work\"][value pr]", "name.givenName.extra",
        "emails[]", "members[value eq \"x\"].value.extra", "urn:", "user name"))
        .as((op, p) -> op(op, p, op.equals("remove") ? null : Json.NODES.textNode("x")));
  }

  private static Arbitrary<JsonNode> malformedFilter(Aims aims) {
    return Combinators.combine(Arbitraries.of("add", "replace", "remove"), Arbitraries.of(aims.filterable()),
        malformedFilters()).as((op, a, f) ->
        op(op, a + "[" + f + "]", op.equals("remove") ? null : Json.object().put("display", "x")));
  }

  /** Operations whose shape is wrong whatever they aim at. */
  private static Arbitrary<JsonNode> malformedOperation(Aims aims) {
    Arbitrary<JsonNode> fixed = Arbitraries.of(
        Json.object().put("op", "remove"),
        Json.object().put("op", "add").put("path", "displayName"),
        Json.object().put("op", "replace").put("path", "displayName").putNull("value"),
        Json.object().put("op", "move").put("path", "displayName").put("value", "x"),
        Json.object().put("path", "displayName").put("value", "x"),
        Json.object().put("op", 1).put("path", "displayName").put("value", "x"),
        Json.object().put("op", "add").put("path", 7).put("value", "x"),
        Json.object().put("op", "Replace").put("path", "displayName").put("value", "Mixed Case"),
        Json.object().put("op", "ADD").set("value", Json.object().put("displayName", "Upper")),
        Json.object().put("op", "remove").put("path", "displayName").put("value", "x"));
    return Arbitraries.oneOf(fixed.map(JsonNode::deepCopy), Arbitraries.just(Json.NODES.textNode("add")),
        remove(aims).map(r -> ((ObjectNode) r).set("value", Json.NODES.arrayNode().add(Json.object()
            .put("value", MEMBER_IDS.get(0))))));
  }

  /**
   * The membership changes IdPs send to a group (see the server's fast path for them): add or replace a member
   * list, remove one member by {@code members[value eq "…"]}, Entra's remove with a value list, remove all; the op
   * sometimes capitalised as Entra writes it.
   */
  private static Arbitrary<JsonNode> membership() {
    Arbitrary<String> id = Arbitraries.of(MEMBER_IDS);
    Arbitrary<JsonNode> list = id.list().ofMinSize(1).ofMaxSize(3).map(ids -> {
      ArrayNode a = Json.NODES.arrayNode();
      ids.forEach(i -> a.addObject().put("value", i));
      return a;
    });
    Arbitrary<String> add = Arbitraries.frequency(Tuple.of(9, "add"), Tuple.of(1, "Add"));
    Arbitrary<String> remove = Arbitraries.frequency(Tuple.of(9, "remove"), Tuple.of(1, "Remove"));
    Arbitrary<String> replace = Arbitraries.frequency(Tuple.of(9, "replace"), Tuple.of(1, "Replace"));
    return Arbitraries.frequencyOf(
        Tuple.of(4, Combinators.combine(add, list).as((o, v) -> op(o, "members", v))),
        Tuple.of(4, Combinators.combine(remove, id).as((o, i) -> op(o, "members[value eq \"" + i + "\"]", null))),
        Tuple.of(1, Combinators.combine(remove, list).as((o, v) -> op(o, "members", v))),
        Tuple.of(1, Combinators.combine(replace, list).as((o, v) -> op(o, "members", v))),
        Tuple.of(1, remove.map(o -> op(o, "members", null))));
  }

  private static JsonNode op(String op, String path, JsonNode value) {
    ObjectNode o = Json.object().put("op", op);
    if (path != null) {
      o.put("path", path);
    }
    if (value != null) {
      o.set("value", value.deepCopy());
    }
    return o;
  }

  // ---- targets ----------------------------------------------------------------------------------------------------

  /** A path and a generator of values that fit it (or, with {@code wrong}, of values of the wrong type). */
  private record Target(String path, Arbitrary<JsonNode> value, Arbitrary<JsonNode> wrong) {}

  /** {@code extensionUrn} is null for core attributes. */
  private static Arbitrary<Target> targets(ResourceSchema schema, String extensionUrn, AttributeDefinition def) {
    Arbitrary<String> name = spelled(schema, extensionUrn, def.name());
    List<Tuple.Tuple2<Integer, Arbitrary<Target>>> forms = new ArrayList<>();
    forms.add(Tuple.of(4, name.map(n -> new Target(n, whole(def), wrongType(def)))));
    if (def.isComplex()) {
      Arbitrary<AttributeDefinition> sub = Arbitraries.of(def.subAttributes());
      forms.add(Tuple.of(def.multiValued() ? 1 : 3, Combinators.combine(name, sub).as((n, s) ->
          new Target(n + "." + subSpelling(s.name(), n), scalar(def, s), wrongType(s)))));
    }
    if (def.isComplex() && def.multiValued()) {
      Arbitrary<String> filter = validFilters(def);
      forms.add(Tuple.of(4, Combinators.combine(name, filter).as((n, f) ->
          new Target(n + "[" + f + "]", complex(def), wrongItem(def)))));
      forms.add(Tuple.of(4, Combinators.combine(name, filter, Arbitraries.of(def.subAttributes())).as((n, f, s) ->
          new Target(n + "[" + f + "]." + s.name(), scalar(def, s), wrongType(s)))));
    }
    return Arbitraries.frequencyOf(forms);
  }

  /** The path-less form: the attribute's key in a value object, plain or URN-qualified. */
  private static Arbitrary<String> pathlessKey(ResourceSchema schema, String extensionUrn, AttributeDefinition def) {
    return spelled(schema, extensionUrn, def.name());
  }

  private static Arbitrary<String> spelled(ResourceSchema schema, String extensionUrn, String name) {
    if (extensionUrn != null) {
      return Arbitraries.of(extensionUrn + ":" + name, extensionUrn + ":" + name.toUpperCase(Locale.ROOT));
    }
    String core = schema.core().id();
    return Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.just(name)),
        Tuple.of(2, Arbitraries.just(core + ":" + name)),
        Tuple.of(1, Arbitraries.just(name.toUpperCase(Locale.ROOT))));
  }

  private static String subSpelling(String sub, String spelledParent) {
    return spelledParent.equals(spelledParent.toUpperCase(Locale.ROOT)) ? sub.toUpperCase(Locale.ROOT) : sub;
  }

  // ---- value filters ----------------------------------------------------------------------------------------------

  /** A well-formed filter naming only sub-attributes of {@code def}, at most two levels of and/or/not. */
  private static Arbitrary<String> validFilters(AttributeDefinition def) {
    Arbitrary<String> atom = filterAtom(def);
    Arbitrary<String> level1 = Arbitraries.frequencyOf(
        Tuple.of(6, atom),
        Tuple.of(2, Combinators.combine(atom, Arbitraries.of("and", "or"), atom)
            .as((a, op, b) -> a + " " + op + " " + b)),
        Tuple.of(1, atom.map(a -> "not (" + a + ")")));
    return Arbitraries.frequencyOf(
        Tuple.of(8, level1),
        Tuple.of(1, Combinators.combine(level1, Arbitraries.of("and", "or"), level1)
            .as((a, op, b) -> "(" + a + ") " + op + " (" + b + ")")));
  }

  private static Arbitrary<String> filterAtom(AttributeDefinition def) {
    List<AttributeDefinition> subs = def.subAttributes();
    return Arbitraries.of(subs).flatMap(sub -> {
      if (sub.type() == AttributeType.BOOLEAN) {
        return Combinators.combine(Arbitraries.of("eq", "ne"), scalar(def, sub))
            .as((op, v) -> sub.name() + " " + op + " " + literal(v));
      }
      Arbitrary<String> compare = Combinators.combine(Arbitraries.of("eq", "eq", "ne", "co", "sw", "ew", "gt", "le"),
          scalar(def, sub)).as((op, v) -> sub.name() + " " + op + " " + literal(v));
      return Arbitraries.frequencyOf(
          Tuple.of(5, compare),
          Tuple.of(1, Arbitraries.just(sub.name() + " pr")));
    });
  }

  /** Filters the RFC 7644 §3.4.2.2 grammar rejects, or that name no sub-attribute: invalidPath / invalidFilter. */
  private static Arbitrary<String> malformedFilters() {
    return Arbitraries.of(
        "type eq", "type work", "type eq work", "(type eq \"work\"", "type eq \"work\" and", "type eq 'work'",
        "type zz \"work\"", "", "type eq \"work\")", "noSuchSub eq \"x\"", "value.sub eq \"x\"",
        "emails[type eq \"work\"]", "not type eq \"work\"", "type eq \"unterminated");
  }

  private static String literal(JsonNode v) {
    StringBuilder sb = new StringBuilder();
    FilterPrinter.value(v, sb);
    return sb.toString();
  }

  // ---- values -----------------------------------------------------------------------------------------------------

  /** The whole value of {@code def}: an array of items when it is multi-valued. */
  private static Arbitrary<JsonNode> whole(AttributeDefinition def) {
    if (!def.multiValued()) {
      return item(def);
    }
    return item(def).list().ofMinSize(1).ofMaxSize(3).map(PatchFuzzCases::array);
  }

  /** One value of {@code def}, ignoring whether it is multi-valued. */
  private static Arbitrary<JsonNode> item(AttributeDefinition def) {
    if (def.isComplex()) {
      return complex(def);
    }
    return scalar(def);
  }

  /** A sub-attribute's value; a member's {@code value} and {@code type} come from what a group can hold. */
  private static Arbitrary<JsonNode> scalar(AttributeDefinition parent, AttributeDefinition sub) {
    if (parent.named("members") && sub.named("value")) {
      return Arbitraries.of(MEMBER_IDS).map(id -> Json.NODES.textNode(id));
    }
    if (parent.named("members") && sub.named("type")) {
      return Arbitraries.of("User", "Group").map(t -> Json.NODES.textNode(t));
    }
    return scalar(sub);
  }

  /** A scalar of the sub-attribute's or attribute's own type, from the pool for its name. */
  private static Arbitrary<JsonNode> scalar(AttributeDefinition def) {
    return switch (def.type()) {
      case BOOLEAN -> Arbitraries.of(true, false).map(b -> Json.NODES.booleanNode(b));
      case INTEGER -> Arbitraries.integers().between(-2, 3).map(i -> Json.NODES.numberNode(i));
      case DECIMAL -> Arbitraries.of("0.5", "1", "-2.25").map(s -> Json.NODES.numberNode(new java.math.BigDecimal(s)));
      case BINARY -> Arbitraries.of("TUlJ", "AAEC").map(s -> Json.NODES.textNode(s));
      default -> strings(def).map(s -> Json.NODES.textNode(s));
    };
  }

  private static Arbitrary<String> strings(AttributeDefinition def) {
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
      case "schemas" -> Arbitraries.of(USERS.core().id(), ENTERPRISE,
          "urn:example:unknown:2.0:User");
      case "$ref", "profileurl" -> Arbitraries.of("https://example.com/a", "https://example.com/b");
      case "locality", "region", "country" -> Arbitraries.of("Hollywood", "Paris", "NZ");
      default -> Arbitraries.of("alpha", "Beta", "gamma", "", "Ünïcödé \"quoted\"");
    };
  }

  /** A complex value: a non-empty subset of its sub-attributes. */
  private static Arbitrary<JsonNode> complex(AttributeDefinition def) {
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
  private static Arbitrary<JsonNode> wrongType(AttributeDefinition def) {
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
  private static Arbitrary<JsonNode> wrongItem(AttributeDefinition def) {
    return Arbitraries.of("not-an-object", "[]").map(s -> s.equals("[]")
        ? (JsonNode) array(List.of(Json.object().put(def.subAttributes().get(0).name(), "x")))
        : Json.NODES.textNode(s));
  }

  private static ArrayNode array(List<JsonNode> items) {
    ArrayNode a = Json.NODES.arrayNode();
    items.forEach(i -> a.add(i.deepCopy()));
    return a;
  }

  private static JsonNode field(String name, JsonNode value) {
    return Json.object().set(name, value);
  }
}
