package dev.scimharness.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.scim.AttributeDefinition;
import dev.scimharness.scim.ResourceSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * The paths a PATCH operation can name for one attribute, in every form of RFC 7644 §3.5.2 Figure 7: the attribute,
 * {@code attr.sub}, {@code attr[filter]} and {@code attr[filter].sub}, with or without the schema URN (extension
 * attributes always with it), sometimes in another letter case (§3.10: names are case-insensitive). Each target
 * knows the shape of value it takes.
 */
final class PatchTargets {
  private PatchTargets() {}

  /** A path and a generator of values that fit it (or, with {@code wrong}, of values of the wrong type). */
  record Target(String path, Arbitrary<JsonNode> value, Arbitrary<JsonNode> wrong) {}

  /** {@code extensionUrn} is null for core attributes. */
  static Arbitrary<Target> of(ResourceSchema schema, String extensionUrn, AttributeDefinition def) {
    Arbitrary<String> name = spelled(schema, extensionUrn, def.name());
    List<Tuple.Tuple2<Integer, Arbitrary<Target>>> forms = new ArrayList<>();
    forms.add(Tuple.of(4, name.map(n -> new Target(n, SampleValues.whole(def), SampleValues.wrongType(def)))));
    if (def.isComplex()) {
      Arbitrary<AttributeDefinition> sub = Arbitraries.of(def.subAttributes());
      forms.add(Tuple.of(def.multiValued() ? 1 : 3, Combinators.combine(name, sub).as((n, s) ->
          new Target(n + "." + subSpelling(s.name(), n), SampleValues.scalar(def, s), SampleValues.wrongType(s)))));
    }
    if (def.isComplex() && def.multiValued()) {
      Arbitrary<String> filter = FilterTexts.valid(def);
      forms.add(Tuple.of(4, Combinators.combine(name, filter).as((n, f) ->
          new Target(n + "[" + f + "]", SampleValues.complex(def), SampleValues.wrongItem(def)))));
      forms.add(Tuple.of(4, Combinators.combine(name, filter, Arbitraries.of(def.subAttributes())).as((n, f, s) ->
          new Target(n + "[" + f + "]." + s.name(), SampleValues.scalar(def, s), SampleValues.wrongType(s)))));
    }
    return Arbitraries.frequencyOf(forms);
  }

  /** The path-less form: the attribute's key in a value object, plain or URN-qualified. */
  static Arbitrary<String> key(ResourceSchema schema, String extensionUrn, AttributeDefinition def) {
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
}
