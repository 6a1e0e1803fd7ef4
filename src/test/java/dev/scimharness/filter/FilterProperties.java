package dev.scimharness.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.Leniency;
import dev.scimharness.scim.ResourceSchema;
import dev.scimharness.scim.ScimException;
import dev.scimharness.scim.SchemaRegistry;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class FilterProperties {
  private static final ResourceSchema USERS = SchemaRegistry.standard().resourceSchema("User");

  @Provide
  Arbitrary<Filter> trees() {
    return FilterGenerators.syntaxTrees();
  }

  @Provide
  Arbitrary<Filter> userFilters() {
    return FilterGenerators.userFilters();
  }

  @Provide
  Arbitrary<ObjectNode> users() {
    return FilterGenerators.users();
  }

  @Property(seed = "7644", tries = 1000)
  void printedTreesParseBackToTheSameTree(@ForAll("trees") Filter tree) {
    String text = FilterPrinter.print(tree);
    assertEquals(tree, FilterParser.parse(text, Leniency.STRICT), text);
  }

  @Property(seed = "7644", tries = 500)
  void printingIsStableAfterOneRoundTrip(@ForAll("trees") Filter tree) {
    String once = FilterPrinter.print(tree);
    assertEquals(once, FilterPrinter.print(FilterParser.parse(once)));
  }

  @Property(seed = "7644")
  void doubleNegationEvaluatesAsTheFilterItself(@ForAll("userFilters") Filter f, @ForAll("users") ObjectNode user) {
    assertEquals(outcome(f, user), outcome(new Not(new Not(f)), user), FilterPrinter.print(f));
  }

  @Property(seed = "7644")
  void notOfAndIsOrOfNots(@ForAll("userFilters") Filter a, @ForAll("userFilters") Filter b,
      @ForAll("users") ObjectNode user) {
    assertEquals(outcome(new Not(new And(a, b)), user), outcome(new Or(new Not(a), new Not(b)), user));
  }

  @Property(seed = "7644")
  void notOfOrIsAndOfNots(@ForAll("userFilters") Filter a, @ForAll("userFilters") Filter b,
      @ForAll("users") ObjectNode user) {
    assertEquals(outcome(new Not(new Or(a, b)), user), outcome(new And(new Not(a), new Not(b)), user));
  }

  @Property(seed = "7644")
  void neIsTheNegationOfEq(@ForAll("userFilters") Filter f, @ForAll("users") ObjectNode user) {
    for (Filter leaf : FilterTrees.leavesOf(f)) {
      if (leaf instanceof Compare c && c.op() == CompareOp.EQ) {
        Filter ne = new Compare(c.attribute(), CompareOp.NE, c.value());
        String eq = outcome(leaf, user);
        assertEquals(eq.equals("invalidFilter") ? eq : String.valueOf(!Boolean.parseBoolean(eq)), outcome(ne, user));
      }
    }
  }

  @Property(seed = "7644")
  void compiledFiltersDecideAsTheEvaluatorAndRejectUpFront(@ForAll("userFilters") Filter f,
      @ForAll("users") ObjectNode user) {
    CompiledFilter compiled;
    try {
      compiled = CompiledFilter.compile(f, USERS);
    } catch (ScimException e) {
      assertEquals(dev.scimharness.scim.ScimType.invalidFilter, e.scimType());
      return;
    }
    assertEquals(outcome(f, user), String.valueOf(compiled.matches(user)), FilterPrinter.print(f));
  }

  @Provide
  Arbitrary<String> garbage() {
    return FilterGenerators.garbage();
  }

  @Property(seed = "7644", tries = 3000)
  void parsingArbitraryTextEitherSucceedsOrIsAnInvalidFilter(@ForAll("garbage") String text) {
    for (Leniency leniency : Leniency.values()) {
      try {
        Filter f = FilterParser.parse(text, leniency);
        assertEquals(f, FilterParser.parse(FilterPrinter.print(f), Leniency.STRICT));
      } catch (FilterSyntaxException e) {
        assertEquals(dev.scimharness.scim.ScimType.invalidFilter, e.scimType());
      }
    }
  }

  /** "true", "false" or "invalidFilter": evaluation either decides or rejects the filter, never anything else. */
  static String outcome(Filter f, ObjectNode user) {
    try {
      return String.valueOf(FilterEvaluator.matches(f, user, USERS));
    } catch (ScimException e) {
      assertEquals(dev.scimharness.scim.ScimType.invalidFilter, e.scimType());
      return "invalidFilter";
    }
  }
}
