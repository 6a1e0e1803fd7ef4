package dev.scimharness.filter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.scim.AttributeDefinition;
import dev.scimharness.scim.AttributePath;
import dev.scimharness.scim.ResourceSchema;
import dev.scimharness.scim.ScimException;
import java.util.Objects;

/**
 * Decides a {@link Filter} against a resource (RFC 7644 §3.4.2.2). Pure and allocation-light: no regular
 * expressions, no lower-casing copies (case-insensitive comparisons use the {@code ignoreCase} forms of
 * {@link String}), no intermediate value lists.
 *
 * <p>Semantics, where the RFC leaves room:
 * <ul>
 *   <li>Attribute names are case-insensitive (RFC 7643 §2.1); extension attributes live under their schema URN
 *       (RFC 7643 §3.3). An attribute the schema does not define is read from the JSON if present and compared
 *       as a case-insensitive string; absent, it matches nothing (but {@code ne} and {@code not} see it absent).</li>
 *   <li>Strings honour {@code caseExact}; {@code id} and {@code externalId} are caseExact (RFC 7643 §3.1).</li>
 *   <li>A multi-valued attribute matches if any value matches (RFC 7644 §3.4.2.2). A complex attribute named
 *       without a sub-attribute ({@code emails co "x"}) is compared through its {@code value} sub-attribute;
 *       a complex attribute that has none ({@code name eq "x"}) is {@code invalidFilter}: the RFC requires a
 *       fully qualified sub-attribute for complex attributes. In a value path over a simple multi-valued
 *       attribute, {@code value} names the element itself ({@code nicknames[value eq "bj"]}).</li>
 *   <li>{@code ne} is the negation of {@code eq}: it matches a resource without the attribute, and a
 *       multi-valued attribute matches {@code ne} only when no value is equal ({@code not (a eq x)} and
 *       {@code a ne x} always agree).</li>
 *   <li>{@code pr} is false for a missing attribute, JSON null, {@code ""}, {@code []} and an object with no
 *       present member. {@code eq null} matches when the attribute is unassigned, null or an empty
 *       array, the states RFC 7643 §2.5 makes equivalent ({@code ""} is a value, though not a present one);
 *       {@code ne null} is its negation.</li>
 *   <li>Ordering: strings lexicographically (ignoring case unless caseExact), numbers numerically (integers and
 *       decimals mixed), {@code dateTime} chronologically (a stored value that is not a dateTime is compared as
 *       text). {@code gt ge lt le} on boolean or binary attributes, or with a boolean or null operand, are
 *       {@code invalidFilter} (RFC 7644 §3.4.2.2).</li>
 *   <li>{@code co sw ew} need a string operand and a string-valued attribute, otherwise {@code invalidFilter}.</li>
 *   <li>A type mismatch between the operand and the stored value ({@code active eq "true"}, {@code userName eq 5})
 *       matches nothing: the RFC names no error for it, and a value of another type is not "identical".</li>
 * </ul>
 */
public final class FilterEvaluator {
  private static final String VALUE = "value";

  private FilterEvaluator() {}

  /** Whether {@code resource} (a User, Group, … JSON object) matches; {@code schema} may be null (all unknown). */
  public static boolean matches(Filter filter, JsonNode resource, ResourceSchema schema) {
    Objects.requireNonNull(filter, "filter");
    if (resource == null || !resource.isObject()) {
      return false;
    }
    return eval(filter, resource, schema);
  }

  /**
   * Whether one value of a multi-valued complex attribute matches a value filter (the part inside
   * {@code members[…]}); paths name sub-attributes of {@code complexParent}, which may be null (unknown).
   */
  public static boolean matchesElement(Filter filter, JsonNode element, AttributeDefinition complexParent) {
    Objects.requireNonNull(filter, "filter");
    if (element == null || element.isArray()) {
      return false;
    }
    return evalElement(filter, element, complexParent);
  }

  /**
   * Rejects, before any resource is looked at, the operator and type combinations RFC 7644 §3.4.2.2 makes
   * {@code invalidFilter} ({@code active gt true}, {@code name eq "x"}, {@code title co 5}). {@link #matches}
   * raises the same errors, but only for the comparisons it reaches: a server calls this once per request so
   * that the answer does not depend on the data.
   */
  public static void validate(Filter filter, ResourceSchema schema) {
    validate(filter, schema, null, false);
  }

  private static void validate(Filter f, ResourceSchema schema, AttributeDefinition parent, boolean inElement) {
    if (f instanceof And a) {
      validate(a.left(), schema, parent, inElement);
      validate(a.right(), schema, parent, inElement);
    } else if (f instanceof Or o) {
      validate(o.left(), schema, parent, inElement);
      validate(o.right(), schema, parent, inElement);
    } else if (f instanceof Not n) {
      validate(n.filter(), schema, parent, inElement);
    } else {
      AttributePath path = attributeOf(f);
      AttributeDefinition top = inElement
          ? (parent == null ? null : SchemaLookup.subAttribute(parent, path.attribute()))
          : SchemaLookup.topDefinition(schema, path);
      if (f instanceof ValuePath vp) {
        validate(vp.filter(), schema, top, true);
      } else if (f instanceof Compare c) {
        AttributeDefinition def = comparedDefinition(path, top);
        Comparisons.check(path, c.op(), c.value(), def);
      }
    }
  }

