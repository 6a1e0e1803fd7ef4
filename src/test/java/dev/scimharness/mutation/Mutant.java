package dev.scimharness.mutation;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One small change to one answer: the {@code occurrence}-th exchange (from 0) whose request has {@code signature},
 * changed by {@code kind} at {@code target} (a JSON pointer, a header name or a status, by kind).
 */
record Mutant(String signature, int occurrence, Kind kind, String target) {

  /** A stable, human-readable address, also the form the data files hold. */
  String describe() {
    return signature + " #" + occurrence + " " + kind + (target.isEmpty() ? "" : " " + target);
  }

  /** The inverse of {@link #describe()}. */
  static Mutant parse(String text) {
    int hash = text.lastIndexOf(" #");
    String sig = text.substring(0, hash);
    String[] rest = text.substring(hash + 2).split(" ", 3);
    return new Mutant(sig, Integer.parseInt(rest[0]), Kind.valueOf(rest[1]), rest.length > 2 ? rest[2] : "");
  }

  /** The answer as this mutant gives it; {@code previous} is the last body the server gave for the same path. */
  Exchange apply(Exchange e, String previous) {
    return switch (kind) {
      case STATUS -> e.withStatus(Integer.parseInt(target));
      case DROP_HEADER -> e.withHeaders(headers(e, null));
      case CHANGE_HEADER -> e.withHeaders(headers(e, changed(e.header(target))));
      case ECHO_REQUEST -> e.withStatus(200).withBody(e.requestBody());
      case PREVIOUS_VERSION -> previous == null ? e : e.withStatus(200).withBody(previous);
      default -> e.withBody(Json.write(json(Json.parse(e.body()))));
    };
  }

  private JsonNode json(JsonNode root) {
    if (kind == Kind.DROP_SCIM_TYPE) {
      ((ObjectNode) root).remove("scimType");
      return root;
    }
    JsonPointer p = JsonPointer.compile(target);
    JsonNode parent = root.at(p.head());
    String last = p.last().getMatchingProperty();
    JsonNode value = root.at(p);
    JsonNode replacement = switch (kind) {
      case EMPTY_LIST -> JsonNodeFactory.instance.arrayNode();
      case REORDER_LIST -> reversed((ArrayNode) value);
      case REPLACE_VALUE -> Values.other(value);
      default -> null;
    };
    if (parent.isObject()) {
      if (replacement == null) {
        ((ObjectNode) parent).remove(last);
      } else {
        ((ObjectNode) parent).set(last, replacement);
      }
    } else if (parent.isArray()) {
      int i = p.last().getMatchingIndex();
      if (replacement == null) {
        ((ArrayNode) parent).remove(i);
      } else {
        ((ArrayNode) parent).set(i, replacement);
      }
    }
    return root;
  }

  private static ArrayNode reversed(ArrayNode a) {
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    for (int i = a.size() - 1; i >= 0; i--) {
      out.add(a.get(i));
    }
    return out;
  }

  private Map<String, List<String>> headers(Exchange e, String value) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    e.headers().forEach((k, v) -> {
      if (!k.equalsIgnoreCase(target)) {
        out.put(k, v);
      } else if (value != null) {
        out.put(k, List.of(value));
      }
    });
    return out;
  }

  // A value of the same shape: another resource's location, another version, another media type or challenge.
  private static String changed(String v) {
    if (v == null) {
      return "x";
    }
    if (v.startsWith("W/\"") || v.startsWith("\"")) {
      return v.substring(0, v.length() - 1) + "x\"";
    }
    if (v.startsWith("Bearer") || v.startsWith("Basic")) {
      return "Basic realm=\"changed\"";
    }
    if (v.contains("json")) {
      return "text/plain";
    }
    return v.endsWith("/") ? v + "x" : v + "x";
  }

  static List<String> lines(List<Mutant> ms) {
    List<String> out = new ArrayList<>();
    ms.forEach(m -> out.add(m.describe()));
    return out;
  }
}
