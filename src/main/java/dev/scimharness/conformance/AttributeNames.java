package dev.scimharness.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * RFC 7643 §2.1: "ATTRNAME = ALPHA *(nameChar); nameChar = "-" / "_" / DIGIT / ALPHA". Two kinds of member are
 * not attribute names: a schema extension's container, named by its schema URI (RFC 7643 §3.3), and
 * {@code $ref}, the reference sub-attribute RFC 7643 §2.4 itself defines for multi-valued attributes.
 */
public final class AttributeNames {
  private static final Pattern ATTRNAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

  private AttributeNames() {}

  public static boolean isAttrName(String name) {
    return ATTRNAME.matcher(name).matches();
  }

  /** The members of a resource whose names break the ABNF, as dotted paths; empty when none does. */
  public static List<String> violations(JsonNode resource) {
    List<String> out = new ArrayList<>();
    if (resource == null || !resource.isObject()) {
      return out;
    }
    for (Map.Entry<String, JsonNode> e : iterable(resource)) {
      String name = e.getKey();
      if (name.regionMatches(true, 0, "urn:", 0, 4) && Expect.containsText(resource.get("schemas"), name)) {
        walk(name, e.getValue(), out);
      } else if (!isAttrName(name)) {
        out.add(name);
      } else {
        walk(name, e.getValue(), out);
      }
    }
    return out;
  }

  private static void walk(String where, JsonNode value, List<String> out) {
    if (value.isArray()) {
      value.forEach(v -> walk(where, v, out));
      return;
    }
    if (!value.isObject()) {
      return;
    }
    for (Map.Entry<String, JsonNode> e : iterable(value)) {
      String path = where + "." + e.getKey();
      if (!e.getKey().equals("$ref") && !isAttrName(e.getKey())) {
        out.add(path);
      }
      walk(path, e.getValue(), out);
    }
  }

  private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode object) {
    return object::fields;
  }
}
