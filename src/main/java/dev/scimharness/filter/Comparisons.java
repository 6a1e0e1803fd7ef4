package dev.scimharness.filter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.scim.AttributeDefinition;
import dev.scimharness.scim.AttributePath;
import dev.scimharness.scim.AttributeType;
import dev.scimharness.scim.ScimException;

/**
 * What a comparison means for each attribute type (RFC 7644 §3.4.2.2): strings by {@code caseExact}, dateTimes
 * chronologically, numbers numerically, booleans by equality; and the operator and type combinations the RFC makes
 * {@code invalidFilter}. A multi-valued attribute, or a multi-valued sub-attribute of one, matches when any value
 * does.
 */
final class Comparisons {
  private static final String VALUE = "value";

  private Comparisons() {}

  /** The combinations RFC 7644 §3.4.2.2 makes {@code invalidFilter}, checked whatever the data holds. */
  static void check(AttributePath path, CompareOp op, JsonNode lit, AttributeDefinition def) {
    boolean substring = op == CompareOp.CO || op == CompareOp.SW || op == CompareOp.EW;
    if (substring && !lit.isTextual()) {
      throw ScimException.invalidFilter("'" + op.wire() + "' compares strings; " + lit + " is not a string");
    }
    if (op.isOrdering() && (lit.isBoolean() || lit.isNull())) {
      throw ScimException.invalidFilter("'" + op.wire() + "' cannot order by " + lit);
    }
    if (def == null) {
      return;
    }
    AttributeType t = def.type();
    if (op.isOrdering() && (t == AttributeType.BOOLEAN || t == AttributeType.BINARY)) {
      throw ScimException.invalidFilter("'" + op.wire() + "' is not allowed on " + t.wire() + " attribute '"
          + path + "' (RFC 7644 §3.4.2.2)");
    }
    if (substring && (t == AttributeType.BOOLEAN || t == AttributeType.INTEGER || t == AttributeType.DECIMAL)) {
      throw ScimException.invalidFilter("'" + op.wire() + "' compares strings; '" + path + "' is " + t.wire());
    }
  }

  static boolean anyValue(JsonNode top, String sub, AttributeDefinition def, CompareOp op, JsonNode lit) {
    if (top == null) {
      return false;
    }
    if (top.isArray()) {
      for (int i = 0, n = top.size(); i < n; i++) {
        if (oneValue(top.get(i), sub, def, op, lit)) {
          return true;
        }
      }
      return false;
    }
    return oneValue(top, sub, def, op, lit);
  }

  private static boolean oneValue(JsonNode node, String sub, AttributeDefinition def, CompareOp op, JsonNode lit) {
    JsonNode v = node;
    if (sub != null || node.isObject()) {
      v = SchemaLookup.field(node, sub != null ? sub : VALUE, def);
      if (v == null) {
        return false;
      }
      if (v.isArray()) {
        for (int i = 0, n = v.size(); i < n; i++) {
          if (scalar(v.get(i), def, op, lit)) {
            return true;
          }
        }
        return false;
      }
    }
    return scalar(v, def, op, lit);
  }

  private static boolean scalar(JsonNode v, AttributeDefinition def, CompareOp op, JsonNode lit) {
    if (lit.isTextual()) {
      if (!v.isTextual()) {
        return false;
      }
      String a = v.textValue();
      String b = lit.textValue();
      if (def != null && def.type() == AttributeType.DATE_TIME && (op == CompareOp.EQ || op.isOrdering())) {
        int cmp = DateTimes.compare(a, b);
        if (cmp != DateTimes.NOT_COMPARABLE) {
          return ordered(op, cmp);
        }
      }
      return def != null && def.caseExact() ? Strings.exact(op, a, b) : Strings.ignoringCase(op, a, b);
    }
    if (lit.isNumber()) {
      return v.isNumber() && ordered(op, compareNumbers(v, lit));
    }
    // boolean: only eq reaches here (ordering and substring operators were rejected by check)
    return v.isBoolean() && v.booleanValue() == lit.booleanValue();
  }

  private static boolean ordered(CompareOp op, int cmp) {
    switch (op) {
      case EQ:
        return cmp == 0;
      case GT:
        return cmp > 0;
      case GE:
        return cmp >= 0;
      case LT:
        return cmp < 0;
      case LE:
        return cmp <= 0;
      default:
        return false;
    }
  }

  private static int compareNumbers(JsonNode a, JsonNode b) {
    if (a.isIntegralNumber() && b.isIntegralNumber() && a.canConvertToLong() && b.canConvertToLong()) {
      return Long.compare(a.longValue(), b.longValue());
    }
    return a.decimalValue().compareTo(b.decimalValue());
  }
}
