package dev.scimharness.scim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.lint.LintFinding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Validates a resource body for create (POST, RFC 7644 §3.3) and replace (PUT, RFC 7644 §3.5.1) against its
 * {@link ResourceSchema}, and returns the form the store keeps: names in the schema's spelling (RFC 7643 §2.1),
 * values type-checked and coerced by {@link AttributeValues}, read-only and server-owned attributes removed
 * (RFC 7643 §7: readOnly values "SHALL be ignored"), unassigned values removed (RFC 7643 §2.5).
 * <p>The result holds only what the client sent: for a replace, attributes the body leaves out are gone
 * (RFC 7644 §3.5.1), and the caller adds back what the server owns ({@code id}, {@code meta}, {@code groups}).
 */
public final class ResourceValidator {
  /** Echoed by every read-modify-write client (Okta's PUT): not worth a finding. */
  private static final Set<String> SERVER_OWNED = Set.of("id", "meta");

  private final ResourceSchema schema;
  private final Leniency leniency;
  private final JsonNode existing;
  private final List<LintFinding> findings = new ArrayList<>();

  private ResourceValidator(ResourceSchema schema, Leniency leniency, JsonNode existing) {
    this.schema = Objects.requireNonNull(schema, "schema");
    this.leniency = Objects.requireNonNull(leniency, "leniency");
    this.existing = existing;
  }

  public static ValidatedResource forCreate(JsonNode body, ResourceSchema schema, Leniency leniency) {
    return new ResourceValidator(schema, leniency, null).validate(body);
  }

  /** {@code existing} is the stored resource being replaced; immutable attributes are checked against it. */
  public static ValidatedResource forReplace(JsonNode body, JsonNode existing, ResourceSchema schema,
      Leniency leniency) {
    if (existing == null || !existing.isObject()) {
      throw new IllegalArgumentException("a replace needs the existing resource as a JSON object");
    }
    return new ResourceValidator(schema, leniency, existing).validate(body);
  }

