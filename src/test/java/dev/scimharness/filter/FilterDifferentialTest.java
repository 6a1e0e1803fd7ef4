package dev.scimharness.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.AttributeDefinition;
import dev.scimharness.scim.AttributePath;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.ResolvedAttribute;
import dev.scimharness.scim.ResourceSchema;
import dev.scimharness.scim.ScimException;
import dev.scimharness.scim.SchemaRegistry;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import org.junit.jupiter.api.Test;

/**
 * Our evaluator against the UnboundID SCIM 2 SDK on generated filters and users. They must agree, except where
 * a named {@link UnboundIdDivergence} explains the difference: a difference is explained only when every leaf
 * comparison on which the two disagree falls under a named divergence.
 */
class FilterDifferentialTest {
  private static final ResourceSchema USERS = SchemaRegistry.standard().resourceSchema("User");
  private static final AttributeDefinition EMAILS = USERS.core().attribute("emails").orElseThrow();

  private static final AtomicInteger CASES = new AtomicInteger();
  private static final AtomicInteger AGREED = new AtomicInteger();
  private static final Map<UnboundIdDivergence, AtomicInteger> EXPLAINED = new EnumMap<>(UnboundIdDivergence.class);

  static {
    for (UnboundIdDivergence d : UnboundIdDivergence.values()) {
      EXPLAINED.put(d, new AtomicInteger());
    }
  }

  @Provide
  Arbitrary<Filter> filters() {
    return FilterGenerators.userFilters();
  }

  @Provide
  Arbitrary<ObjectNode> users() {
    return FilterGenerators.users();
  }

  @Property(seed = "7644", tries = 4000)
  void bothEvaluatorsAgreeExceptForNamedDivergences(@ForAll("filters") Filter filter, @ForAll("users") ObjectNode user) {
    CASES.incrementAndGet();
    String ours = ours(filter, user);
    String theirs = UnboundIdOracle.outcome(filter, user);
    if (ours.equals(theirs)) {
      AGREED.incrementAndGet();
      Statistics.label("outcome").collect("agree");
      return;
    }
    List<UnboundIdDivergence> why = explain(filter, user);
    assertTrue(!why.isEmpty(), () -> "unexplained divergence: ours=" + ours + " UnboundID=" + theirs
        + "\nfilter: " + FilterPrinter.print(filter) + "\nuser: " + user);
    why.stream().distinct().forEach(d -> {
      EXPLAINED.get(d).incrementAndGet();
      Statistics.label("outcome").collect(d.name());
    });
  }

  @AfterContainer
  static void mostCasesAgreeAndEveryListedDivergenceStillOccurs() {
    int cases = CASES.get();
    if (cases == 0) {
      return;
    }
    assertTrue(AGREED.get() * 100 / cases >= 70, "only " + AGREED + " of " + cases + " cases agree");
    for (var e : EXPLAINED.entrySet()) {
      assertTrue(e.getValue().get() > 0, e.getKey() + " is listed but never occurred: drop it or widen the generators");
    }
  }

  /** Each divergence, shown on one case, so that the list stays true of the SDK version in the pom. */
  @Test
  void eachNamedDivergenceIsRealAndExplained() {
    JsonNode user = Json.parse("""
        {"userName": "bjensen", "title": "", "nickName": null, "externalId": "26118915", "active": true, "loginCount": 42,
         "emails": [{"value": "bjensen@example.com", "type": "work"}]}""");
    Map<UnboundIdDivergence, String> examples = Map.of(
        UnboundIdDivergence.ATTRIBUTE_NAME_CASE, "USERNAME eq \"bjensen\"",
        UnboundIdDivergence.CORE_URN_PREFIX, "urn:ietf:params:scim:schemas:core:2.0:User:userName sw \"b\"",
        UnboundIdDivergence.COMPLEX_WITHOUT_SUB_ATTRIBUTE, "emails co \"example.com\"",
        UnboundIdDivergence.EMPTY_VALUE_IS_NOT_PRESENT, "title pr",
        UnboundIdDivergence.TYPE_MISMATCH_COMPARED_AS_TEXT, "active eq \"true\"",
        UnboundIdDivergence.INVALID_FILTER_DECIDED_BY_SCHEMA, "userName gt true",
        UnboundIdDivergence.NULL_VALUE_COMPARED_AS_TEXT, "nickName gt \"a\"",
        UnboundIdDivergence.STRINGS_COMPARED_AS_DATES, "externalId gt \"701984\"");
    assertEquals(UnboundIdDivergence.values().length, examples.size());
    examples.forEach((divergence, text) -> {
      Filter f = FilterParser.parse(text);
      String ours = ours(f, user);
      String theirs = UnboundIdOracle.outcome(f, user);
      assertTrue(!ours.equals(theirs), divergence + ": both say " + ours + " for " + text);
      assertEquals(List.of(divergence), explain(f, user), text);
    });
  }

