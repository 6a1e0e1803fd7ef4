package dev.scimharness.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A request body as the lint log keeps it: the value of every {@code password} attribute masked at any depth
 * (names compared ignoring case, RFC 7643 §2.1), including a PATCH operation whose {@code path} is the password
 * (RFC 7644 §3.5.2), and cut at {@link #MAX_CHARS}. Tokens travel in headers, which are never kept.
 */
final class BodyRedaction {
  static final String MASK = "***";
  static final int MAX_CHARS = 16 * 1024;

  private BodyRedaction() {}

  static String apply(String body) {
    if (body == null || body.isBlank()) {
      return "";
    }
    String out = body;
    if (body.toLowerCase(Locale.ROOT).contains("password")) {
      try {
        JsonNode tree = Json.MAPPER.readTree(body);
        mask(tree);
        out = Json.write(tree);
      } catch (java.io.IOException e) {
        // Not JSON: nothing a password attribute could be told apart in, so none of it is kept.
        return "(a body that is not JSON and names a password; not kept)";
      }
    }
    return out.length() <= MAX_CHARS ? out : out.substring(0, MAX_CHARS) + "…(truncated)";
  }

  private static void mask(JsonNode node) {
    if (node instanceof ObjectNode o) {
      boolean passwordPath = o.path("path").isTextual() && isPassword(o.path("path").asText());
      List<String> names = new ArrayList<>();
      o.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        JsonNode v = o.get(name);
        if ((isPassword(name) || (passwordPath && name.equalsIgnoreCase("value"))) && !v.isNull()) {
          o.put(name, MASK);
        } else {
          mask(v);
        }
      }
    } else if (node instanceof ArrayNode a) {
      a.forEach(BodyRedaction::mask);
    }
  }

  private static boolean isPassword(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.equals("password") || n.endsWith(":password") || n.endsWith(".password");
  }
}
