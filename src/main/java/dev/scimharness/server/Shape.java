package dev.scimharness.server;

import dev.scimharness.scim.AttributePath;
import dev.scimharness.scim.Projection;
import dev.scimharness.scim.SchemaRegistry;
import java.util.List;

/**
 * The {@code attributes} / {@code excludedAttributes} of one request (RFC 7644 §3.4.2.5, §3.9), parsed once, and
 * whether a group's {@code members} will be returned at all — so a group's member list is not materialised for a
 * response that leaves it out (Entra's {@code excludedAttributes=members}).
 */
public record Shape(List<AttributePath> attributes, List<AttributePath> excluded) {
  static final Shape DEFAULT = new Shape(List.of(), List.of());

  public Shape {
    attributes = List.copyOf(attributes);
    excluded = List.copyOf(excluded);
  }

  static Shape parse(String attributes, String excludedAttributes) {
    return new Shape(Projection.parseList(attributes), Projection.parseList(excludedAttributes));
  }

  boolean wantsMembers() {
    if (!attributes.isEmpty()) {
      return attributes.stream().anyMatch(p -> namesMembers(p) || isGroupSchema(p));
    }
    return excluded.stream().noneMatch(Shape::namesMembers);
  }

  private static boolean namesMembers(AttributePath p) {
    if (p.schemaUrn() != null && !isGroupUrn(p.schemaUrn())) {
      return false;
    }
    return p.attribute().equalsIgnoreCase("members");
  }

  /** A bare schema URN parses as a path whose "attribute" is the URN's last segment: {@code …:2.0:Group}. */
  private static boolean isGroupSchema(AttributePath p) {
    return p.toString().equalsIgnoreCase(SchemaRegistry.GROUP);
  }

  private static boolean isGroupUrn(String urn) {
    return urn.equalsIgnoreCase(SchemaRegistry.GROUP);
  }
}
