package dev.scimharness.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.scim.AttributePath;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.ResolvedAttribute;
import dev.scimharness.scim.ResourceSchema;
import dev.scimharness.scim.ScimException;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code sortBy} / {@code sortOrder} (RFC 7644 §3.4.2.3): extracts the value a resource sorts by — for a
 * multi-valued attribute its primary (else first) value — and orders those values by type, strings honouring
 * {@code caseExact}; resources without a value come last in ascending order, and the descending order is the
 * exact reverse.
 */
final class SortKey {
  private final AttributePath path;
  private final Optional<ResolvedAttribute> resolved;
  private final Comparator<JsonNode> order;
  private final boolean byPrimary;

  private SortKey(AttributePath path, Optional<ResolvedAttribute> resolved, boolean descending, boolean byPrimary) {
    this.path = path;
    this.resolved = resolved;
    this.byPrimary = byPrimary;
    boolean caseExact = resolved.map(r -> r.definition().caseExact()).orElse(false);
    Comparator<JsonNode> ascending = (a, b) -> {
      if (a == null || b == null) {
        return a == null ? (b == null ? 0 : 1) : -1;
      }
      return compare(a, b, caseExact);
    };
    this.order = descending ? ascending.reversed() : ascending;
  }

  /** {@code byPrimary}: a multi-valued attribute sorts by its primary value (RFC 7644 §3.4.2.3), else its first. */
  static SortKey of(String sortBy, String sortOrder, ResourceSchema schema, boolean byPrimary) {
    boolean descending;
    if (sortOrder == null || sortOrder.equalsIgnoreCase("ascending")) {
      descending = false;
    } else if (sortOrder.equalsIgnoreCase("descending")) {
      descending = true;
    } else {
      throw ScimException.invalidValue("sortOrder must be 'ascending' or 'descending', got '" + sortOrder + "'.");
    }
    AttributePath path;
    try {
      path = AttributePath.parse(sortBy.trim());
    } catch (IllegalArgumentException e) {
      throw ScimException.invalidValue("sortBy is not an attribute path: '" + sortBy + "'.");
    }
    return new SortKey(path, schema.resolve(path), descending, byPrimary);
  }

  /** Orders extracted values ({@code null} = no value). */
  Comparator<JsonNode> order() {
    return order;
  }

  /** The value a resource sorts by, or {@code null}. */
  JsonNode extract(JsonNode resource) {
    JsonNode container = resource;
    if (resolved.isPresent() && resolved.get().inExtension()) {
      container = Json.field(resource, resolved.get().extensionUrn());
    }
    JsonNode v = Json.field(container, path.attribute());
    if (v != null && v.isArray()) {
      v = byPrimary ? primaryOrFirst(v) : (v.isEmpty() ? null : v.get(0));
    }
    if (v != null && path.hasSubAttribute()) {
      v = Json.field(v, path.subAttribute());
    } else if (v != null && v.isObject()) {
      v = Json.field(v, "value");
    }
    return v == null || v.isNull() || v.isContainerNode() ? null : v;
  }

  private static JsonNode primaryOrFirst(JsonNode array) {
    for (JsonNode item : array) {
      JsonNode p = Json.field(item, "primary");
      if (p != null && p.asBoolean(false)) {
        return item;
      }
    }
    return array.isEmpty() ? null : array.get(0);
  }

  private static int compare(JsonNode a, JsonNode b, boolean caseExact) {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue());
    }
    if (a.isBoolean() && b.isBoolean()) {
      return Boolean.compare(a.booleanValue(), b.booleanValue());
    }
    String sa = a.asText();
    String sb = b.asText();
    return caseExact ? sa.compareTo(sb) : sa.toLowerCase(Locale.ROOT).compareTo(sb.toLowerCase(Locale.ROOT));
  }
}
