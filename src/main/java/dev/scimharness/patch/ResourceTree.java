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
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The working state of a resource during one PATCH, and the writes every operation is made of.
 *
 * <p>Copy on write: the caller's tree is never mutated. The new resource starts as a shallow copy of the root, and
 * a node is copied (shallowly) the first time an operation writes into it, with its parents; every node this class
 * writes into is one it made ({@link #owned}). Adding one member to a group of 10,000 thus copies the root and the
 * member list (references), not the 10,000 members. Untouched values are shared between the input and the result,
 * so both are to be treated as values: change a resource with another PATCH, not in place.
 *
 * <p>Each write enforces the mutability rules of RFC 7644 §3.5.2 ("a client MUST NOT modify an attribute that has
 * mutability 'readOnly' or 'immutable'. However, a client MAY 'add' a value to an 'immutable' attribute if the
 * attribute had no previous value") and of §3.5.2.2 (an attribute that is required or readOnly and becomes
 * unassigned is {@code mutability}), writes keys in the schema's spelling, and records whether anything changed.
 */
class ResourceTree {
  final ObjectNode doc;
  final ResourceSchema schema;
  final Leniency leniency;
  final List<LintFinding> findings = new ArrayList<>();
  private final Set<String> touchedExtensions = new LinkedHashSet<>();
  private boolean changed;

  private final Set<JsonNode> owned = Collections.newSetFromMap(new IdentityHashMap<>());

  ResourceTree(ObjectNode input, ResourceSchema schema, Leniency leniency) {
    this.doc = shallow(input);
    this.schema = schema;
    this.leniency = leniency;
  }

  // ---- copy on write ----------------------------------------------------------------------------------------------

  private ObjectNode shallow(ObjectNode source) {
    Map<String, JsonNode> children = new LinkedHashMap<>(source.size() < 3 ? 4 : (int) (source.size() / 0.75f) + 2);
    for (Map.Entry<String, JsonNode> e : source.properties()) {
      children.put(e.getKey(), e.getValue());
    }
    ObjectNode copy = new ObjectNode(Json.NODES, children);
    owned.add(copy);
    return copy;
  }

  private ArrayNode shallow(ArrayNode source) {
    List<JsonNode> items = new ArrayList<>(source.size() + 1);
    for (JsonNode item : source) {
      items.add(item);
    }
    ArrayNode copy = new ArrayNode(Json.NODES, items);
    owned.add(copy);
    return copy;
  }

  /** Marks a node this session made (from a request value) as writable. */
  <T extends JsonNode> T fresh(T node) {
    owned.add(node);
    return node;
  }

  /**
   * The object at {@code oldKey} of the writable {@code parent}, made writable and stored under {@code name} (the
   * schema's spelling).
   */
  ObjectNode ownObject(ObjectNode parent, String oldKey, String name, ObjectNode child) {
    ObjectNode mine = owned.contains(child) ? child : shallow(child);
    put(parent, oldKey, name, mine);
    return mine;
  }

  /**
   * The array of a multi-valued attribute in the writable {@code parent}, made writable and stored under
   * {@code name}; made (empty) when absent; a lone stored value becomes a list of one.
   */
  ArrayNode ownArray(ObjectNode parent, String oldKey, String name, JsonNode existing) {
    ArrayNode mine;
    if (existing instanceof ArrayNode a) {
      mine = owned.contains(a) ? a : shallow(a);
    } else {
      mine = fresh(Json.NODES.arrayNode());
      if (!unassigned(existing)) {
        mine.add(existing);
      }
    }
    put(parent, oldKey, name, mine);
    return mine;
  }

  /** The value at {@code index} of a writable array, made writable. */
  ObjectNode ownElement(ArrayNode array, int index) {
    ObjectNode element = (ObjectNode) array.get(index);
    if (owned.contains(element)) {
      return element;
    }
    ObjectNode mine = shallow(element);
    array.set(index, mine);
    return mine;
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
      return ownObject(doc, key, extensionUrn, object);
    }
    if (!create) {
      return null;
    }
    ObjectNode object = fresh(Json.object());
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
        list = fresh(Json.NODES.arrayNode().add(schema.core().id()));
        put(doc, key, "schemas", list);
      } else {
        list = ownArray(doc, key, "schemas", list);
      }
      list.add(urn);
      changed = true;
    } else if (!listed && at >= 0) {
      ownArray(doc, key, "schemas", list).remove(at);
      changed = true;
    }
  }

  /** Every extension schema's id, for recognising a container key in a path-less value. */
  Schema extension(String key) {
    return schema.extension(key).orElse(null);
  }

  static boolean isPrimary(JsonNode item) {
    JsonNode p = Json.field(item, "primary");
    return p != null && p.isBoolean() && p.booleanValue();
  }

  static void requireObject(JsonNode value, String path) {
    if (value == null || !value.isObject()) {
      throw ScimException.invalidValue("\"" + path + "\" takes an object of sub-attributes (RFC 7644 §3.5.2).");
    }
  }
}
