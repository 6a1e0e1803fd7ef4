package dev.scimharness.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A learned dialect writes {@code unknown} where the traffic did not show a value (docs/learned-dialects.md). Only
 * where such a value can stand: the retry policy, the query encoding, the content type, and the answers a lookup
 * reads as "not there". An unknown field is left out, so the simulator's default applies; an unknown item of a
 * list is dropped, the items seen stay. Templates (bodies, queries) are never touched: "unknown" may be data there.
 */
final class Unknowns {
  static final String WORD = "unknown";

  private Unknowns() {}

  /** Removes the unknowns from a dialect's tree; returns where they were ({@code retry.maxAttempts}). */
  static List<String> strip(JsonNode dialect) {
    List<String> out = new ArrayList<>();
    if (dialect == null || !dialect.isObject()) {
      return out;
    }
    ObjectNode root = (ObjectNode) dialect;
    if (WORD.equals(root.path("contentType").asText(null))) {
      root.remove("contentType");
      out.add("contentType");
    }
    strip(root.get("retry"), "retry", out);
    strip(root.get("query"), "query", out);
    for (String side : List.of("users", "groups")) {
      JsonNode match = root.path(side).path("match");
      if (match.isObject()) {
        strip(match.get("notFound"), side + ".match.notFound", out);
      }
    }
    return out;
  }

  private static void strip(JsonNode node, String where, List<String> out) {
    if (node instanceof ObjectNode o) {
      for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (WORD.equals(e.getValue().asText(null)) && e.getValue().isTextual()) {
          it.remove();
          out.add(where + "." + e.getKey());
        } else {
          strip(e.getValue(), where + "." + e.getKey(), out);
        }
      }
    } else if (node instanceof ArrayNode a) {
      for (int i = a.size() - 1; i >= 0; i--) {
        if (a.get(i).isTextual() && WORD.equals(a.get(i).textValue())) {
          a.remove(i);
          out.add(where);
        }
      }
    }
  }
}
