package dev.scimharness.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.SchemaRegistry;
import io.javalin.Javalin;
import java.time.Instant;

/**
 * A provider's behaviour on top of the RFC: its schemas, what its ServiceProviderConfig says, and hooks at every
 * point where a real provider departs from RFC 7644. Every hook has a no-op default, so {@link RfcProfile} is
 * empty and a provider profile overrides only what it changes. Hooks that refuse throw a {@code ScimException}
 * (a 401 from {@link #authenticate}, a 400 from a write hook, …), which the server answers as a SCIM error.
 */
public interface Profile {

  /** The name used in {@code --profile} and {@code -Dscim.profile}. */
  String name();

  /** Adds or changes schemas and resource types (e.g. an extension) before the server starts. */
  default void customiseSchemas(SchemaRegistry registry) {}

  /** Adjusts the ServiceProviderConfig the server computed from what it really does. */
  default void customiseServiceProviderConfig(ObjectNode serviceProviderConfig) {}

  /**
   * Called on every request that presented a known token, before anything else; throw a 401 {@code ScimException}
   * to refuse (e.g. the administrator the token is bound to was deactivated).
   */
  default void authenticate(Tenant tenant, String token, TokenGrant grant, String method, String path) {}

  /** Before a resource is created: may change it, refuse it, or redirect it onto an existing resource. */
  default WritePlan beforeCreate(WriteContext ctx, ObjectNode proposed) {
    return WritePlan.proceed(proposed);
  }

  /**
   * Before a PUT or a PATCH is stored, with the resource as it is and as it would become (members excluded:
   * those go through {@link #beforeMembershipChange}). May change it, refuse it, or create a new resource instead.
   */
  default WritePlan beforeUpdate(WriteContext ctx, ObjectNode existing, ObjectNode proposed) {
    return WritePlan.proceed(proposed);
  }

  /**
   * After a create, PUT or PATCH was stored (also when a plan redirected it), with what the store now holds; a
   * group's members are in {@code ctx.tenant().store().members(id)}. Not called for a write that failed.
   */
  default void afterWrite(WriteContext ctx, StoredResource stored) {}

  /** Before a resource is deleted; throw to refuse. */
  default void beforeDelete(WriteContext ctx, ObjectNode existing) {}

  /** Before a group's members change, with the ids that would be added and removed; may narrow the change. */
  default MembershipChange beforeMembershipChange(WriteContext ctx, String groupId, MembershipChange change) {
    return change;
  }

  /**
   * Whether a resource is visible to SCIM clients now: a profile may hide resources that predate provisioning or
   * delay a change's visibility. Only consulted when {@link #hidesResources()} is true.
   */
  default boolean visible(Tenant tenant, ResourceKind kind, String id, Instant lastModified) {
    return true;
  }

  /** Whether {@link #visible} can return false; lets the RFC profile count and page without looking. */
  default boolean hidesResources() {
    return false;
  }

  /** Adds provider-specific HTTP routes (e.g. a REST API beside SCIM) once the server is built. */
  default void routes(Javalin app, ProfileContext server) {}
}
