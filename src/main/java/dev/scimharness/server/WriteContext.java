package dev.scimharness.server;

import java.util.Objects;

/** Who is writing what, for a {@link Profile} hook: the tenant, the token's grant, the resource kind, the verb. */
public record WriteContext(Tenant tenant, TokenGrant grant, ResourceKind kind, Operation operation) {

  /** The protocol operation that leads to the write. */
  public enum Operation { CREATE, REPLACE, PATCH, DELETE }

  public WriteContext {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(operation, "operation");
  }
}
