package dev.scimharness.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.filter.Filter;
import dev.scimharness.scim.AttributeDefinition;
import dev.scimharness.scim.AttributePath;
import dev.scimharness.scim.ResolvedAttribute;
import dev.scimharness.scim.ResourceSchema;
import dev.scimharness.scim.Schema;
import dev.scimharness.scim.ScimException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A PATCH path resolved against the resource type: the extension container ({@code null} for core and common
 * attributes), the top-level attribute, the sub-attribute the path ends on (before or after a value filter), and the
 * filter. {@code wholeExtension} is set when the path names an extension schema itself
 * ({@code urn:ietf:params:scim:schemas:extension:enterprise:2.0:User}), i.e. the container of its attributes.
 */
record Target(String extensionUrn, AttributeDefinition attribute, AttributeDefinition sub, Filter filter,
    PatchPath path, String key, boolean wholeExtension) {

  /**
   * An unknown attribute or sub-attribute is {@code invalidPath}: RFC 7644 §3.12 Table 9, "path" invalid.
   * {@code key} is the key of a path-less value the path came from, or {@code null}.
   */
  static Target resolve(PatchPath path, ResourceSchema schema, String key) {
    AttributePath ap = path.attribute();
    if (!path.hasFilter() && !ap.hasSubAttribute() && ap.schemaUrn() != null) {
      Optional<Schema> ext = schema.extension(ap.schemaUrn() + ":" + ap.attribute());
      if (ext.isPresent()) {
        return new Target(ext.get().id(), null, null, null, path, key, true);
      }
    }
    ResolvedAttribute resolved = schema.resolve(ap).orElseThrow(() -> ScimException.invalidPath("\""
        + label(path, key) + "\" names no attribute of the " + schema.resourceType().name() + " resource type"
        + (ap.schemaUrn() == null ? "" : " (extension attributes are written with their schema URN)") + "."));
    AttributeDefinition top = resolved.attribute();
    if (!path.hasFilter()) {
      if (resolved.subAttribute() != null && !top.isComplex()) {
        throw ScimException.invalidPath("\"" + label(path, key) + "\": \"" + top.name()
            + "\" has no sub-attributes.");
      }
      return new Target(resolved.extensionUrn(), top, resolved.subAttribute(), null, path, key, false);
    }
    if (!top.isComplex() || !top.multiValued()) {
      throw ScimException.invalidPath("\"" + label(path, key) + "\": a value filter selects values of a"
          + " multi-valued complex attribute, and \"" + top.name() + "\" is not one (RFC 7644 §3.5.2).");
    }
    ValueFilters.validate(path.valueFilter(), top, () -> label(path, key));
    AttributeDefinition sub = null;
    if (path.subAttribute() != null) {
      sub = top.subAttribute(path.subAttribute()).orElseThrow(() -> ScimException.invalidPath("\""
          + label(path, key) + "\": \"" + top.name() + "\" has no sub-attribute \"" + path.subAttribute() + "\"."));
    }
    return new Target(resolved.extensionUrn(), top, sub, path.valueFilter(), path, key, false);
  }

  /** The path as the client wrote it (near enough), for messages: computed only when one is needed. */
  String text() {
    return label(path, key);
  }

  private static String label(PatchPath path, String key) {
    return key != null ? key : PatchPaths.text(path);
  }

  /** The positions of the values this target selects in {@code values}: those its filter matches, or all. */
  List<Integer> select(JsonNode values) {
    List<Integer> out = new ArrayList<>();
    if (!(values instanceof ArrayNode array)) {
      return out;
    }
    for (int i = 0; i < array.size(); i++) {
      JsonNode element = array.get(i);
      if (element instanceof ObjectNode && (filter == null || ValueFilters.matches(this, element))) {
        out.add(i);
      }
    }
    return out;
  }

  /** The definition the path finally names. */
  AttributeDefinition definition() {
    return sub != null ? sub : attribute;
  }
}
