package dev.scimharness.server;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Hooks on the representation a response carries (RFC 7644 §3.4.2.5, §3.9; RFC 7643 §2.4 {@code returned}). */
public interface RenderHook {
  /** The projection the response is shaped with, from the one the request asked for. */
  default Shape shape(Shape requested) {
    return requested;
  }

  /** May change the representation of {@code stored} after projection. */
  default void rendered(StoredResource stored, ObjectNode representation) {}
}