  private ValidatedResource validate(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw ScimException.invalidSyntax("The request body must be a JSON object representing a "
          + schema.resourceType().name() + " (RFC 7644 §3.3).");
    }
    JsonNode sentSchemas = null;
    ObjectNode attributes = Json.object();
    Map<String, ObjectNode> containers = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (Map.Entry<String, JsonNode> field : body.properties()) {
      String key = field.getKey();
      JsonNode value = field.getValue();
      requireOnce(seen, key, key);
      if (key.equalsIgnoreCase(CommonAttributes.SCHEMAS.name())) {
        sentSchemas = value;
      } else if (schema.extension(key).isPresent()) {
        Schema ext = schema.extension(key).orElseThrow();
        ObjectNode container = extension(ext, value);
        if (container != null) {
          containers.put(ext.id(), container);
        }
      } else if (schema.coreAttribute(key).isPresent()) {
        AttributeDefinition def = schema.coreAttribute(key).orElseThrow();
        setIfAssigned(attributes, def.name(), attribute(def, value, def.name(), Json.field(existing, def.name())));
      } else {
        unknown(key, value);
      }
    }
    ObjectNode out = Json.object();
    out.set(CommonAttributes.SCHEMAS.name(),
        SchemaUrns.canonical(sentSchemas, schema, containers.keySet(), leniency, findings));
    out.setAll(attributes);
    containers.forEach(out::set);
    requireRequired(out);
    if (existing != null) {
      requireImmutableUnchanged(out);
    }
    return new ValidatedResource(out, findings);
  }

  private ObjectNode extension(Schema ext, JsonNode value) {
    if (Unassigned.isUnassigned(value)) {
      return null;
    }
    if (!value.isObject()) {
      throw ScimException.invalidValue("The extension '" + ext.id() + "' must be a JSON object holding its"
          + " attributes (RFC 7643 §3); got " + value.getNodeType().name().toLowerCase(Locale.ROOT) + ".");
    }
    JsonNode existingContainer = Json.field(existing, ext.id());
    ObjectNode out = Json.object();
    Set<String> seen = new HashSet<>();
    for (Map.Entry<String, JsonNode> field : value.properties()) {
      String path = ext.id() + ":" + field.getKey();
      requireOnce(seen, field.getKey(), path);
      var def = ext.attribute(field.getKey());
      if (def.isEmpty()) {
        unknown(path, field.getValue());
        continue;
      }
      String name = def.get().name();
      setIfAssigned(out, name, attribute(def.get(), field.getValue(), ext.id() + ":" + name,
          Json.field(existingContainer, name)));
    }
    return out.isEmpty() ? null : out;
  }

  /** One attribute as stored, or {@code null} when it is read-only or unassigned. */
  private JsonNode attribute(AttributeDefinition def, JsonNode value, String path, JsonNode existingValue) {
    if (def.mutability() == Mutability.READ_ONLY) {
      if (!SERVER_OWNED.contains(def.name()) && informative(def, value, existingValue)) {
        readOnlySent(path, value);
      }
      return null;
    }
    boolean echo = existing != null && AttributeEquivalence.equivalent(def, value, existingValue);
    JsonNode writable = withoutReadOnlySubAttributes(def, value, path, echo);
    return Unassigned.prune(AttributeValues.check(def, writable, leniency, findings, path));
  }

  /** A read-only value is worth a finding unless it is empty or the unchanged echo of what was read. */
  private boolean informative(AttributeDefinition def, JsonNode value, JsonNode existingValue) {
    return !Unassigned.isUnassigned(value)
        && (existing == null || !AttributeEquivalence.equivalent(def, value, existingValue));
  }

  private void readOnlySent(String path, JsonNode value) {
    Findings.add(findings, "read-only-attribute-sent", "RFC 7643 §7", "'" + path + "' is readOnly; the service"
        + " provider ignores it.", path, value);
  }

  /** {@code manager.displayName} and the like: removed before type checks, since they are ignored anyway. */
  private JsonNode withoutReadOnlySubAttributes(AttributeDefinition def, JsonNode value, String path, boolean echo) {
    if (!def.isComplex() || value == null || def.subAttributes().stream()
        .noneMatch(s -> s.mutability() == Mutability.READ_ONLY)) {
      return value;
    }
    if (value.isArray()) {
      var out = Json.NODES.arrayNode();
      value.forEach(item -> out.add(withoutReadOnlySubAttributes(def, item, path, echo)));
      return out;
    }
    if (!value.isObject()) {
      return value;
    }
    ObjectNode out = Json.object();
    for (Map.Entry<String, JsonNode> field : value.properties()) {
      var sub = def.subAttribute(field.getKey());
      if (sub.isPresent() && sub.get().mutability() == Mutability.READ_ONLY) {
        if (!echo && !Unassigned.isUnassigned(field.getValue())) {
          readOnlySent(path + "." + sub.get().name(), field.getValue());
        }
      } else {
        out.set(field.getKey(), field.getValue());
      }
    }
    return out;
  }

  private void unknown(String path, JsonNode value) {
    if (!leniency.lenient()) {
      throw ScimException.invalidValue("Attribute '" + path + "' is not defined for resource type "
          + schema.resourceType().name() + " (RFC 7644 §3.3).");
    }
    Findings.add(findings, "unknown-attribute", "RFC 7644 §3.3", "'" + path + "' is not defined for resource type "
        + schema.resourceType().name() + " and was ignored.", path, value);
  }

  private void requireRequired(ObjectNode out) {
    for (AttributeDefinition def : schema.topLevel()) {
      requireIfRequired(def, out.get(def.name()), def.name());
    }
    for (Schema ext : schema.extensions()) {
      JsonNode container = out.get(ext.id());
      boolean requiredByType = schema.resourceType().schemaExtensions().stream()
          .anyMatch(e -> e.required() && e.schema().equalsIgnoreCase(ext.id()));
      if (requiredByType && container == null) {
        throw ScimException.invalidValue("Resource type " + schema.resourceType().name() + " requires the extension '"
            + ext.id() + "' (RFC 7643 §6).");
      }
      if (container != null || requiredByType) {
        for (AttributeDefinition def : ext.attributes()) {
          requireIfRequired(def, Json.field(container, def.name()), ext.id() + ":" + def.name());
        }
      }
    }
  }

  private static void requireIfRequired(AttributeDefinition def, JsonNode value, String path) {
    if (def.mutability() == Mutability.READ_ONLY) {
      return;
    }
    if (def.required() && (Unassigned.isUnassigned(value) || (value.isTextual() && value.textValue().isBlank()))) {
      throw ScimException.invalidValue("Attribute '" + path + "' is required (RFC 7643 §7) and has no value.");
    }
    if (value == null || !def.isComplex()) {
      return;
    }
    List<JsonNode> items = new ArrayList<>();
    if (value.isArray()) {
      value.forEach(items::add);
    } else {
      items.add(value);
    }
    for (JsonNode item : items) {
      for (AttributeDefinition sub : def.subAttributes()) {
        requireIfRequired(sub, Json.field(item, sub.name()), path + "." + sub.name());
      }
    }
  }

  /**
   * RFC 7644 §3.5.1, immutable: "If one or more values are already set for the attribute, the input value(s)
   * MUST match". Immutable sub-attributes of a multi-valued attribute ({@code members.value}) are not
   * compared: replacing the list replaces whole values, which is not a change of one value's sub-attribute.
   */
  private void requireImmutableUnchanged(ObjectNode out) {
    for (AttributeDefinition def : schema.topLevel()) {
      requireUnchanged(def, Json.field(existing, def.name()), out.get(def.name()), def.name());
    }
    for (Schema ext : schema.extensions()) {
      JsonNode before = Json.field(existing, ext.id());
      JsonNode after = out.get(ext.id());
      for (AttributeDefinition def : ext.attributes()) {
        requireUnchanged(def, Json.field(before, def.name()), Json.field(after, def.name()), ext.id() + ":" + def.name());
      }
    }
  }

  private static void requireUnchanged(AttributeDefinition def, JsonNode before, JsonNode after, String path) {
    if (def.mutability() == Mutability.IMMUTABLE) {
      if (!Unassigned.isUnassigned(before) && !AttributeEquivalence.equivalent(def, before, after)) {
        throw ScimException.mutability("Attribute '" + path + "' is immutable and already has the value "
            + Json.write(before) + "; a replace must send the same value (RFC 7644 §3.5.1).");
      }
      return;
    }
    if (def.isComplex() && !def.multiValued() && def.mutability() != Mutability.READ_ONLY) {
      for (AttributeDefinition sub : def.subAttributes()) {
        requireUnchanged(sub, Json.field(before, sub.name()), Json.field(after, sub.name()), path + "." + sub.name());
      }
    }
  }

  private static void requireOnce(Set<String> seen, String key, String path) {
    if (!seen.add(key.toLowerCase(Locale.ROOT))) {
      throw ScimException.invalidSyntax("Attribute '" + path + "' appears twice (names differ only in case, and"
          + " attribute names are case-insensitive, RFC 7643 §2.1).");
    }
  }

  private static void setIfAssigned(ObjectNode target, String name, JsonNode value) {
    if (value != null) {
      target.set(name, value);
    }
  }
}
