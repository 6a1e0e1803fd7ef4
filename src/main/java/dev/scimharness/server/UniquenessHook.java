package dev.scimharness.server;

import dev.scimharness.scim.ScimException;
import java.util.Locale;

/** Hooks on {@code userName} uniqueness in the store (RFC 7643 §4.1.1: unique, {@code caseExact: false}). */
public interface UniquenessHook {
  /** The key a userName is indexed and looked up by: by default folded to lower case. */
  default String userNameKey(String userName) {
    return userName.toLowerCase(Locale.ROOT);
  }

  /** Called when a write would give a user a userName another user holds; by default 409 (RFC 7644 §3.3). */
  default void taken(String userName) {
    throw ScimException.uniqueness("userName '" + userName + "' is already in use.");
  }
}
