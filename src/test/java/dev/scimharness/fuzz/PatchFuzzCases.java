package dev.scimharness.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.AttributeDefinition;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.ResourceSchema;
import dev.scimharness.scim.SchemaRegistry;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** The jqwik domain of the PATCH fuzz: users and groups to create, each with a PATCH to send to it. */
final class PatchFuzzCases {
  static final SchemaRegistry REGISTRY = SchemaRegistry.standard();
  static final ResourceSchema USERS = REGISTRY.resourceSchema("User");
  static final ResourceSchema GROUPS = REGISTRY.resourceSchema("Group");
  static final String ENTERPRISE = SchemaRegistry.ENTERPRISE_USER;

  private static final List<String[]> USER_ATTRIBUTES = List.of(
      a(null, "userName"), a(null, "name"), a(null, "displayName"), a(null, "nickName"), a(null, "title"),
      a(null, "active"), a(null, "password"), a(null, "externalId"), a(null, "emails"), a(null, "phoneNumbers"),
      a(null, "addresses"), a(null, "roles"), a(null, "photos"), a(null, "x509Certificates"), a(null, "schemas"),
      a(ENTERPRISE, "employeeNumber"), a(ENTERPRISE, "department"),
      a(ENTERPRISE, "manager"));

  private static final PatchOperations USER_OPERATIONS = new PatchOperations(USERS, USER_ATTRIBUTES,
      List.of("id", "meta", "meta.created", "meta.lastModified", "meta.resourceType", "groups", "groups.display",
          "groups[value pr]", "urn:ietf:params:scim:schemas:core:2.0:User:id", ENTERPRISE + ":manager.displayName"),
      List.of("shoeSize", "name.shoeSize", "emails[type eq \"work\"].shoeSize", "employeeNumber",
          "urn:ietf:params:scim:schemas:extension:nope:2.0:User:x",
          "urn:ietf:params:scim:schemas:core:2.0:Group:members",
          "active.value", "members"),
      List.of("emails", "phoneNumbers", "addresses"));

  private static final PatchOperations GROUP_OPERATIONS = new PatchOperations(GROUPS,
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
    return Combinators.combine(initialUser(), PatchBodies.of(USER_OPERATIONS.any()))
        .as((user, body) -> new PatchFuzzCase("Users", user, body));
  }

  static Arbitrary<PatchFuzzCase> groups() {
    Arbitrary<JsonNode> operation = Arbitraries.frequencyOf(
        Tuple.of(1, PatchOperations.membership()), Tuple.of(1, GROUP_OPERATIONS.any()));
    return Combinators.combine(initialGroup(), PatchBodies.of(operation))
        .as((group, body) -> new PatchFuzzCase("Groups", group, body));
  }

  /** A valid user apart from {@code userName} and {@code schemas}: a subset of the attributes the fuzz aims at. */
  static Arbitrary<ObjectNode> initialUser() {
    List<Arbitrary<ObjectNode>> parts = new ArrayList<>();
    for (String name : List.of("name", "displayName", "active", "title", "emails", "phoneNumbers", "addresses")) {
      AttributeDefinition def = USERS.coreAttribute(name).orElseThrow();
      parts.add(SampleValues.whole(def).map(v -> attribute(def.name(), onePrimary(v))).injectNull(0.4));
    }
    List<Arbitrary<ObjectNode>> enterprise = new ArrayList<>();
    for (String name : List.of("employeeNumber", "department", "manager")) {
      AttributeDefinition def = USERS.extension(ENTERPRISE).orElseThrow().attribute(name).orElseThrow();
      enterprise.add(SampleValues.whole(def).map(v -> (ObjectNode) Json.object().set(def.name(), v)).injectNull(0.5));
    }
    Arbitrary<ObjectNode> extension = Combinators.combine(enterprise).as(PatchFuzzCases::merge)
        .map(e -> e.isEmpty() ? Json.object() : (ObjectNode) Json.object().set(ENTERPRISE, e));
    parts.add(extension);
    return Combinators.combine(parts).as(PatchFuzzCases::merge);
  }

  static Arbitrary<ObjectNode> initialGroup() {
    return Arbitraries.subsetOf(SampleValues.MEMBER_IDS).ofMaxSize(3).map(ids -> {
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
}
