package dev.scimharness.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.filter.FilterPrinter;
import dev.scimharness.scim.AttributeDefinition;
import dev.scimharness.scim.AttributeType;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Value filters ({@code type eq "work" and not (primary eq true)}) over the sub-attributes of one multi-valued
 * complex attribute, written as text, and filters the grammar rejects. Comparison values come from
 * {@link SampleValues}, so a filter often selects something.
 */
final class FilterTexts {
  private FilterTexts() {}

  /** A well-formed filter naming only sub-attributes of {@code def}, at most two levels of and/or/not. */
  static Arbitrary<String> valid(AttributeDefinition def) {
    Arbitrary<String> atom = atom(def);
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

  private static Arbitrary<String> atom(AttributeDefinition def) {
    List<AttributeDefinition> subs = def.subAttributes();
    return Arbitraries.of(subs).flatMap(sub -> {
      if (sub.type() == AttributeType.BOOLEAN) {
        return Combinators.combine(Arbitraries.of("eq", "ne"), SampleValues.scalar(def, sub))
            .as((op, v) -> sub.name() + " " + op + " " + literal(v));
      }
      Arbitrary<String> compare = Combinators.combine(Arbitraries.of("eq", "eq", "ne", "co", "sw", "ew", "gt", "le"),
          SampleValues.scalar(def, sub)).as((op, v) -> sub.name() + " " + op + " " + literal(v));
      return Arbitraries.frequencyOf(
          Tuple.of(5, compare),
          Tuple.of(1, Arbitraries.just(sub.name() + " pr")));
    });
  }

  /** Filters the RFC 7644 §3.4.2.2 grammar rejects, or that name no sub-attribute: invalidPath / invalidFilter. */
  static Arbitrary<String> malformed() {
    return Arbitraries.of(
        "type eq", "type work", "type eq work", "(type eq \"work\"", "type eq \"work\" and", "type eq 'work'",
        "type zz \"work\"", "", "type eq \"work\")", "noSuchSub eq \"x\"", "value.sub eq \"x\"",
        "emails[type eq \"work\"]", "not type eq \"work\"", "type eq \"unterminated");
  }

  static String literal(JsonNode v) {
    StringBuilder sb = new StringBuilder();
    FilterPrinter.value(v, sb);
    return sb.toString();
  }
}
