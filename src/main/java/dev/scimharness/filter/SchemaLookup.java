package dev.scimharness.filter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.scim.AttributeDefinition;
import dev.scimharness.scim.AttributePath;
import dev.scimharness.scim.CommonAttributes;
import dev.scimharness.scim.ResourceSchema;
import dev.scimharness.scim.Schema;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Where a path's values are: its definition in the schema and its node in the JSON, both found ignoring case
 * (RFC 7643 §2.1), extension attributes under their schema URN (RFC 7643 §3.3). Allocation-free on the common
 * path: the schema's spelling is tried first, since that is how JSON is written.
 */
final class SchemaLookup {
  private SchemaLookup() {}

  /** The definition of the path's top-level attribute, or null when the schema does not define it. */
  static AttributeDefinition topDefinition(ResourceSchema schema, AttributePath path) {
    if (schema == null) {
      return null;
    }
    String urn = path.schemaUrn();
    String name = path.attribute();
    if (urn == null || schema.core().id().equalsIgnoreCase(urn)) {
      AttributeDefinition common = find(CommonAttributes.ALL, name);
      return common != null ? common : find(schema.core().attributes(), name);
    }
    Schema ext = extension(schema, urn);
    return ext == null ? null : find(ext.attributes(), name);
  }

  /** The JSON object holding the path's attribute: the resource, or the extension's URN-keyed object. */
  static JsonNode container(JsonNode res, ResourceSchema schema, AttributePath path) {
    String urn = path.schemaUrn();
    if (urn == null) {
      return res;
    }
    if (schema != null) {
      if (schema.core().id().equalsIgnoreCase(urn)) {
        return res;
      }
      Schema ext = extension(schema, urn);
      if (ext != null) {
        return lookup(res, ext.id(), urn);
      }
    }
    return field(res, urn, null);
  }

  static Schema extension(ResourceSchema schema, String urn) {
    List<Schema> exts = schema.extensions();
    for (int i = 0, n = exts.size(); i < n; i++) {
      Schema e = exts.get(i);
      if (e.id().equalsIgnoreCase(urn)) {
        return e;
      }
    }
    return null;
  }

  static AttributeDefinition subAttribute(AttributeDefinition parent, String name) {
    return find(parent.subAttributes(), name);
  }

  private static AttributeDefinition find(List<AttributeDefinition> defs, String name) {
    for (int i = 0, n = defs.size(); i < n; i++) {
      AttributeDefinition d = defs.get(i);
      if (d.name().equalsIgnoreCase(name)) {
        return d;
      }
    }
    return null;
  }

  static JsonNode field(JsonNode obj, String written, AttributeDefinition def) {
    return lookup(obj, def == null ? null : def.name(), written);
  }

  /** Looks {@code written} up ignoring case; tries the schema's spelling first, since that is how JSON is written. */
  static JsonNode lookup(JsonNode obj, String canonical, String written) {
    if (obj == null || !obj.isObject()) {
      return null;
    }
    JsonNode v;
    if (canonical != null) {
      v = obj.get(canonical);
      if (v != null) {
        return v;
      }
    }
    v = obj.get(written);
    if (v != null) {
      return v;
    }
    Iterator<Map.Entry<String, JsonNode>> it = obj.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getKey().equalsIgnoreCase(written)) {
        return e.getValue();
      }
    }
    return null;
  }
}
