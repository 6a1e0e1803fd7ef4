package dev.scimharness.sigma;

/**
 * The outcome of an IdP creating a user.
 *
 * @param memberId the new member's id, or the existing member's when {@code linked}
 * @param linked an existing Sigma user with the same email was linked instead of a new one created
 * @param accountType what {@code userType} resolved to (Lite when the IdP sent none)
 */
public record ProvisionedUser(String memberId, boolean linked, AccountType accountType) {}
