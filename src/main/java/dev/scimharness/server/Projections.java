package dev.scimharness.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.ResourceSchema;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The server's entry to projection: {@code attributes}, {@code excludedAttributes} and the {@code returned} rules. */
final class Projections {
  private Projections() {}

  // Interim until the schema projection lands: top-level names only.
  static ObjectNode project(ObjectNode full, ResourceSchema schema, String attributes, String excluded) {
    ObjectNode out = full.deepCopy();
    String pw = Json.fieldName(out, "password");
    if (pw != null) {
      out.remove(pw);
    }
    if (attributes != null && !attributes.isBlank()) {
      Set<String> keep = names(attributes);
      keep.addAll(Set.of("id", "schemas"));
      out.retain(out.properties().stream().map(e -> e.getKey())
          .filter(k -> keep.contains(k.toLowerCase(Locale.ROOT))).toList());
    } else if (excluded != null && !excluded.isBlank()) {
      Set<String> drop = names(excluded);
      drop.removeAll(Set.of("id", "schemas"));
      out.remove(out.properties().stream().map(e -> e.getKey())
          .filter(k -> drop.contains(k.toLowerCase(Locale.ROOT))).toList());
    }
    return out;
  }

  private static Set<String> names(String list) {
    return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty())
        .map(s -> s.substring(s.lastIndexOf(':') + 1))
        .map(s -> s.contains(".") ? s.substring(0, s.indexOf('.')) : s)
        .map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
  }
}
