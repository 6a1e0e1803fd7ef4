package dev.scimharness.sigma;

import java.util.Optional;

/**
 * What Sigma decided about a user an IdP is about to create, before anything is written.
 *
 * @param accountType what {@code userType} resolved to (Lite when the IdP sent none)
 * @param linkTo the id of an existing Sigma user with the same email, which the IdP's user becomes
 */
public record NewUserCheck(AccountType accountType, Optional<String> linkTo) {}
