package dev.scimharness.sigma;

import java.time.Instant;
import java.util.List;

/** A small organisation for the examples: SAML sign-in and one Admin, provisioning still off. */
final class Sigma {
  final AdjustableClock clock = AdjustableClock.fixed(Instant.parse("2025-01-01T09:00:00Z"));
  final Organisation org = new Organisation(clock, "https://sigma.example/scim/v2");
  final Member ada;

  Sigma() {
    ada = org.portal().addMember("ada@example.com", AccountType.ADMIN, List.of("Revenue workbook"));
    org.portal().setAuthenticationMethod(ada.id(), AuthenticationMethod.SAML);
  }

  ProvisioningKeys enable() {
    return org.portal().enableProvisioning(ada.id(), "okta");
  }

  static IdpUser user(String email) {
    return new IdpUser(email, email, "Given", "Family", null, true);
  }

  static IdpUser user(String email, String userType) {
    return new IdpUser(email, email, "Given", "Family", userType, true);
  }

  Member member(String id) {
    return org.member(id).orElseThrow();
  }
}
