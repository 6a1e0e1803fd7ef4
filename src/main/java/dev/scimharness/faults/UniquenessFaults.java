package dev.scimharness.faults;

import dev.scimharness.server.UniquenessHook;

/**
 * The userName uniqueness faults of the store: {@link Fault#DUPLICATE_USERNAME_ACCEPTED} (RFC 7644 §3.3) and
 * {@link Fault#USERNAME_UNIQUENESS_CASE_SENSITIVE} (RFC 7643 §4.1.1).
 */
record UniquenessFaults(Faults on) implements UniquenessHook {
  @Override
  public String userNameKey(String userName) {
    return on.has(Fault.USERNAME_UNIQUENESS_CASE_SENSITIVE) ? userName : UniquenessHook.super.userNameKey(userName);
  }

  @Override
  public void taken(String userName) {
    if (!on.has(Fault.DUPLICATE_USERNAME_ACCEPTED)) {
      UniquenessHook.super.taken(userName);
    }
  }
}
