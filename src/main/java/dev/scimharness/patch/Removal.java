package dev.scimharness.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.AttributeDefinition;
import dev.scimharness.scim.AttributeValues;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.Mutability;
import dev.scimharness.scim.Schema;
import dev.scimharness.scim.ScimException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The remove operation, RFC 7644 §3.5.2.2: an attribute, a sub-attribute, the values a filter selects (never the
 * others), a sub-attribute of those values, a whole extension, and, in LENIENT mode only, Entra's remove with a
 * {@code value} list. A filter that selects nothing is {@code noTarget} (Table 9); LENIENT reports it and changes
 * nothing, because IdPs retry removals. Removing an absent attribute succeeds without change.
 */
final class Removal {
  private final ResourceTree tree;

  Removal(ResourceTree tree) {
    this.tree = tree;
  }

  void apply(Target t, JsonNode listed) {
    if (t.wholeExtension()) {
      removeExtension(t.extensionUrn());
      return;
    }
    AttributeDefinition top = t.attribute();
    if (top.mutability() == Mutability.READ_ONLY
        || (t.sub() != null && t.sub().mutability() == Mutability.READ_ONLY)) {
      throw ResourceTree.readOnly(t.definition(), t.sub() == null ? null : top);
    }
    ObjectNode container = tree.container(t.extensionUrn(), false);
    if (listed != null) {
      removeListed(container, t, listed);
    } else if (t.filter() != null) {
      removeSelected(container, t);
    } else if (t.sub() != null) {
      removeSubAttribute(container, t);
    } else if (container != null) {
      tree.unassign(container, Json.fieldName(container, top.name()), top, null);
    }
  }

  /** Every attribute of the extension goes, each under the usual rules (required, readOnly, immutable). */
  private void removeExtension(String urn) {
    ObjectNode container = tree.container(urn, false);
    if (container == null) {
      return;
    }
    Schema extension = tree.schema.extension(urn).orElseThrow();
    List<String> keys = new ArrayList<>();
    container.fieldNames().forEachRemaining(keys::add);
    for (String key : keys) {
      Optional<AttributeDefinition> def = extension.attribute(key);
      if (def.isPresent()) {
        tree.unassign(container, key, def.get(), null);
      } else {
        container.remove(key);
        tree.markChanged();
      }
    }
  }

  private void removeSubAttribute(ObjectNode container, Target t) {
    AttributeDefinition top = t.attribute();
    String key = Json.fieldName(container, top.name());
    JsonNode old = key == null ? null : container.get(key);
    if (top.multiValued()) {
      removeFromElements(container, key, t, t.select(old));
      return;
    }
    if (old instanceof ObjectNode o && Json.fieldName(o, t.sub().name()) != null) {
      ObjectNode parent = tree.ownObject(container, key, top.name(), o);
      tree.unassign(parent, Json.fieldName(parent, t.sub().name()), t.sub(), top);
      if (parent.isEmpty()) {
        tree.unassign(container, top.name(), top, null);
      }
    }
  }

  /** Removes the path's sub-attribute from the selected values, copying only the values that have it. */
  private void removeFromElements(ObjectNode container, String key, Target t, List<Integer> selected) {
    JsonNode current = container.get(key);
    ArrayNode array = null;
    for (int i : selected) {
      JsonNode element = (array != null ? array : current).get(i);
      if (Json.fieldName(element, t.sub().name()) == null) {
        continue;
      }
      if (array == null) {
        array = tree.ownArray(container, key, t.attribute().name(), current);
      }
      ObjectNode mine = tree.ownElement(array, i);
      tree.unassign(mine, Json.fieldName(mine, t.sub().name()), t.sub(), t.attribute());
    }
  }

  /** RFC 7644 §3.5.2.2: only the matching values go; with a sub-attribute, only that sub-attribute of them. */
  private void removeSelected(ObjectNode container, Target t) {
    AttributeDefinition top = t.attribute();
    String key = Json.fieldName(container, top.name());
    JsonNode old = key == null ? null : container.get(key);
    List<Integer> selected = t.select(old);
    if (selected.isEmpty()) {
      if (!tree.leniency.lenient()) {
        throw ScimException.noTarget("\"" + t.text() + "\": the filter matched no value (RFC 7644 §3.12).");
      }
      tree.finding("remove-filter-no-match", "RFC 7644 §3.12", "The remove path \"" + t.text() + "\" matched no"
          + " value, which is noTarget; nothing was removed.", "\"path\": \"" + t.text() + "\"");
      return;
    }
    if (t.sub() != null) {
      removeFromElements(container, key, t, selected);
      return;
    }
    Set<JsonNode> gone = Collections.newSetFromMap(new IdentityHashMap<>());
    selected.forEach(i -> gone.add(old.get(i)));
    removeElements(container, top, (ArrayNode) old, gone);
  }

  /** Entra's legacy remove with a value list (LENIENT only): exactly the listed values go. */
  private void removeListed(ObjectNode container, Target t, JsonNode listed) {
    AttributeDefinition top = t.attribute();
    if (!top.multiValued() || t.filter() != null || t.sub() != null) {
      throw ScimException.invalidValue("\"" + t.text() + "\": a remove value can only list values of a"
          + " multi-valued attribute (RFC 7644 §3.5.2.2).");
    }
    JsonNode items = ResourceTree.withoutNulls(AttributeValues.check(top,
        listed.isArray() ? listed : Json.NODES.arrayNode().add(listed), tree.leniency, tree.findings, t.text()));
    JsonNode old = ResourceTree.get(container, top);
    if (!(old instanceof ArrayNode array) || items.isEmpty()) {
      return;
    }
    ValueIndex index = new ValueIndex(top, array, items.size());
    Set<JsonNode> gone = Collections.newSetFromMap(new IdentityHashMap<>());
    for (JsonNode item : items) {
      int at = index.find(item);
      if (at >= 0) {
        gone.add(array.get(at));
      }
    }
    removeElements(container, top, array, gone);
  }

  /** Keeps the values not in {@code gone} (by identity), in one pass; none left unassigns the attribute. */
  private void removeElements(ObjectNode container, AttributeDefinition def, ArrayNode array, Set<JsonNode> gone) {
    if (gone.isEmpty()) {
      return;
    }
    ArrayNode kept = tree.fresh(Json.NODES.arrayNode());
    for (JsonNode v : array) {
      if (!gone.contains(v)) {
        kept.add(v);
      }
    }
    String key = Json.fieldName(container, def.name());
    if (kept.isEmpty()) {
      tree.unassign(container, key, def, null);
      return;
    }
    if (def.mutability() == Mutability.IMMUTABLE) {
      tree.checkModifiable(def, null, container.get(key));
    }
    ResourceTree.put(container, key, def.name(), kept);
    tree.markChanged();
  }
}
