package dev.scimharness.server;

import dev.scimharness.scim.SchemaRegistry;

/**
 * The resource types the server stores (RFC 7643 §4 and §6), with their endpoint, core schema and the attribute
 * the store indexes as the resource's name. User and Group are RFC 7643's; ServicePrincipal is the server's own
 * (docs/reference-server.md), so that the suite's generic checks of advertised resource types have one to run on.
 */
public enum ResourceKind {
  USER("User", "/Users", SchemaRegistry.USER, "userName", true),
  GROUP("Group", "/Groups", SchemaRegistry.GROUP, "displayName", false),
  SERVICE_PRINCIPAL("ServicePrincipal", "/ServicePrincipals", SchemaRegistry.SERVICE_PRINCIPAL, "applicationId", true);

  private final String typeName;
  private final String endpoint;
  private final String schema;
  private final String nameAttribute;
  private final boolean uniqueName;

  ResourceKind(String typeName, String endpoint, String schema, String nameAttribute, boolean uniqueName) {
    this.typeName = typeName;
    this.endpoint = endpoint;
    this.schema = schema;
    this.nameAttribute = nameAttribute;
    this.uniqueName = uniqueName;
  }

  /** The attribute the store indexes as the name: {@code userName}, {@code displayName}, {@code applicationId}. */
  public String nameAttribute() {
    return nameAttribute;
  }

  /** Whether the name is {@code uniqueness: server} (RFC 7643 §7), reserved atomically by the store. */
  public boolean uniqueName() {
    return uniqueName;
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