  /**
   * The definition whose values a comparison reads: the sub-attribute if one is named, else {@code value} of a
   * complex attribute, else the attribute itself; {@code invalidFilter} for a complex attribute without one.
   */
  private static AttributeDefinition comparedDefinition(AttributePath path, AttributeDefinition topDef) {
    if (path.hasSubAttribute()) {
      return topDef == null ? null : SchemaLookup.subAttribute(topDef, path.subAttribute());
    }
    if (topDef != null && topDef.isComplex()) {
      AttributeDefinition value = SchemaLookup.subAttribute(topDef, VALUE);
      if (value == null) {
        throw ScimException.invalidFilter("'" + path + "' is a complex attribute: name one of its sub-attributes"
            + " (RFC 7644 §3.4.2.2)");
      }
      return value;
    }
    return topDef;
  }

  private static boolean eval(Filter f, JsonNode res, ResourceSchema schema) {
    if (f instanceof And a) {
      return eval(a.left(), res, schema) && eval(a.right(), res, schema);
    }
    if (f instanceof Or o) {
      return eval(o.left(), res, schema) || eval(o.right(), res, schema);
    }
    if (f instanceof Not n) {
      return !eval(n.filter(), res, schema);
    }
    AttributePath path = attributeOf(f);
    AttributeDefinition def = SchemaLookup.topDefinition(schema, path);
    JsonNode top = SchemaLookup.field(SchemaLookup.container(res, schema, path), path.attribute(), def);
    if (f instanceof ValuePath vp) {
      return anyElement(vp.filter(), top, def);
    }
    return leaf(f, path, top, def);
  }

  private static boolean evalElement(Filter f, JsonNode el, AttributeDefinition parent) {
    if (f instanceof And a) {
      return evalElement(a.left(), el, parent) && evalElement(a.right(), el, parent);
    }
    if (f instanceof Or o) {
      return evalElement(o.left(), el, parent) || evalElement(o.right(), el, parent);
    }
    if (f instanceof Not n) {
      return !evalElement(n.filter(), el, parent);
    }
    AttributePath path = attributeOf(f);
    AttributeDefinition def = parent == null ? null : SchemaLookup.subAttribute(parent, path.attribute());
    JsonNode top = el.isObject() ? SchemaLookup.field(el, path.attribute(), def)
        : VALUE.equalsIgnoreCase(path.attribute()) ? el : null;
    if (f instanceof ValuePath vp) {
      return anyElement(vp.filter(), top, def);
    }
    return leaf(f, path, top, def);
  }

  static AttributePath attributeOf(Filter f) {
    if (f instanceof Compare c) {
      return c.attribute();
    }
    if (f instanceof Present p) {
      return p.attribute();
    }
    return ((ValuePath) f).attribute();
  }

  static boolean anyElement(Filter inner, JsonNode top, AttributeDefinition def) {
    if (top == null) {
      return false;
    }
    if (top.isArray()) {
      for (int i = 0, n = top.size(); i < n; i++) {
        JsonNode e = top.get(i);
        // a simple multi-valued attribute's element is its own "value": tags[value eq "x"]
        if (!e.isArray() && evalElement(inner, e, def)) {
          return true;
        }
      }
      return false;
    }
    return top.isObject() && evalElement(inner, top, def);
  }

  // ---- leaves ----

  static boolean leaf(Filter f, AttributePath path, JsonNode top, AttributeDefinition topDef) {
    String sub = path.subAttribute();
    AttributeDefinition subDef = sub != null && topDef != null ? SchemaLookup.subAttribute(topDef, sub) : null;
    if (f instanceof Present) {
      return Presence.present(top, sub, subDef);
    }
    Compare c = (Compare) f;
    AttributeDefinition def = sub != null ? subDef : comparedDefinition(path, topDef);
    if (sub == null && topDef != null && topDef.isComplex()) {
      sub = VALUE;
    }
    JsonNode lit = c.value();
    CompareOp op = c.op();
    Comparisons.check(path, op, lit, def);
    if (lit.isNull()) {
      boolean assigned = Presence.assigned(top, path.subAttribute(), subDef);
      return op == CompareOp.EQ ? !assigned : assigned;
    }
    if (op == CompareOp.NE) {
      return !Comparisons.anyValue(top, sub, def, CompareOp.EQ, lit);
    }
    return Comparisons.anyValue(top, sub, def, op, lit);
  }
}
