package dev.scimharness.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.AttributeDefinition;
import dev.scimharness.scim.AttributeValues;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.Leniency;
import dev.scimharness.scim.Mutability;
import dev.scimharness.scim.ResourceSchema;
import dev.scimharness.scim.ScimException;
import dev.scimharness.scim.AttributePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies the operations of one request to a working copy, in order (RFC 7644 §3.5.2.1–3).
 *
 * <p>Choices where the RFC leaves room, all RFC-defensible:
 * <ul>
 *   <li>A value filter that matches nothing is {@code noTarget} for every operation (Table 9: "the specified 'path'
 *       value contains a filter that yields no match"). LENIENT creates the value for {@code add}/{@code replace}
 *       when the filter is made of {@code eq} comparisons (Entra's {@code emails[type eq "work"].value}), finding
 *       {@code add-creates-filtered-value} / {@code replace-creates-filtered-value}; a {@code remove} then does
 *       nothing, finding {@code remove-filter-no-match} (Okta and Entra retry removals).
 *   <li>Replace on a single-valued complex attribute merges sub-attributes: §3.5.2.3 "Sub-attributes that are not
 *       specified in the 'value' parameter are left unchanged."
 *   <li>A new {@code primary: true} value wins: the others of the attribute become {@code false} (RFC 7643 §2.4
 *       allows one primary; the client's latest statement is taken as its intent).
 *   <li>Removing an absent attribute (no filter) succeeds without change: the attribute is already unassigned.
 *   <li>A path-less value may name attributes with their schema URN
 *       ({@code "urn:…:enterprise:2.0:User:employeeNumber"}), as RFC 7644 §3.10 identifies attributes that way, or
 *       hold an extension's container ({@code {"urn:…:enterprise:2.0:User": {…}}}) as RFC 7643 §3.3 represents it.
 *       A dotted key ({@code "name.givenName"}) is a path, not an attribute (§3.5.2.1/§3.5.2.3: the value holds
 *       attributes): STRICT {@code invalidValue}, LENIENT applied as the path, finding
 *       {@code dotted-key-in-pathless-value}.
 *   <li>A readOnly attribute in a path-less value (Okta's {@code {"id": …, "displayName": …}}) is ignored when
 *       equal to the current value, since it modifies nothing; a different value is {@code mutability}. A path naming a
 *       readOnly attribute is always {@code mutability}.
 * </ul>
 */
final class PatchSession extends ResourceTree {

  PatchSession(ObjectNode doc, ResourceSchema schema, Leniency leniency) {
    super(doc, schema, leniency);
  }

  void apply(PatchOperation op) {
    boolean replace = op instanceof PatchOperation.Replace;
    if (op instanceof PatchOperation.Remove remove) {
      new Removal(this).apply(target(remove.path()), remove.value());
    } else if (op.path() == null) {
      pathless(op.value(), replace);
    } else {
      write(target(op.path()), op.value(), replace, true);
    }
  }

  private Target target(PatchPath path) {
    return Target.resolve(path, schema, null);
  }

  // ---- add and replace ------------------------------------------------------------------------------------------

  private void write(Target t, JsonNode value, boolean replace, boolean explicit) {
    if (t.wholeExtension()) {
      ResourceTree.requireObject(value, t.text());
      for (Map.Entry<String, JsonNode> e : value.properties()) {
        entry(t.extensionUrn(), e.getKey(), e.getValue(), replace);
      }
      return;
    }
    AttributeDefinition top = t.attribute();
    if (top.mutability() == Mutability.READ_ONLY
        || (t.sub() != null && t.sub().mutability() == Mutability.READ_ONLY)) {
      if (!explicit && sameAsCurrent(t, value)) {
        return;
      }
      throw readOnly(t.definition(), t.sub() == null ? null : top);
    }
    ObjectNode container = container(t.extensionUrn(), true);
    if (t.filter() != null || (t.sub() != null && top.multiValued())) {
      writeSelected(container, t, value, replace);
    } else if (t.sub() != null) {
      writeSubAttribute(container, t, value);
    } else if (top.multiValued()) {
      if (replace) {
        replaceAll(container, top, value, t.text());
      } else {
        addValues(container, top, value, t.text());
      }
    } else if (top.isComplex()) {
      mergeComplex(container, top, check(top, value, t.text()));
    } else {
      assign(container, top, null, check(top, value, t.text()));
    }
  }

  private boolean sameAsCurrent(Target t, JsonNode value) {
    JsonNode current = get(container(t.extensionUrn(), false), t.attribute());
    if (t.sub() != null) {
      current = current != null && current.isObject() ? Json.field(current, t.sub().name()) : null;
    }
    return current != null && current.equals(value);
  }

  /** {@code name.givenName}: one sub-attribute of a single-valued complex attribute. */
  private void writeSubAttribute(ObjectNode container, Target t, JsonNode value) {
    AttributeDefinition top = t.attribute();
    JsonNode checked = check(t.sub(), value, t.text());
    String key = Json.fieldName(container, top.name());
    JsonNode old = key == null ? null : container.get(key);
    ObjectNode parent;
    if (old instanceof ObjectNode o) {
      parent = ownObject(container, key, top.name(), o);
    } else {
      checkModifiable(top, null, old);
      parent = fresh(Json.object());
      put(container, key, top.name(), parent);
    }
    assign(parent, t.sub(), top, checked);
    if (parent.isEmpty()) {
      container.remove(top.name());
    }
  }

  /** A single-valued complex attribute: each given sub-attribute is set, the others stay (RFC 7644 §3.5.2.3). */
  private void mergeComplex(ObjectNode container, AttributeDefinition def, JsonNode checked) {
    if (!checked.isObject()) {
      assign(container, def, null, checked);
      return;
    }
    String key = Json.fieldName(container, def.name());
    JsonNode old = key == null ? null : container.get(key);
    ObjectNode target;
    if (old instanceof ObjectNode o) {
      target = ownObject(container, key, def.name(), o);
    } else {
      if (checked.isEmpty()) {
        return;
      }
      checkModifiable(def, null, old);
      target = fresh(Json.object());
      put(container, key, def.name(), target);
    }
    for (Map.Entry<String, JsonNode> e : checked.properties()) {
      AttributeDefinition sub = def.subAttribute(e.getKey()).orElseThrow();
      assign(target, sub, def, e.getValue());
    }
    if (target.isEmpty()) {
      container.remove(def.name());
    }
  }

  /** RFC 7644 §3.5.2.1: "a new value is added"; a value already there is merged, not repeated. */
  private void addValues(ObjectNode container, AttributeDefinition def, JsonNode value, String path) {
    ArrayNode added = (ArrayNode) withoutNulls(check(def, value, path));
    if (added.isEmpty()) {
      return;
    }
    String key = Json.fieldName(container, def.name());
    JsonNode old = key == null ? null : container.get(key);
    if (def.mutability() == Mutability.IMMUTABLE && !unassigned(old)) {
      checkModifiable(def, null, old);
    }
    ArrayNode array = ownArray(container, key, def.name(), old);
    ValueIndex index = new ValueIndex(def, array, added.size());
    List<JsonNode> primaries = new ArrayList<>(1);
    for (JsonNode item : added) {
      int at = index.find(item);
      JsonNode stored;
      if (at < 0) {
        array.add(fresh(item));
        index.added(array.size() - 1);
        markChanged();
        stored = item;
      } else {
        stored = array.get(at);
        if (def.isComplex() && stored instanceof ObjectNode && item.isObject()) {
          stored = ownElement(array, at);
          mergeDuplicate((ObjectNode) stored, def, item);
        }
      }
      if (ResourceTree.isPrimary(item)) {
        primaries.add(stored);
      }
    }
    settlePrimary(def, array, primaries, path);
  }

  /** RFC 7644 §3.5.2.3: "the attribute and all values are replaced". */
  private void replaceAll(ObjectNode container, AttributeDefinition def, JsonNode value, String path) {
    JsonNode checked = withoutNulls(check(def, value, path));
    String key = Json.fieldName(container, def.name());
    if (unassigned(checked)) {
      unassign(container, key, def, null);
      return;
    }
    JsonNode old = key == null ? null : container.get(key);
    if (checked.equals(old)) {
      put(container, key, def.name(), old);
      return;
    }
    checkModifiable(def, null, old);
    put(container, key, def.name(), fresh(checked));
    markChanged();
  }

  /**
   * A value added again: its other sub-attributes are set on the existing one, while {@code value} and
   * {@code type}, which made it the same value, keep their stored spelling (a missing type is filled in).
   */
  private void mergeDuplicate(ObjectNode existing, AttributeDefinition def, JsonNode item) {
    for (Map.Entry<String, JsonNode> e : item.properties()) {
      boolean identity = e.getKey().equals("value") || (e.getKey().equals("type") && existing.hasNonNull("type"));
      if (!identity) {
        assign(existing, def.subAttribute(e.getKey()).orElseThrow(), def, e.getValue());
      }
    }
  }

  /** Sets each sub-attribute of {@code item} on an existing value: immutable ones only where they had none. */
  private void mergeElement(ObjectNode existing, AttributeDefinition def, JsonNode item) {
    for (Map.Entry<String, JsonNode> e : item.properties()) {
      assign(existing, def.subAttribute(e.getKey()).orElseThrow(), def, e.getValue());
    }
  }

  /**
   * The values a filter selects ({@code emails[type eq "work"]}), or all values for a sub-attribute path on a
   * multi-valued attribute ({@code emails.display}), and optionally one sub-attribute of them.
   */
  private void writeSelected(ObjectNode container, Target t, JsonNode value, boolean replace) {
    AttributeDefinition top = t.attribute();
    String key = Json.fieldName(container, top.name());
    JsonNode old = key == null ? null : container.get(key);
    List<Integer> selected = t.select(old);
    if (selected.isEmpty()) {
      createSelected(container, t, value, replace);
      return;
    }
    ArrayNode array = ownArray(container, key, top.name(), old);
    List<JsonNode> primaries = new ArrayList<>(1);
    if (t.sub() != null) {
      JsonNode checked = check(t.sub(), value, t.text());
      for (int i : selected) {
        ObjectNode element = ownElement(array, i);
        assign(element, t.sub(), top, selected.size() == 1 ? checked : checked.deepCopy());
        if (t.sub().named("primary") && checked.isBoolean() && checked.booleanValue()) {
          primaries.add(element);
        }
      }
    } else {
      JsonNode item = withoutNulls(AttributeValues.checkItem(top, value, leniency, findings, t.text()));
      ResourceTree.requireObject(item, t.text());
      for (int i : selected) {
        JsonNode stored;
        if (replace) {
          // RFC 7644 §3.5.2.3: "all matching record values SHALL be replaced".
          stored = array.get(i);
          if (!stored.equals(item)) {
            stored = fresh(item.deepCopy());
            array.set(i, stored);
            markChanged();
          }
        } else {
          stored = ownElement(array, i);
          mergeElement((ObjectNode) stored, top, item);
        }
        if (ResourceTree.isPrimary(item)) {
          primaries.add(stored);
        }
      }
    }
    settlePrimary(top, array, primaries, t.text());
  }

  /** Nothing matched: {@code noTarget}, or in LENIENT mode the value an {@code eq} filter describes is created. */
  private void createSelected(ObjectNode container, Target t, JsonNode value, boolean replace) {
    AttributeDefinition top = t.attribute();
    Optional<ObjectNode> template = t.filter() == null || !leniency.lenient()
        ? Optional.empty() : ValueFilters.eqTemplate(t.filter(), top);
    if (template.isEmpty()) {
      throw ScimException.noTarget("\"" + t.text() + "\" selects no value"
          + (t.filter() == null ? " (the attribute has none)." : ": the filter matched nothing (RFC 7644 §3.12"
              + (replace ? ", §3.5.2.3)." : ").")));
    }
    ObjectNode created = template.get();
    if (t.sub() != null) {
      created.set(t.sub().name(), value);
    } else {
      ResourceTree.requireObject(value, t.text());
      value.properties().forEach(e -> created.set(e.getKey(), e.getValue()));
    }
    JsonNode item = withoutNulls(AttributeValues.checkItem(top, created, leniency, findings, t.text()));
    String key = Json.fieldName(container, top.name());
    ArrayNode array = ownArray(container, key, top.name(), key == null ? null : container.get(key));
    array.add(fresh(item));
    markChanged();
    String op = replace ? "replace" : "add";
    finding(op + "-creates-filtered-value", replace ? "RFC 7644 §3.5.2.3" : "RFC 7644 §3.12",
        "The " + op + " path \"" + t.text() + "\" matched no value, which is noTarget; the value its filter describes"
            + " was created instead.", "\"path\": \"" + t.text() + "\"");
    settlePrimary(top, array, ResourceTree.isPrimary(item) ? List.of(item) : List.of(), t.text());
  }

  // ---- path-less values -----------------------------------------------------------------------------------------

  /** RFC 7644 §3.5.2.1/§3.5.2.3: without a path, the value is an object of attributes. */
  private void pathless(JsonNode value, boolean replace) {
    if (!value.isObject()) {
      throw ScimException.invalidValue("Without a \"path\", \"value\" must be an object of attributes"
          + " (RFC 7644 §3.5.2." + (replace ? "3" : "1") + ").");
    }
    for (Map.Entry<String, JsonNode> e : value.properties()) {
      String key = e.getKey();
      if (schema.isCore(key) || schema.extension(key).isPresent()) {
        ResourceTree.requireObject(e.getValue(), key);
        String urn = schema.isCore(key) ? null : schema.extension(key).get().id();
        for (Map.Entry<String, JsonNode> inner : e.getValue().properties()) {
          entry(urn, inner.getKey(), inner.getValue(), replace);
        }
      } else {
        entry(null, key, e.getValue(), replace);
      }
    }
  }

  private void entry(String containerUrn, String key, JsonNode value, boolean replace) {
    String qualified = containerUrn == null ? key : containerUrn + ":" + key;
    String fragment = "\"" + key + "\": " + Json.write(value);
    AttributePath path;
    try {
      path = AttributePath.parse(qualified);
    } catch (IllegalArgumentException e) {
      if (!leniency.lenient()) {
        throw ScimException.invalidValue("\"" + key + "\" is not an attribute name (RFC 7644 §3.5.2).");
      }
      // What no schema can define is unknown, as any other undefined key in a lenient path-less value.
      finding("unknown-attribute", "RFC 7644 §3.3", "\"" + key + "\" is not an attribute name and was ignored.",
          fragment);
      return;
    }
    if (path.hasSubAttribute()) {
      String section = replace ? "RFC 7644 §3.5.2.3" : "RFC 7644 §3.5.2.1";
      if (!leniency.lenient()) {
        throw ScimException.invalidValue("\"" + key + "\" is a path, not an attribute: without a \"path\" the value"
            + " holds attributes, so write {\"" + path.attribute() + "\": {\"" + path.subAttribute() + "\": …}} ("
            + section + ").");
      }
      finding("dotted-key-in-pathless-value", section, "\"" + key + "\" in a path-less " + (replace ? "replace" : "add")
          + " value is a path, not an attribute; it was applied as the path.", fragment);
    }
    if (schema.resolve(path).isEmpty()) {
      if (!leniency.lenient()) {
        throw ScimException.invalidValue("\"" + key + "\" is not an attribute of the " + schema.resourceType().name()
            + " resource type (RFC 7644 §3.5.2, RFC 7643 §3.3).");
      }
      finding("unknown-attribute", "RFC 7644 §3.3", "\"" + key + "\" is not defined by the schema and was ignored.",
          fragment);
      return;
    }
    write(Target.resolve(PatchPath.of(path), schema, key), value, replace, false);
  }

  // ---- helpers --------------------------------------------------------------------------------------------------

  /** RFC 7643 §2.4: one primary at most; the value this operation made primary wins over older ones. */
  private void settlePrimary(AttributeDefinition def, ArrayNode array, List<JsonNode> winners, String path) {
    if (winners.isEmpty() || def.subAttribute("primary").isEmpty()) {
      return;
    }
    if (winners.size() > 1) {
      throw ScimException.invalidValue("\"" + path + "\" would make " + winners.size() + " values primary; at most one"
          + " value is primary (RFC 7643 §2.4).");
    }
    JsonNode winner = winners.get(0);
    AttributeDefinition primary = def.subAttribute("primary").get();
    for (int i = 0; i < array.size(); i++) {
      JsonNode element = array.get(i);
      if (element != winner && element instanceof ObjectNode && ResourceTree.isPrimary(element)) {
        assign(ownElement(array, i), primary, def, Json.NODES.booleanNode(false));
      }
    }
  }

  private JsonNode check(AttributeDefinition def, JsonNode value, String path) {
    return AttributeValues.check(def, value, leniency, findings, path);
  }
}
