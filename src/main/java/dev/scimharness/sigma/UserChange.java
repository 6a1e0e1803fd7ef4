package dev.scimharness.sigma;

/**
 * The outcome of an IdP replacing or patching a user. The guide: "Changing a user's username creates a new account
 * for that user in Sigma and does not update the username of an existing user" — RFC 7644 §3.5.1 would have the
 * resource replaced in place.
 */
public sealed interface UserChange {
  AccountType accountType();

  /** The member was updated in place. */
  record Updated(String memberId, AccountType accountType) implements UserChange {}

  /** The userName changed: a new member was created and the old one left as it was. */
  record NewAccount(String oldMemberId, String newMemberId, AccountType accountType) implements UserChange {}
}
