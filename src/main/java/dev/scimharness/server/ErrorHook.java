package dev.scimharness.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.ScimException;

/** Hook on error responses (RFC 7644 §3.12), including the per-operation errors of a bulk response. */
public interface ErrorHook {
  /** May change the error body the server built for {@code error}. */
  default void body(ScimException error, ObjectNode body) {}

  /** Whether a 401 carries the {@code WWW-Authenticate: Bearer} challenge (RFC 6750 §3). */
  default boolean challenges() {
    return true;
  }
}
