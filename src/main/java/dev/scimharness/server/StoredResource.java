package dev.scimharness.server;

import java.time.Instant;
import java.util.Objects;

/**
 * One resource as the store keeps it: compact, immutable, replaced on every change. {@code body} is the UTF-8 JSON
 * of the client-owned attributes only (no {@code id}, {@code meta}, {@code members} or {@code groups}: those are
 * held as fields or in the membership index and materialised on read). {@code name} is the {@code userName} of a
 * user or the {@code displayName} of a group, kept for the indices.
 *
 * @param seq     creation order, for a stable listing order
 * @param version grows on every change; the ETag is derived from it
 */
public record StoredResource(String id, ResourceKind kind, long seq, byte[] body, long version, long created,
    long lastModified, String name, String externalId) {

  public StoredResource {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(body, "body");
  }

  public Instant createdAt() {
    return Instant.ofEpochMilli(created);
  }

  public Instant lastModifiedAt() {
    return Instant.ofEpochMilli(lastModified);
  }
}
