package dev.scimharness.server;

/** Hooks on the discovery endpoints (RFC 7644 §4). */
public interface DiscoveryHook {
  /** Whether {@code /Schemas} lists the schema with this id. */
  default boolean lists(String schemaId) {
    return true;
  }

  /** Whether a {@code filter} on a discovery endpoint is refused with 403 (RFC 7644 §4). */
  default boolean refusesFilter() {
    return true;
  }
}