  // ---- explanation ----

  static String ours(Filter f, JsonNode user) {
    try {
      return String.valueOf(FilterEvaluator.matches(f, user, USERS));
    } catch (ScimException e) {
      assertEquals(dev.scimharness.scim.ScimType.invalidFilter, e.scimType());
      return UnboundIdOracle.INVALID;
    }
  }

  private static String oursOnElement(Filter f, JsonNode element) {
    try {
      return String.valueOf(FilterEvaluator.matchesElement(f, element, EMAILS));
    } catch (ScimException e) {
      return UnboundIdOracle.INVALID;
    }
  }

  /** The divergences of the leaves on which the two disagree; empty if any such leaf is unexplained (or none). */
  static List<UnboundIdDivergence> explain(Filter filter, JsonNode user) {
    List<UnboundIdDivergence> found = new ArrayList<>();
    boolean someLeafDiffers = false;
    for (Filter leaf : FilterTrees.leavesOf(filter)) {
      String ours = ours(leaf, user);
      String theirs = UnboundIdOracle.outcome(leaf, user);
      if (ours.equals(theirs)) {
        continue;
      }
      someLeafDiffers = true;
      if (leaf instanceof ValuePath vp) {
        List<UnboundIdDivergence> inner = explainValuePath(vp, user);
        if (inner.isEmpty()) {
          return List.of();
        }
        found.addAll(inner);
        continue;
      }
      Optional<UnboundIdDivergence> d = classify(leaf, user, false, ours, theirs);
      if (d.isEmpty()) {
        return List.of();
      }
      found.add(d.get());
    }
    return someLeafDiffers ? found : List.of();
  }

  private static List<UnboundIdDivergence> explainValuePath(ValuePath vp, JsonNode user) {
    List<UnboundIdDivergence> found = new ArrayList<>();
    JsonNode emails = user.path("emails");
    for (JsonNode element : emails) {
      for (Filter leaf : FilterTrees.leavesOf(vp.filter())) {
        String ours = oursOnElement(leaf, element);
        String theirs = UnboundIdOracle.outcome(leaf, element);
        if (!ours.equals(theirs)) {
          Optional<UnboundIdDivergence> d = classify(leaf, element, true, ours, theirs);
          if (d.isEmpty()) {
            return List.of();
          }
          found.add(d.get());
        }
      }
    }
    return found;
  }

  private static Optional<UnboundIdDivergence> classify(Filter leaf, JsonNode node, boolean inElement, String ours,
      String theirs) {
    AttributePath path = leaf instanceof Compare c ? c.attribute() : ((Present) leaf).attribute();
    if (ours.equals(UnboundIdOracle.INVALID) && !theirs.equals(UnboundIdOracle.INVALID)) {
      return Optional.of(UnboundIdDivergence.INVALID_FILTER_DECIDED_BY_SCHEMA);
    }
    if (!inElement && path.schemaUrn() != null && USERS.isCore(path.schemaUrn())) {
      return Optional.of(UnboundIdDivergence.CORE_URN_PREFIX);
    }
    if (!canonicalSpelling(path, inElement)) {
      return Optional.of(UnboundIdDivergence.ATTRIBUTE_NAME_CASE);
    }
    List<JsonNode> values = values(node, path, inElement);
    if (leaf instanceof Compare && !inElement && !path.hasSubAttribute() && path.attribute().equals("emails")) {
      return Optional.of(UnboundIdDivergence.COMPLEX_WITHOUT_SUB_ATTRIBUTE);
    }
    if (leaf instanceof Present && ours.equals("false") && theirs.equals("true")
        && values.stream().anyMatch(FilterDifferentialTest::emptyButNotNull)) {
      return Optional.of(UnboundIdDivergence.EMPTY_VALUE_IS_NOT_PRESENT);
    }
    if (leaf instanceof Compare c && c.value().isTextual() && !isDateTime(path, inElement)
        && parsesAsDate(c.value()) && values.stream().anyMatch(FilterDifferentialTest::parsesAsDate)) {
      return Optional.of(UnboundIdDivergence.STRINGS_COMPARED_AS_DATES);
    }
    if (leaf instanceof Compare c && !c.value().isNull() && ours.equals("false") && theirs.equals("true")
        && storesNull(node, path, inElement)) {
      return Optional.of(UnboundIdDivergence.NULL_VALUE_COMPARED_AS_TEXT);
    }
    if (leaf instanceof Compare c && !c.value().isNull()
        && values.stream().anyMatch(v -> v.getNodeType() != c.value().getNodeType())) {
      return Optional.of(UnboundIdDivergence.TYPE_MISMATCH_COMPARED_AS_TEXT);
    }
    return Optional.empty();
  }

