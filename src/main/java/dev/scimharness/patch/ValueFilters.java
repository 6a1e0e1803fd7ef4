package dev.scimharness.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.filter.And;
import dev.scimharness.filter.Compare;
import dev.scimharness.filter.CompareOp;
import dev.scimharness.filter.Filter;
import dev.scimharness.filter.FilterEvaluator;
import dev.scimharness.filter.Not;
import dev.scimharness.filter.Or;
import dev.scimharness.filter.Present;
import dev.scimharness.filter.ValuePath;
import dev.scimharness.scim.AttributeDefinition;
import dev.scimharness.scim.AttributePath;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.ScimException;
import dev.scimharness.scim.ScimType;
import java.util.Optional;
import java.util.function.Supplier;

/** The value filter of a PATCH path ({@code emails[type eq "work"]}), decided against one value at a time. */
final class ValueFilters {
  private ValueFilters() {}

  /**
   * Every attribute a value filter names must be a sub-attribute of the filtered attribute: a filter on a name the
   * schema does not define can never select anything, so the path itself is invalid ({@code invalidPath}).
   */
  static void validate(Filter filter, AttributeDefinition parent, Supplier<String> path) {
    if (filter instanceof Compare c) {
      subAttribute(c.attribute(), parent, path);
    } else if (filter instanceof Present p) {
      subAttribute(p.attribute(), parent, path);
    } else if (filter instanceof And a) {
      validate(a.left(), parent, path);
      validate(a.right(), parent, path);
    } else if (filter instanceof Or o) {
      validate(o.left(), parent, path);
      validate(o.right(), parent, path);
    } else if (filter instanceof Not n) {
      validate(n.filter(), parent, path);
    } else if (filter instanceof ValuePath) {
      throw ScimException.invalidPath("\"" + path.get() + "\": value filters do not nest"
          + " (RFC 7644 §3.4.2.2 valuePath).");
    }
  }

  static boolean matches(Target target, JsonNode element) {
    try {
      return FilterEvaluator.matchesElement(target.filter(), element, target.attribute());
    } catch (ScimException e) {
      if (e.scimType() == ScimType.invalidFilter) {
        throw ScimException.invalidPath("\"" + target.text() + "\": " + e.detail());
      }
      throw e;
    }
  }

  /**
   * The value a filter made only of {@code eq} comparisons joined by {@code and} describes
   * ({@code type eq "work"} gives {@code {"type":"work"}}), for the lenient creation of a missing value; empty for
   * any other filter, which describes no single value.
   */
  static Optional<ObjectNode> eqTemplate(Filter filter, AttributeDefinition parent) {
    ObjectNode out = Json.object();
    return collectEq(filter, parent, out) ? Optional.of(out) : Optional.empty();
  }

  private static boolean collectEq(Filter filter, AttributeDefinition parent, ObjectNode out) {
    if (filter instanceof And a) {
      return collectEq(a.left(), parent, out) && collectEq(a.right(), parent, out);
    }
    if (filter instanceof Compare c && c.op() == CompareOp.EQ && !c.value().isNull()) {
      Optional<AttributeDefinition> sub = parent.subAttribute(c.attribute().attribute());
      if (sub.isEmpty() || c.attribute().hasSubAttribute() || out.has(sub.get().name())) {
        return false;
      }
      out.set(sub.get().name(), c.value());
      return true;
    }
    return false;
  }

  private static void subAttribute(AttributePath attribute, AttributeDefinition parent, Supplier<String> path) {
    boolean known = attribute.schemaUrn() == null && !attribute.hasSubAttribute()
        && parent.subAttribute(attribute.attribute()).isPresent();
    if (!known) {
      throw ScimException.invalidPath("\"" + path.get() + "\": the value filter names \"" + attribute
          + "\", which is not a sub-attribute of \"" + parent.name() + "\".");
    }
  }
}
