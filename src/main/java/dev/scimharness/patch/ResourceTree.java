package dev.scimharness.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.lint.LintFinding;
import dev.scimharness.scim.AttributeDefinition;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.Leniency;
import dev.scimharness.scim.Mutability;
import dev.scimharness.scim.ResourceSchema;
import dev.scimharness.scim.Schema;
import dev.scimharness.scim.ScimException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The working copy of a resource during one PATCH, and the writes every operation is made of. Each write enforces
 * the mutability rules of RFC 7644 §3.5.2 ("a client MUST NOT modify an attribute that has mutability 'readOnly' or
 * 'immutable'. However, a client MAY 'add' a value to an 'immutable' attribute if the attribute had no previous
 * value") and of §3.5.2.2 (an attribute that is required or readOnly and becomes unassigned is {@code mutability}),
 * writes keys in the schema's spelling, and records whether anything changed.
 */
class ResourceTree {
  final ObjectNode doc;
  final ResourceSchema schema;
  final Leniency leniency;
  final List<LintFinding> findings = new ArrayList<>();
  private final Set<String> touchedExtensions = new LinkedHashSet<>();
  private boolean changed;

  ResourceTree(ObjectNode doc, ResourceSchema schema, Leniency leniency) {
    this.doc = doc;
    this.schema = schema;
    this.leniency = leniency;
  }

  boolean changed() {
    return changed;
  }

  void markChanged() {
    changed = true;
  }

  /** The object holding a top-level attribute: the resource, or the extension's container (made on demand). */
  ObjectNode container(String extensionUrn, boolean create) {
    if (extensionUrn == null) {
      return doc;
    }
    touchedExtensions.add(extensionUrn);
    String key = Json.fieldName(doc, extensionUrn);
    JsonNode node = key == null ? null : doc.get(key);
    if (node instanceof ObjectNode object) {
      if (!key.equals(extensionUrn)) {
        doc.remove(key);
        doc.set(extensionUrn, object);
      }
      return object;
    }
    if (!create) {
      return null;
    }
    ObjectNode object = Json.object();
    put(doc, key, extensionUrn, object);
    return object;
  }

  /** The current value of {@code def} in {@code container}, or {@code null}. */
  static JsonNode get(ObjectNode container, AttributeDefinition def) {
    return container == null ? null : Json.field(container, def.name());
  }

  /** Sets {@code name}, dropping another spelling of it. */
  static void put(ObjectNode container, String oldKey, String name, JsonNode value) {
    if (oldKey != null && !oldKey.equals(name)) {
      container.remove(oldKey);
    }
    container.set(name, value);
  }

  static boolean unassigned(JsonNode value) {
    return value == null || value.isNull() || (value.isArray() && value.isEmpty());
  }

  /**
   * Gives {@code def} (a sub-attribute of {@code parent} when that is not {@code null}) the value {@code value};
   * a null value unassigns it (RFC 7643 §2.5).
   */
  void assign(ObjectNode container, AttributeDefinition def, AttributeDefinition parent, JsonNode value) {
    String key = Json.fieldName(container, def.name());
    JsonNode old = key == null ? null : container.get(key);
    if (unassigned(value)) {
      unassign(container, key, def, parent);
      return;
    }
    if (old != null && old.equals(value)) {
      put(container, key, def.name(), old);
      return;
    }
    checkModifiable(def, parent, old);
    put(container, key, def.name(), value);
    changed = true;
  }

  /** Removes {@code def} from {@code container} (under {@code key}, its spelling there, or nothing if absent). */
  void unassign(ObjectNode container, String key, AttributeDefinition def, AttributeDefinition parent) {
    JsonNode old = key == null ? null : container.get(key);
    if (unassigned(old)) {
      if (key != null) {
        container.remove(key);
      }
      return;
    }
    if (def.required()) {
      throw ScimException.mutability("\"" + name(def, parent) + "\" is required and cannot be removed"
          + " (RFC 7644 §3.5.2.2).");
    }
    checkModifiable(def, parent, old);
    container.remove(key);
    changed = true;
  }

  /** RFC 7644 §3.5.2: readOnly never changes; immutable changes only from no value. */
  void checkModifiable(AttributeDefinition def, AttributeDefinition parent, JsonNode old) {
    if (def.mutability() == Mutability.READ_ONLY || (parent != null && parent.mutability() == Mutability.READ_ONLY)) {
      throw readOnly(def, parent);
    }
    if (def.mutability() == Mutability.IMMUTABLE && !unassigned(old)) {
      throw ScimException.mutability("\"" + name(def, parent) + "\" is immutable and already has a value"
          + " (RFC 7643 §7, RFC 7644 §3.5.2).");
    }
  }

  static ScimException readOnly(AttributeDefinition def, AttributeDefinition parent) {
    return ScimException.mutability("\"" + name(def, parent) + "\" is readOnly; clients cannot modify it"
        + " (RFC 7643 §7, RFC 7644 §3.5.2).");
  }

  static String name(AttributeDefinition def, AttributeDefinition parent) {
    return parent == null ? def.name() : parent.name() + "." + def.name();
  }

  /** The array of a multi-valued attribute, made (empty, unattached) when absent; a lone value becomes a list. */
  static ArrayNode array(JsonNode existing) {
    if (existing instanceof ArrayNode a) {
      return a;
    }
    ArrayNode a = Json.NODES.arrayNode();
    if (!unassigned(existing)) {
      a.add(existing);
    }
    return a;
  }

  /** Drops null sub-attributes: in a value being added they mean "unassigned" (RFC 7643 §2.5). */
  static JsonNode withoutNulls(JsonNode value) {
    if (value instanceof ObjectNode o) {
      o.properties().removeIf(e -> e.getValue().isNull());
    } else if (value instanceof ArrayNode a) {
      a.forEach(ResourceTree::withoutNulls);
    }
    return value;
  }

  void finding(String rule, String section, String detail, String fragment) {
    findings.add(new LintFinding(rule, section, detail, fragment));
  }

  /**
   * Keeps {@code schemas} in step with the extension containers this request touched (RFC 7643 §3: "schemas"
   * lists the schemas present), and drops containers left empty.
   */
  void settleExtensions() {
    for (String urn : touchedExtensions) {
      String key = Json.fieldName(doc, urn);
      JsonNode container = key == null ? null : doc.get(key);
      boolean present = container != null && container.isObject() && !container.isEmpty();
      if (!present && container != null && (container.isObject() || container.isNull())) {
        doc.remove(key);
      }
      setSchemaListed(urn, present);
    }
  }

  private void setSchemaListed(String urn, boolean listed) {
    String key = Json.fieldName(doc, "schemas");
    JsonNode schemas = key == null ? null : doc.get(key);
    ArrayNode list = schemas instanceof ArrayNode a ? a : null;
    int at = -1;
    if (list != null) {
      for (int i = 0; i < list.size(); i++) {
        if (list.get(i).isTextual() && list.get(i).textValue().equalsIgnoreCase(urn)) {
          at = i;
          break;
        }
      }
    }
    if (listed && at < 0) {
      if (list == null) {
        list = Json.NODES.arrayNode().add(schema.core().id());
        put(doc, key, "schemas", list);
      }
      list.add(urn);
      changed = true;
    } else if (!listed && at >= 0) {
      list.remove(at);
      changed = true;
    }
  }

  /** Every extension schema's id, for recognising a container key in a path-less value. */
  Schema extension(String key) {
    return schema.extension(key).orElse(null);
  }
}
