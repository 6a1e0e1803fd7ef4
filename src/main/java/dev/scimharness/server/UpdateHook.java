package dev.scimharness.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.patch.PatchRequest;
import dev.scimharness.scim.ScimException;

/** Hooks on PUT (RFC 7644 §3.5.1) and PATCH (§3.5.2), each at the step it may change. */
public interface UpdateHook {
  /** Before a PUT is stored: may change the validated {@code replacement} given the {@code stored} attributes. */
  default void replacing(ObjectNode stored, ObjectNode replacement) {}

  /** The PATCH request as the server applies it, from the one the parser read. */
  default PatchRequest request(ResourceKind kind, PatchRequest parsed) {
    return parsed;
  }

  /** Whether a PATCH that passed its version check changes the resource. */
  default boolean applies() {
    return true;
  }

  /** Whether the PATCH engine's refusal is answered as success without a change. */
  default boolean ignores(ScimException refusal) {
    return false;
  }

  /** The resource a PATCH response shows: by default the one stored. */
  default StoredResource answer(StoredResource before, StoredResource after) {
    return after;
  }
}
