package dev.scimharness.scim;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A resource type with its schemas resolved: the common attributes, the core schema and the extensions.
 * Resolves attribute paths as RFC 7644 §3.10 describes them: a core attribute with or without its schema
 * URN, an extension attribute with its URN.
 */
public final class ResourceSchema {
  private final ResourceType resourceType;
  private final Schema core;
  private final List<Schema> extensions;

  public ResourceSchema(ResourceType resourceType, Schema core, List<Schema> extensions) {
    this.resourceType = Objects.requireNonNull(resourceType);
    this.core = Objects.requireNonNull(core);
    this.extensions = List.copyOf(extensions);
  }

  public ResourceType resourceType() {
    return resourceType;
  }

  public Schema core() {
    return core;
  }

  public List<Schema> extensions() {
    return extensions;
  }

  /** The core URN followed by every extension URN. */
  public List<String> schemaUrns() {
    List<String> urns = new ArrayList<>();
    urns.add(core.id());
    extensions.forEach(e -> urns.add(e.id()));
    return urns;
  }

  public Optional<Schema> extension(String urn) {
    return extensions.stream().filter(e -> e.id().equalsIgnoreCase(urn)).findFirst();
  }

  public boolean isCore(String urn) {
    return core.id().equalsIgnoreCase(urn);
  }

  /** The common attributes followed by the core schema's attributes. */
  public List<AttributeDefinition> topLevel() {
    List<AttributeDefinition> all = new ArrayList<>(CommonAttributes.ALL);
    all.addAll(core.attributes());
    return all;
  }

  /** The top-level attribute of the core (or common) schema with this name. */
  public Optional<AttributeDefinition> coreAttribute(String name) {
    for (AttributeDefinition a : CommonAttributes.ALL) {
      if (a.named(name)) {
        return Optional.of(a);
      }
    }
    return core.attribute(name);
  }

  /** Resolves a path; empty when the schema URN, the attribute or the sub-attribute is unknown. */
  public Optional<ResolvedAttribute> resolve(AttributePath path) {
    String extensionUrn = null;
    Optional<AttributeDefinition> top;
    if (path.schemaUrn() == null || isCore(path.schemaUrn())) {
      top = coreAttribute(path.attribute());
    } else {
      Optional<Schema> ext = extension(path.schemaUrn());
      if (ext.isEmpty()) {
        return Optional.empty();
      }
      extensionUrn = ext.get().id();
      top = ext.get().attribute(path.attribute());
    }
    if (top.isEmpty()) {
      return Optional.empty();
    }
    if (!path.hasSubAttribute()) {
      return Optional.of(new ResolvedAttribute(extensionUrn, top.get(), null));
    }
    Optional<AttributeDefinition> sub = top.get().subAttribute(path.subAttribute());
    if (sub.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ResolvedAttribute(extensionUrn, top.get(), sub.get()));
  }
}
