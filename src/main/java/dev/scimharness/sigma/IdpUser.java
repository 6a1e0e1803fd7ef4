package dev.scimharness.sigma;

import java.util.Objects;

/**
 * A user as an IdP pushes it through SCIM, read out of the SCIM resource.
 *
 * @param email the email Sigma matches existing users by; the {@code userName} when the IdP sends none
 * @param userType the account type the IdP names, {@code null} when it names none
 */
public record IdpUser(String userName, String email, String givenName, String familyName, String userType,
    boolean active) {
  public IdpUser {
    Objects.requireNonNull(userName, "userName");
    if (email == null || email.isBlank()) {
      email = userName;
    }
  }
}
