package dev.scimharness.server;

/** Hooks on the discovery endpoints (RFC 7644 §4). */
public interface DiscoveryHook {
  /** Whether {@code /Schemas} lists the schema with this id. */
  default boolean lists(String schemaId) {
    return true;
  }
}
