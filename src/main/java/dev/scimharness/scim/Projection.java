package dev.scimharness.scim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a response carries of a stored resource: the {@code attributes} and {@code excludedAttributes}
 * parameters of RFC 7644 §3.4.2.5 / §3.9 combined with each attribute's {@code returned} characteristic
 * (RFC 7643 §7):
 * <ul>
 *   <li>{@code never} ({@code password}) is never returned, even when asked for;</li>
 *   <li>{@code always} ({@code id}, {@code schemas}) is returned even when excluded or not asked for;</li>
 *   <li>{@code request} only when {@code attributes} names it (or its parent, or its schema);</li>
 *   <li>{@code default} unless {@code attributes} is given without naming it, or {@code excludedAttributes}
 *       names it.</li>
 * </ul>
 * Where the RFC is silent: both parameters given together are both applied (what {@code attributes} selects,
 * minus what {@code excludedAttributes} names); names that resolve to no attribute of the resource type are
 * ignored, as a filter on an unknown attribute matches nothing; a sub-attribute's {@code returned} combines with
 * its parent's (the stricter wins, {@code never} over {@code request} over {@code always} over
 * {@code default}); keys of the resource that the schema does not describe are not returned; a bare schema URN
 * names every attribute of that schema; a complex value or extension container left empty is dropped.
 */
public final class Projection {
  private Projection() {}

  /**
   * Parses an {@code attributes} / {@code excludedAttributes} value: comma-separated attribute paths in the
   * notation of RFC 7644 §3.10, optionally URN-qualified, or bare schema URNs. Blank entries are skipped
   * ({@code "userName,"}). A malformed entry is {@code 400 invalidValue}: Table 9 reserves {@code invalidPath}
   * for PATCH's {@code path} and {@code invalidFilter} for filters, and the RFC names no keyword for these
   * parameters.
   */
  public static List<AttributePath> parseList(String commaSeparated) {
    List<AttributePath> out = new ArrayList<>();
    if (commaSeparated == null) {
      return out;
    }
    for (String raw : commaSeparated.split(",", -1)) {
      String item = raw.strip();
      if (item.isEmpty()) {
        continue;
      }
      out.add(AttributePathLexer.parse(item, (position, reason) -> ScimException.invalidValue("'" + item
          + "' is not an attribute name: expected [schemaURN:]name[.sub] or a schema URN"
          + " (RFC 7644 §3.10, §3.4.2.5).")));
    }
    return List.copyOf(out);
  }

  public static ObjectNode project(JsonNode resource, ResourceSchema schema, List<AttributePath> attributes,
      List<AttributePath> excluded) {
    Selection wanted = Selection.of(schema, attributes);
    Selection unwanted = Selection.of(schema, excluded);
    ObjectNode out = Json.object();
    if (resource == null || !resource.isObject()) {
      return out;
    }
    for (Map.Entry<String, JsonNode> field : resource.properties()) {
      String key = field.getKey();
      Optional<Schema> ext = schema.extension(key);
      if (ext.isPresent()) {
        ObjectNode container = container(ext.get(), field.getValue(), wanted, unwanted);
        if (!container.isEmpty()) {
          out.set(key, container);
        }
        continue;
      }
      schema.coreAttribute(key).ifPresent(def -> {
        JsonNode v = attribute(Selection.CORE, def, field.getValue(), wanted, unwanted);
        if (v != null) {
          out.set(key, v);
        }
      });
    }
    return out;
  }

  private static ObjectNode container(Schema ext, JsonNode value, Selection wanted, Selection unwanted) {
    ObjectNode out = Json.object();
    if (!value.isObject()) {
      return out;
    }
    String scope = ext.id();
    for (Map.Entry<String, JsonNode> field : value.properties()) {
      ext.attribute(field.getKey()).ifPresent(def -> {
        JsonNode v = attribute(scope, def, field.getValue(), wanted, unwanted);
        if (v != null) {
          out.set(field.getKey(), v);
        }
      });
    }
    return out;
  }

  /** The projected value of one top-level attribute, or {@code null} when it is not returned. */
  private static JsonNode attribute(String scope, AttributeDefinition def, JsonNode value, Selection wanted,
      Selection unwanted) {
    if (value == null || value.isNull()) {
      return null;
    }
    boolean named = wanted.namesAttribute(scope, def) || wanted.namesAnySubAttributeOf(scope, def);
    if (!def.isComplex() || def.subAttributes().isEmpty() || !value.isContainerNode()) {
      return returned(def.returned(), wanted.isEmpty(), named, unwanted.namesAttribute(scope, def)) ? value : null;
    }
    if (def.returned() == Returned.NEVER) {
      return null;
    }
    if (value.isArray()) {
      ArrayNode out = Json.NODES.arrayNode();
      for (JsonNode item : value) {
        JsonNode projected = item.isObject() ? complex(scope, def, item, wanted, unwanted)
            : (returned(def.returned(), wanted.isEmpty(), named, unwanted.namesAttribute(scope, def)) ? item : null);
        if (projected != null && !(projected.isObject() && projected.isEmpty())) {
          out.add(projected);
        }
      }
      return out.isEmpty() ? null : out;
    }
    ObjectNode out = complex(scope, def, value, wanted, unwanted);
    return out.isEmpty() ? null : out;
  }

  private static ObjectNode complex(String scope, AttributeDefinition def, JsonNode value, Selection wanted,
      Selection unwanted) {
    ObjectNode out = Json.object();
    boolean parentNamed = wanted.namesAttribute(scope, def);
    boolean parentExcluded = unwanted.namesAttribute(scope, def);
    for (Map.Entry<String, JsonNode> field : value.properties()) {
      def.subAttribute(field.getKey()).ifPresent(sub -> {
        boolean named = parentNamed || wanted.namesSubAttribute(scope, def, sub);
        boolean excludedHere = parentExcluded || unwanted.namesSubAttribute(scope, def, sub);
        if (returned(combine(def.returned(), sub.returned()), wanted.isEmpty(), named, excludedHere)) {
          out.set(field.getKey(), field.getValue());
        }
      });
    }
    return out;
  }

  private static boolean returned(Returned returned, boolean noAttributesParameter, boolean named, boolean excluded) {
    return switch (returned) {
      case ALWAYS -> true;
      case NEVER -> false;
      case REQUEST -> named && !excluded;
      case DEFAULT -> (noAttributesParameter || named) && !excluded;
    };
  }

  private static Returned combine(Returned parent, Returned sub) {
    if (parent == Returned.NEVER || sub == Returned.NEVER) {
      return Returned.NEVER;
    }
    if (parent == Returned.REQUEST || sub == Returned.REQUEST) {
      return Returned.REQUEST;
    }
    if (parent == Returned.ALWAYS || sub == Returned.ALWAYS) {
      return Returned.ALWAYS;
    }
    return Returned.DEFAULT;
  }
}
