package dev.scimharness.server;

import dev.scimharness.scim.SchemaRegistry;

/** The two resource types the server stores (RFC 7643 §4 and §6), with their endpoint and core schema. */
public enum ResourceKind {
  USER("User", "/Users", SchemaRegistry.USER),
  GROUP("Group", "/Groups", SchemaRegistry.GROUP);

  private final String typeName;
  private final String endpoint;
  private final String schema;

  ResourceKind(String typeName, String endpoint, String schema) {
    this.typeName = typeName;
    this.endpoint = endpoint;
    this.schema = schema;
  }

  /** The resource type name, as in {@code meta.resourceType} and {@code /ResourceTypes/{name}}. */
  public String typeName() {
    return typeName;
  }

  /** The endpoint relative to the base URL, e.g. {@code /Users}. */
  public String endpoint() {
    return endpoint;
  }

  public String schema() {
    return schema;
  }
}
