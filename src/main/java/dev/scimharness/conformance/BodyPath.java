package dev.scimharness.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.scim.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Addresses values inside a SCIM JSON body for assertions: {@code name.givenName}, {@code emails[0].value},
 * {@code emails[type eq "work"].value}, {@code Resources[1].id}, and extension paths
 * {@code urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber}. Names match ignoring case
 * (RFC 7643 §2.1). A step into a multi-valued attribute without an index looks into every value.
 */
public final class BodyPath {
  private BodyPath() {}

  /** Every value the path reaches; empty when it reaches nothing. */
  public static List<JsonNode> select(JsonNode root, String path) {
    List<JsonNode> current = new ArrayList<>();
    if (root != null) {
      current.add(root);
    }
    String rest = path.trim();
    if (rest.regionMatches(true, 0, "urn:", 0, 4)) {
      // Extension attributes live under their schema URN: the longest key of the body the path starts with.
      String key = root == null ? null : urnKey(root, rest);
      if (key == null) {
        return List.of();
      }
      current = step(current, key, null);
      rest = key.length() < rest.length() ? rest.substring(key.length() + 1) : "";
    }
    for (Segment s : segments(rest)) {
      current = step(current, s.name(), s.selector());
    }
    return current;
  }

  /** The first value the path reaches, or {@code null}. */
  public static JsonNode first(JsonNode root, String path) {
    List<JsonNode> all = select(root, path);
    return all.isEmpty() ? null : all.get(0);
  }

  private static String urnKey(JsonNode root, String path) {
    String best = null;
    var names = root.fieldNames();
    while (names.hasNext()) {
      String k = names.next();
      boolean prefix = path.regionMatches(true, 0, k, 0, k.length())
          && (path.length() == k.length() || path.charAt(k.length()) == ':');
      if (prefix && (best == null || k.length() > best.length())) {
        best = k;
      }
    }
    return best;
  }

  private record Segment(String name, String selector) {}

  private static List<Segment> segments(String path) {
    List<Segment> out = new ArrayList<>();
    int i = 0;
    while (i < path.length()) {
      int start = i;
      while (i < path.length() && path.charAt(i) != '.' && path.charAt(i) != '[') {
        i++;
      }
      String name = path.substring(start, i);
      String selector = null;
      if (i < path.length() && path.charAt(i) == '[') {
        int close = closing(path, i);
        selector = path.substring(i + 1, close).trim();
        i = close + 1;
      }
      if (i < path.length() && path.charAt(i) == '.') {
        i++;
      }
      if (name.isEmpty() && selector == null) {
        throw new IllegalArgumentException("empty step in body path '" + path + "'");
      }
      out.add(new Segment(name, selector));
    }
    return out;
  }

  private static int closing(String path, int open) {
    boolean quoted = false;
    for (int i = open + 1; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ']' && !quoted) {
        return i;
      }
    }
    throw new IllegalArgumentException("unclosed '[' in body path '" + path + "'");
  }

  private static List<JsonNode> step(List<JsonNode> nodes, String name, String selector) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode n : nodes) {
      JsonNode child = name.isEmpty() ? n : Json.field(n, name);
      if (child == null || child.isNull() || child.isMissingNode()) {
        continue;
      }
      if (selector == null) {
        out.add(child);
      } else if (selector.matches("\\d+")) {
        int index = Integer.parseInt(selector);
        if (child.isArray() && index < child.size()) {
          out.add(child.get(index));
        }
      } else {
        for (JsonNode element : child.isArray() ? child : List.of(child)) {
          if (matches(element, selector)) {
            out.add(element);
          }
        }
      }
    }
    // A plain step into an array looks at its elements, as a SCIM path does for multi-valued attributes.
    if (selector == null) {
      List<JsonNode> flat = new ArrayList<>();
      for (JsonNode n : out) {
        if (n.isArray()) {
          n.forEach(flat::add);
        } else {
          flat.add(n);
        }
      }
      return flat;
    }
    return out;
  }

  // Only the equality form "sub eq value" is needed to pick values in assertions.
  private static boolean matches(JsonNode element, String selector) {
    String[] parts = selector.split("\\s+", 3);
    if (parts.length != 3 || !parts[1].equalsIgnoreCase("eq")) {
      throw new IllegalArgumentException("body path selector must be [N] or [attr eq value], got [" + selector + "]");
    }
    JsonNode v = Json.field(element, parts[0]);
    if (v == null) {
      return false;
    }
    String expected = parts[2].trim();
    if (expected.startsWith("\"") && expected.endsWith("\"") && expected.length() >= 2) {
      expected = expected.substring(1, expected.length() - 1);
    }
    return v.asText().toLowerCase(Locale.ROOT).equals(expected.toLowerCase(Locale.ROOT));
  }
}
