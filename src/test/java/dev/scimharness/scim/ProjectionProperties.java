package dev.scimharness.scim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ProjectionProperties {
  private static final ResourceSchema USERS = ProjectionTest.USERS;

  @Provide
  Arbitrary<List<AttributePath>> paths() {
    return ProjectionGenerators.paths();
  }

  @Provide
  Arbitrary<ObjectNode> resources() {
    return ProjectionGenerators.resources();
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
