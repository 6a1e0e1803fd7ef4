package dev.scimharness.scim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.lint.LintFinding;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks one JSON value against an attribute's definition (RFC 7643 §2.3 data types, §2.4 multi-valued
 * attributes) and returns it, possibly coerced. Sub-attribute keys come back in the schema's spelling, so what
 * is stored is canonical. {@code null} is a legal value meaning "unassigned" (RFC 7643 §2.5) and is kept,
 * also inside complex values: removing it is the caller's decision. In {@link Leniency#LENIENT} mode the shapes
 * real IdPs send are accepted and reported as {@link LintFinding}s; in {@link Leniency#STRICT} mode they are
 * {@code 400 invalidValue}. canonicalValues are not enforced: RFC 7643 §7 lets a service provider accept others.
 */
public final class AttributeValues {
  private AttributeValues() {}

  /**
   * The whole value of {@code def}: an array when the attribute is multi-valued. {@code findings} may be
   * {@code null} when the caller does not collect them; {@code path} names the attribute in messages.
   */
  public static JsonNode check(AttributeDefinition def, JsonNode value, Leniency leniency, List<LintFinding> findings,
      String path) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return NullNode.getInstance();
    }
    if (!def.multiValued()) {
      return checkItem(def, unwrapSingleton(def, value, leniency, findings, path), leniency, findings, path);
    }
    ArrayNode items;
    if (value.isArray()) {
      items = (ArrayNode) value;
    } else if (leniency.lenient()) {
      // OneLogin sends "emails" as one object; a lone value means a list of one.
      report(findings, "single-value-for-multi-valued", "RFC 7643 §2.4",
          "'" + path + "' is multi-valued and must be a JSON array; the single value was taken as a list of one.",
          path, value);
      items = Json.NODES.arrayNode().add(value);
    } else {
      throw ScimException.invalidValue("Attribute '" + path + "' is multi-valued and must be a JSON array of "
          + typeName(def) + " values (RFC 7643 §2.4); got " + describe(value) + ".");
    }
    ArrayNode out = Json.NODES.arrayNode();
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      String itemPath = path + "[" + i + "]";
      if (item == null || item.isNull()) {
        throw ScimException.invalidValue("Attribute '" + itemPath + "' is null; a multi-valued attribute holds values,"
            + " and an empty array or null for the whole attribute means unassigned (RFC 7643 §2.5).");
      }
      out.add(checkItem(def, item, leniency, findings, itemPath));
    }
    if (def.isComplex()) {
      checkSinglePrimary(def, out, path);
      return DuplicateValues.dropRepeats(def, out);
    }
    return out;
  }

  /**
   * One value of {@code def}, ignoring {@link AttributeDefinition#multiValued()}: a single attribute's value, or
   * one item of a multi-valued one (what a PATCH adds through a value filter).
   */
  public static JsonNode checkItem(AttributeDefinition def, JsonNode value, Leniency leniency,
      List<LintFinding> findings, String path) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return NullNode.getInstance();
    }
    return switch (def.type()) {
      case STRING, REFERENCE -> requireString(def, value, path);
      case BOOLEAN -> checkBoolean(def, value, leniency, findings, path);
      case INTEGER -> checkInteger(def, value, path);
      case DECIMAL -> checkDecimal(def, value, path);
      case DATE_TIME -> checkDateTime(def, value, path);
      case BINARY -> checkBinary(def, value, path);
      case COMPLEX -> checkComplex(def, value, leniency, findings, path);
    };
  }

  /**
   * RFC 7643 §2.4: "The primary attribute value 'true' MUST appear no more than once." {@code value} is the
   * array of a multi-valued complex attribute; anything else is left alone.
   */
  public static void checkSinglePrimary(AttributeDefinition def, JsonNode value, String path) {
    if (value == null || !value.isArray() || def.subAttribute("primary").isEmpty()) {
      return;
    }
    int primaries = 0;
    for (JsonNode item : value) {
      JsonNode primary = Json.field(item, "primary");
      if (primary != null && primary.isBoolean() && primary.booleanValue()) {
        primaries++;
      }
    }
    if (primaries > 1) {
      throw ScimException.invalidValue("Attribute '" + path + "' has " + primaries + " values with \"primary\": true;"
          + " at most one is allowed (RFC 7643 §2.4).");
    }
  }

  private static JsonNode unwrapSingleton(AttributeDefinition def, JsonNode value, Leniency leniency,
      List<LintFinding> findings, String path) {
    if (!value.isArray()) {
      return value;
    }
    if (leniency.lenient() && value.size() == 1) {
      // Entra has been seen sending "manager" as an array of one {$ref, value}.
      report(findings, "multi-value-for-single-valued", "RFC 7643 §2.4",
          "'" + path + "' is single-valued; the array of one was taken as its value.", path, value);
      return value.get(0);
    }
    throw ScimException.invalidValue("Attribute '" + path + "' is single-valued and must be " + article(def)
        + " " + typeName(def) + ", not an array (RFC 7643 §2.4).");
  }

  private static JsonNode requireString(AttributeDefinition def, JsonNode value, String path) {
    if (!value.isTextual()) {
      throw wrongType(def, value, path);
    }
    return value;
  }

  private static JsonNode checkBoolean(AttributeDefinition def, JsonNode value, Leniency leniency,
      List<LintFinding> findings, String path) {
    if (value.isBoolean()) {
      return value;
    }
    if (value.isTextual() && leniency.lenient()) {
      String text = value.textValue();
      if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
        // Entra's legacy PATCH sends "active": "False".
        report(findings, "string-boolean", "RFC 7643 §2.3.2",
            "'" + path + "' is a boolean and must be the JSON literal true or false, not a string.", path, value);
        return Json.NODES.booleanNode(text.equalsIgnoreCase("true"));
      }
    }
    throw wrongType(def, value, path);
  }

  private static JsonNode checkInteger(AttributeDefinition def, JsonNode value, String path) {
    // Jackson reads 1.0 and 1e3 as decimals: RFC 7643 §2.3.4 wants "no fractional digits or decimal".
    if (!value.isIntegralNumber()) {
      throw wrongType(def, value, path);
    }
    return value;
  }

  private static JsonNode checkDecimal(AttributeDefinition def, JsonNode value, String path) {
    if (!value.isNumber()) {
      throw wrongType(def, value, path);
    }
    return value;
  }

  private static JsonNode checkDateTime(AttributeDefinition def, JsonNode value, String path) {
    if (!value.isTextual() || !XsdDateTime.isValid(value.textValue())) {
      throw wrongType(def, value, path);
    }
    return value;
  }

  private static JsonNode checkBinary(AttributeDefinition def, JsonNode value, String path) {
    // RFC 7643 §2.3.6 wants RFC 4648 §4 base64: not base64url, no line breaks, and "trailing padding characters
    // MAY be omitted". Java's basic decoder enforces the rest; a length of 1 modulo 4 encodes no whole byte.
    if (!value.isTextual() || value.textValue().length() % 4 == 1) {
      throw wrongType(def, value, path);
    }
    try {
      Base64.getDecoder().decode(value.textValue());
    } catch (IllegalArgumentException e) {
      throw wrongType(def, value, path);
    }
    return value;
  }

  private static JsonNode checkComplex(AttributeDefinition def, JsonNode value, Leniency leniency,
      List<LintFinding> findings, String path) {
    if (value.isTextual() && leniency.lenient() && def.subAttribute("value").isPresent()) {
      // Entra sends the enterprise "manager" as a bare id; OneLogin collapses roles into strings.
      report(findings, "string-for-complex", "RFC 7643 §2.3.8",
          "'" + path + "' is complex; the string was taken as its \"value\" sub-attribute.", path, value);
      ObjectNode wrapped = Json.object();
      wrapped.set(def.subAttribute("value").orElseThrow().name(), value);
      return wrapped;
    }
    if (!value.isObject()) {
      throw wrongType(def, value, path);
    }
    ObjectNode out = Json.object();
    Set<String> seen = new HashSet<>();
    for (Map.Entry<String, JsonNode> field : value.properties()) {
      String subPath = path + "." + field.getKey();
      if (!seen.add(field.getKey().toLowerCase(Locale.ROOT))) {
        throw ScimException.invalidSyntax("Attribute '" + subPath + "' appears twice (names differ only in case, and"
            + " attribute names are case-insensitive, RFC 7643 §2.1).");
      }
      var sub = def.subAttribute(field.getKey());
      if (sub.isEmpty()) {
        if (!leniency.lenient()) {
          throw ScimException.invalidValue("Attribute '" + path + "' has no sub-attribute '" + field.getKey()
              + "' (RFC 7643 §2.3.8, RFC 7644 §3.3).");
        }
        report(findings, "unknown-attribute", "RFC 7644 §3.3",
            "'" + subPath + "' is not defined by the schema and was ignored.", subPath, field.getValue());
        continue;
      }
      AttributeDefinition subDef = sub.get();
      String canonicalPath = path + "." + subDef.name();
      out.set(subDef.name(), check(subDef, field.getValue(), leniency, findings, canonicalPath));
    }
    return out;
  }

  private static ScimException wrongType(AttributeDefinition def, JsonNode value, String path) {
    return ScimException.invalidValue("Attribute '" + path + "' must be " + article(def) + " " + typeName(def)
        + " (" + section(def.type()) + "); got " + describe(value) + ".");
  }

  private static String typeName(AttributeDefinition def) {
    return switch (def.type()) {
      case STRING -> "string";
      case BOOLEAN -> "boolean (true or false)";
      case DECIMAL -> "decimal number";
      case INTEGER -> "integer (a whole number without fraction or exponent)";
      case DATE_TIME -> "dateTime (an xsd:dateTime string such as 2008-01-23T04:56:22Z)";
      case BINARY -> "binary value (a base64 string)";
      case REFERENCE -> "reference (a URI string)";
      case COMPLEX -> "complex value (a JSON object)";
    };
  }

  private static String article(AttributeDefinition def) {
    return switch (def.type()) {
      case INTEGER -> "an";
      default -> "a";
    };
  }

  private static String section(AttributeType type) {
    return switch (type) {
      case STRING -> "RFC 7643 §2.3.1";
      case BOOLEAN -> "RFC 7643 §2.3.2";
      case DECIMAL -> "RFC 7643 §2.3.3";
      case INTEGER -> "RFC 7643 §2.3.4";
      case DATE_TIME -> "RFC 7643 §2.3.5";
      case BINARY -> "RFC 7643 §2.3.6";
      case REFERENCE -> "RFC 7643 §2.3.7";
      case COMPLEX -> "RFC 7643 §2.3.8";
    };
  }

  private static String describe(JsonNode value) {
    String kind = switch (value.getNodeType()) {
      case STRING -> "the string";
      case NUMBER -> "the number";
      case BOOLEAN -> "the boolean";
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      default -> "the value";
    };
    String text = Json.write(value);
    return kind + " " + (text.length() > 60 ? text.substring(0, 57) + "..." : text);
  }

  private static void report(List<LintFinding> findings, String rule, String section, String detail, String path,
      JsonNode value) {
    Findings.add(findings, rule, section, detail, path, value);
  }
}
