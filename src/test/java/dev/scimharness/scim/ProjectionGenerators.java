package dev.scimharness.scim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** The generators of the projection properties: attribute lists as clients write them, and stored users. */
final class ProjectionGenerators {
  private static final JsonNode FULL_USER = Json.parse(ProjectionTest.STORED_USER);
  private static final String ENT = ProjectionTest.ENT;

  private ProjectionGenerators() {}

  /** Names a client may send: every shape the parameters allow, known and unknown. */
  private static final List<String> NAMES = List.of("userName", "name", "name.givenName", "name.familyName",
      "displayName", "active", "password", "emails", "emails.value", "emails.type", "emails.primary", "groups",
      "groups.display", "externalId", "id", "schemas", "meta", "meta.lastModified", "meta.location",
      ENT, ENT + ":employeeNumber", ENT + ":manager", ENT + ":manager.value", ENT + ":manager.displayName",
      ProjectionTest.CORE, ProjectionTest.CORE + ":userName", ProjectionTest.CORE + ":password",
      "shoeSize", "name.shoeSize", "urn:example:nope:x");

  static Arbitrary<List<AttributePath>> paths() {
    Arbitrary<String> name = Combinators.combine(Arbitraries.of(NAMES), Arbitraries.longs())
        .as(ProjectionGenerators::flipCase);
    return name.list().ofMaxSize(5).map(l -> Projection.parseList(String.join(",", l)));
  }

  /** The full user with any subset of its attributes but {@code id} and {@code schemas}. */
  static Arbitrary<ObjectNode> resources() {
    List<String> optional = new ArrayList<>();
    FULL_USER.fieldNames().forEachRemaining(k -> {
      if (!k.equals("id") && !k.equals("schemas")) {
        optional.add(k);
      }
    });
    return Arbitraries.subsetOf(optional).map(ProjectionGenerators::userWith);
  }

  private static ObjectNode userWith(Set<String> keys) {
    ObjectNode user = Json.object();
    for (Map.Entry<String, JsonNode> f : FULL_USER.properties()) {
      if (f.getKey().equals("id") || f.getKey().equals("schemas") || keys.contains(f.getKey())) {
        user.set(f.getKey(), f.getValue().deepCopy());
      }
    }
    return user;
  }

  private static String flipCase(String name, long bits) {
    StringBuilder sb = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean flip = ((bits >>> (i % 64)) & 1) == 1;
      sb.append(flip ? (Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c)) : c);
    }
    return sb.toString();
  }
}
