package dev.scimharness.scim;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The attributes one {@code attributes} or {@code excludedAttributes} list names, resolved against a resource
 * type and keyed case-insensitively (RFC 7644 §3.10: every facet of an attribute name is case-insensitive).
 * A scope is {@link #CORE} for core and common attributes, or an extension's URN.
 */
final class Selection {
  static final String CORE = "";

  private final boolean empty;
  private final Set<String> schemas = new HashSet<>();
  private final Set<String> attributes = new HashSet<>();
  private final Set<String> subAttributes = new HashSet<>();
  private final Set<String> parentsOfSubAttributes = new HashSet<>();

  private Selection(boolean empty) {
    this.empty = empty;
  }

  static Selection of(ResourceSchema schema, List<AttributePath> paths) {
    Selection s = new Selection(paths == null || paths.isEmpty());
    if (paths == null) {
      return s;
    }
    for (AttributePath path : paths) {
      if (path.schemaUrn() != null && !path.hasSubAttribute()) {
        String bare = path.schemaUrn() + ":" + path.attribute();
        if (schema.isCore(bare)) {
          s.schemas.add(CORE);
          continue;
        }
        if (schema.extension(bare).isPresent()) {
          s.schemas.add(key(bare));
          continue;
        }
      }
      schema.resolve(path).ifPresent(r -> {
        String attribute = key(r.extensionUrn() == null ? CORE : r.extensionUrn()) + "|" + r.attribute().key();
        if (r.subAttribute() == null) {
          s.attributes.add(attribute);
        } else {
          s.subAttributes.add(attribute + "|" + r.subAttribute().key());
          s.parentsOfSubAttributes.add(attribute);
        }
      });
    }
    return s;
  }

  /** Whether the list was absent or empty: then {@code default} attributes are returned. */
  boolean isEmpty() {
    return empty;
  }

  /** Named as a whole: by its own name or by its schema's URN. */
  boolean namesAttribute(String scope, AttributeDefinition def) {
    return schemas.contains(key(scope)) || attributes.contains(key(scope) + "|" + def.key());
  }

  boolean namesAnySubAttributeOf(String scope, AttributeDefinition def) {
    return parentsOfSubAttributes.contains(key(scope) + "|" + def.key());
  }

  boolean namesSubAttribute(String scope, AttributeDefinition def, AttributeDefinition sub) {
    return subAttributes.contains(key(scope) + "|" + def.key() + "|" + sub.key());
  }

  private static String key(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
