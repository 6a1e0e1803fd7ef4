package dev.scimharness.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.AttributeDefinition;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.ResourceSchema;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Single PATCH operations ({@code {"op":…,"path":…,"value":…}}) over chosen attributes of one resource type: the
 * RFC 7644 §3.5.2 forms that should work, and the ones that must fail — readOnly targets, unknown attributes,
 * malformed paths and filters, values of the wrong type, a remove without a path, an unknown op. Whether a given
 * operation is valid against a given resource is not decided here: the PATCH engine, as oracle, decides.
 */
final class PatchOperations {
  /** Stands for the id of the resource the request is sent to; the check puts the real id in. */
  static final String SELF = "{{self}}";

  private final ResourceSchema schema;
  private final List<Arbitrary<PatchTargets.Target>> targets = new ArrayList<>();
  private final List<Arbitrary<JsonNode>> pathlessEntries = new ArrayList<>();
  private final List<String> readOnlyPaths;
  private final List<String> unknownPaths;
  private final List<String> filterable;

  /**
   * @param attributes    {@code [extensionUrn or null, name]} pairs of the attributes to aim at
   * @param readOnlyPaths paths that name readOnly attributes of this resource type
   * @param unknownPaths  paths that name nothing
   * @param filterable    multi-valued complex attributes to put malformed filters on
   */
  PatchOperations(ResourceSchema schema, List<String[]> attributes, List<String> readOnlyPaths,
      List<String> unknownPaths, List<String> filterable) {
    this.schema = schema;
    for (String[] a : attributes) {
      AttributeDefinition def = definition(schema, a[0], a[1]);
      targets.add(PatchTargets.of(schema, a[0], def));
      // An extension attribute goes in as "urn:…:employeeNumber" or inside the extension's container object.
      pathlessEntries.add(Combinators.combine(PatchTargets.key(schema, a[0], def), Arbitraries.of(false, true),
          Arbitraries.frequencyOf(Tuple.of(9, SampleValues.whole(def)), Tuple.of(1, SampleValues.wrongType(def))))
          .as((k, inContainer, v) -> a[0] != null && inContainer
              ? Json.object().set(a[0], Json.object().set(def.name(), v))
              : Json.object().set(k, v)));
    }
    this.readOnlyPaths = List.copyOf(readOnlyPaths);
    this.unknownPaths = List.copyOf(unknownPaths);
    this.filterable = List.copyOf(filterable);
  }

  static AttributeDefinition definition(ResourceSchema schema, String extensionUrn, String name) {
    return (extensionUrn == null ? schema.coreAttribute(name) : schema.extension(extensionUrn).orElseThrow()
        .attribute(name)).orElseThrow(() -> new IllegalArgumentException("no attribute " + name));
  }

  /** Mostly well-formed operations, some of them aimed at trouble. */
  Arbitrary<JsonNode> any() {
    return Arbitraries.frequencyOf(
        Tuple.of(12, withPath()),
        Tuple.of(5, pathless()),
        Tuple.of(6, remove()),
        Tuple.of(1, wrongType()),
        Tuple.of(1, readOnly()),
        Tuple.of(1, unknown()),
        Tuple.of(1, badPath()),
        Tuple.of(1, malformedFilter()),
        Tuple.of(1, malformedOperation()));
  }

  /** {@code add} or {@code replace} with a path and a value that fits it. */
  Arbitrary<JsonNode> withPath() {
    return Combinators.combine(Arbitraries.of("add", "replace"), Arbitraries.oneOf(targets))
        .flatAs((op, t) -> t.value().map(v -> op(op, t.path(), v)));
  }

  /** {@code add} or {@code replace} without a path: an object of one or two attributes. */
  Arbitrary<JsonNode> pathless() {
    Arbitrary<JsonNode> entries = Arbitraries.oneOf(pathlessEntries).list().ofMinSize(1).ofMaxSize(2).map(list -> {
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

  Arbitrary<JsonNode> remove() {
    return Arbitraries.oneOf(targets).map(t -> op("remove", t.path(), null));
  }

  Arbitrary<JsonNode> wrongType() {
    return Combinators.combine(Arbitraries.of("add", "replace"), Arbitraries.oneOf(targets))
        .flatAs((op, t) -> t.wrong().map(v -> op(op, t.path(), v)));
  }

  Arbitrary<JsonNode> readOnly() {
    Arbitrary<JsonNode> withPath = Combinators.combine(Arbitraries.of("add", "replace", "remove"),
        Arbitraries.of(readOnlyPaths)).as((op, p) -> op(op, p, op.equals("remove") ? null : Json.NODES.textNode("x")));
    Arbitrary<JsonNode> pathless = Arbitraries.of(
        Json.object().put("id", "another-id"),
        // Okta's path-less replace repeats the id it read: equal to the current value, so it modifies nothing.
        Json.object().put("id", SELF).put("displayName", "Okta Style"),
        Json.object().set("meta", Json.object().put("created", "2001-01-01T00:00:00Z")),
        Json.object().set("meta", Json.object().put("resourceType", "Elsewhere")))
        .map(v -> op("replace", null, v.deepCopy()));
    return Arbitraries.oneOf(withPath, pathless);
  }

  Arbitrary<JsonNode> unknown() {
    Arbitrary<JsonNode> withPath = Combinators.combine(Arbitraries.of("add", "replace", "remove"),
        Arbitraries.of(unknownPaths)).as((op, p) -> op(op, p, op.equals("remove") ? null : Json.NODES.textNode("x")));
    Arbitrary<JsonNode> pathless = Arbitraries.of("shoeSize", "name.shoeSize", "urn:example:nope:2.0:User:x")
        .map(k -> op("add", null, Json.object().put(k, "x")));
    return Arbitraries.oneOf(withPath, pathless);
  }

  Arbitrary<JsonNode> badPath() {
    return Combinators.combine(Arbitraries.of("add", "replace", "remove"), Arbitraries.of(
        "", " ", "emails[", "emails]", "name..givenName", ".name", "name.", "emails[type eq \"work\"]]",
        "emails[type eq \"work\"].", "1abc", "emails[type eq \"work\"][value pr]", "name.givenName.extra",
        "emails[]", "members[value eq \"x\"].value.extra", "urn:", "user name"))
        .as((op, p) -> op(op, p, op.equals("remove") ? null : Json.NODES.textNode("x")));
  }

  Arbitrary<JsonNode> malformedFilter() {
    return Combinators.combine(Arbitraries.of("add", "replace", "remove"), Arbitraries.of(filterable),
        FilterTexts.malformed()).as((op, a, f) ->
        op(op, a + "[" + f + "]", op.equals("remove") ? null : Json.object().put("display", "x")));
  }

  /** Operations whose shape is wrong whatever they aim at. */
  Arbitrary<JsonNode> malformedOperation() {
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
        remove().map(r -> ((ObjectNode) r).set("value", Json.NODES.arrayNode().add(Json.object()
            .put("value", SampleValues.MEMBER_IDS.get(0))))));
  }

  /**
   * The membership changes IdPs send to a group (see the server's fast path for them): add or replace a member
   * list, remove one member by {@code members[value eq "…"]}, Entra's remove with a value list, remove all; the op
   * sometimes capitalised as Entra writes it.
   */
  static Arbitrary<JsonNode> membership() {
    Arbitrary<String> id = Arbitraries.of(SampleValues.MEMBER_IDS);
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

  static JsonNode op(String op, String path, JsonNode value) {
    ObjectNode o = Json.object().put("op", op);
    if (path != null) {
      o.put("path", path);
    }
    if (value != null) {
      o.set("value", value.deepCopy());
    }
    return o;
  }
}
