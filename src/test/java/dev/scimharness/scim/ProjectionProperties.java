package dev.scimharness.scim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ProjectionProperties {
  private static final ResourceSchema USERS = ProjectionTest.USERS;
  private static final JsonNode FULL_USER = Json.parse(ProjectionTest.STORED_USER);
  private static final String ENT = ProjectionTest.ENT;

  /** Names a client may send: every shape the parameters allow, known and unknown. */
  private static final List<String> NAMES = List.of("userName", "name", "name.givenName", "name.familyName",
      "displayName", "active", "password", "emails", "emails.value", "emails.type", "emails.primary", "groups",
      "groups.display", "externalId", "id", "schemas", "meta", "meta.lastModified", "meta.location",
      ENT, ENT + ":employeeNumber", ENT + ":manager", ENT + ":manager.value", ENT + ":manager.displayName",
      ProjectionTest.CORE, ProjectionTest.CORE + ":userName", ProjectionTest.CORE + ":password",
      "shoeSize", "name.shoeSize", "urn:example:nope:x");

  @Provide
  Arbitrary<List<AttributePath>> paths() {
    Arbitrary<String> name = Combinators.combine(Arbitraries.of(NAMES), Arbitraries.longs())
        .as(ProjectionProperties::flipCase);
    return name.list().ofMaxSize(5).map(l -> Projection.parseList(String.join(",", l)));
  }

  /** The full user with any subset of its attributes but {@code id} and {@code schemas}. */
  @Provide
  Arbitrary<ObjectNode> resources() {
    List<String> optional = new ArrayList<>();
    FULL_USER.fieldNames().forEachRemaining(k -> {
      if (!k.equals("id") && !k.equals("schemas")) {
        optional.add(k);
      }
    });
    return Arbitraries.subsetOf(optional).map(ProjectionProperties::userWith);
  }

  @Property(seed = "7643", edgeCases = EdgeCasesMode.MIXIN)
  void passwordNeverAppearsWhateverIsAskedFor(@ForAll("resources") ObjectNode user,
      @ForAll("paths") List<AttributePath> attributes, @ForAll("paths") List<AttributePath> excluded) {
    assertFalse(hasKey(Projection.project(user, USERS, attributes, excluded), "password"));
  }

  @Property(seed = "7644", edgeCases = EdgeCasesMode.MIXIN)
  void idAndSchemasAlwaysAppear(@ForAll("resources") ObjectNode user,
      @ForAll("paths") List<AttributePath> attributes, @ForAll("paths") List<AttributePath> excluded) {
    ObjectNode out = Projection.project(user, USERS, attributes, excluded);
    assertEquals(user.get("id"), out.get("id"));
    assertEquals(user.get("schemas"), out.get("schemas"));
  }

  @Property(seed = "3429", edgeCases = EdgeCasesMode.MIXIN)
  void projectingTwiceGivesWhatProjectingOnceGives(@ForAll("resources") ObjectNode user,
      @ForAll("paths") List<AttributePath> attributes, @ForAll("paths") List<AttributePath> excluded) {
    ObjectNode once = Projection.project(user, USERS, attributes, excluded);
    assertEquals(once, Projection.project(once, USERS, attributes, excluded));
  }

  @Property(seed = "3092", edgeCases = EdgeCasesMode.MIXIN)
  void everythingReturnedWasInTheResource(@ForAll("resources") ObjectNode user,
      @ForAll("paths") List<AttributePath> attributes, @ForAll("paths") List<AttributePath> excluded) {
    ObjectNode out = Projection.project(user, USERS, attributes, excluded);
    assertTrue(containedIn(out, user), () -> Json.write(out));
  }

  @Property(seed = "2119", edgeCases = EdgeCasesMode.MIXIN)
  void excludedDefaultAttributeNeverAppears(@ForAll("resources") ObjectNode user,
      @ForAll("paths") List<AttributePath> attributes, @ForAll("paths") List<AttributePath> excluded) {
    ObjectNode out = Projection.project(user, USERS, attributes, excluded);
    for (AttributePath p : excluded) {
      var resolved = USERS.resolve(p);
      if (resolved.isPresent() && !p.hasSubAttribute() && !resolved.get().inExtension()
          && resolved.get().attribute().returned() == Returned.DEFAULT) {
        assertFalse(out.has(resolved.get().attribute().name()), p.toString());
      }
    }
  }

  @Property(seed = "1", edgeCases = EdgeCasesMode.MIXIN)
  void withoutAttributesEveryStoredAttributeButThePasswordComesBack(@ForAll("resources") ObjectNode user) {
    ObjectNode expected = user.deepCopy();
    expected.remove("password");
    assertEquals(expected, Projection.project(user, USERS, List.of(), List.of()));
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

  private static boolean hasKey(JsonNode node, String key) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> f : node.properties()) {
        if (f.getKey().toLowerCase(Locale.ROOT).equals(key) || hasKey(f.getValue(), key)) {
          return true;
        }
      }
    } else if (node.isArray()) {
      for (JsonNode item : node) {
        if (hasKey(item, key)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether every member of {@code part} is in {@code whole}, arrays item by item in order. */
  private static boolean containedIn(JsonNode part, JsonNode whole) {
    if (part.isObject()) {
      if (!whole.isObject()) {
        return false;
      }
      for (Map.Entry<String, JsonNode> f : part.properties()) {
        if (!whole.has(f.getKey()) || !containedIn(f.getValue(), whole.get(f.getKey()))) {
          return false;
        }
      }
      return true;
    }
    if (part.isArray()) {
      if (!whole.isArray()) {
        return false;
      }
      int j = 0;
      for (JsonNode item : part) {
        while (j < whole.size() && !containedIn(item, whole.get(j))) {
          j++;
        }
        if (j == whole.size()) {
          return false;
        }
        j++;
      }
      return true;
    }
    return part.equals(whole);
  }
}