  private static boolean emptyButNotNull(JsonNode v) {
    ObjectNode holder = Json.object();
    holder.set("x", v);
    return !v.isNull() && !FilterEvaluator.matches(new Present(AttributePath.of("x")), holder, null);
  }

  private static boolean canonicalSpelling(AttributePath path, boolean inElement) {
    if (inElement) {
      return EMAILS.subAttribute(path.attribute()).map(d -> d.name().equals(path.attribute())).orElse(true);
    }
    Optional<ResolvedAttribute> r = USERS.resolve(path);
    if (r.isEmpty()) {
      return true;
    }
    boolean urn = path.schemaUrn() == null || path.schemaUrn().equals(r.get().extensionUrn())
        || USERS.isCore(path.schemaUrn());
    boolean name = r.get().attribute().name().equals(path.attribute());
    boolean sub = r.get().subAttribute() == null || r.get().subAttribute().name().equals(path.subAttribute());
    return urn && name && sub;
  }

  /** The scalar (or object) values stored at a path, arrays flattened, names matched ignoring case. */
  private static List<JsonNode> values(JsonNode node, AttributePath path, boolean inElement) {
    List<JsonNode> out = new ArrayList<>();
    JsonNode container = node;
    if (!inElement && path.schemaUrn() != null && !USERS.isCore(path.schemaUrn())) {
      container = Json.field(node, path.schemaUrn());
    }
    JsonNode top = container == null ? null : Json.field(container, path.attribute());
    for (JsonNode v : flatten(top)) {
      if (path.hasSubAttribute()) {
        out.addAll(flatten(Json.field(v, path.subAttribute())));
      } else {
        out.add(v);
      }
    }
    return out;
  }

  private static boolean isDateTime(AttributePath path, boolean inElement) {
    return !inElement && USERS.resolve(path)
        .map(r -> r.definition().type() == dev.scimharness.scim.AttributeType.DATE_TIME).orElse(false);
  }

  private static boolean parsesAsDate(JsonNode v) {
    if (!v.isTextual()) {
      return false;
    }
    try {
      com.unboundid.scim2.common.utils.JsonUtils.nodeToDateValue(v);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static boolean storesNull(JsonNode node, AttributePath path, boolean inElement) {
    JsonNode container = !inElement && path.schemaUrn() != null && !USERS.isCore(path.schemaUrn())
        ? Json.field(node, path.schemaUrn()) : node;
    JsonNode top = container == null ? null : Json.field(container, path.attribute());
    if (top == null) {
      return false;
    }
    if (!path.hasSubAttribute()) {
      if (top.isArray()) {
        for (JsonNode e : top) {
          if (e.isNull()) {
            return true;
          }
        }
      }
      return top.isNull();
    }
    for (JsonNode v : flatten(top)) {
      JsonNode sub = Json.field(v, path.subAttribute());
      if (sub != null && sub.isNull()) {
        return true;
      }
    }
    return false;
  }

  private static List<JsonNode> flatten(JsonNode n) {
    List<JsonNode> out = new ArrayList<>();
    if (n == null || n.isNull()) {
      return out;
    }
    if (n.isArray()) {
      n.forEach(e -> {
        if (!e.isNull()) {
          out.add(e);
        }
      });
    } else {
      out.add(n);
    }
    return out;
  }
}
