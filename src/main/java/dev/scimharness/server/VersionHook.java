package dev.scimharness.server;

/** Hooks on resource versions (RFC 7644 §3.14): what the ETag derives from, and the {@code If-Match} precondition. */
public interface VersionHook {
  /** The number the weak ETag and {@code meta.version} are made of: by default the content version. */
  default long version(StoredResource r) {
    return r.version();
  }

  /** The {@code If-Match} value a write is checked against; {@code null} means no precondition. */
  default String ifMatch(String header) {
    return header;
  }
}
