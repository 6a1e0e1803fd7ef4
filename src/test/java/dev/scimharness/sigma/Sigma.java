package dev.scimharness.sigma;

import dev.scimharness.server.MovableClock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A small organisation for the examples — SAML sign-in and one Admin, provisioning still off — and the part a SCIM
 * endpoint plays in front of it: ask, write (here: pick the id), report.
 */
final class Sigma {
  final MovableClock clock = MovableClock.fixed(Instant.parse("2025-01-01T09:00:00Z"));
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

  /** POST /Users: the new user's id, the linked member's when there is one. */
  String provision(IdpUser u) {
    NewUserCheck c = org.directory().checkNewUser(u);
    String id = c.linkTo().orElseGet(org::newId);
    org.directory().userWritten(id, u);
    return id;
  }

  /** PUT /Users/{id}: the id of the user written — a new one when the username changed. */
  String replace(String id, String currentUserName, IdpUser u) {
    String written = org.directory().createsNewAccount(currentUserName, u) ? org.newId() : id;
    org.directory().userWritten(written, u);
    return written;
  }

  /** POST /Groups: the new group's id, the linked team's when there is one. */
  String push(String displayName, Set<String> members) {
    String id = org.directory().checkNewTeam(displayName).orElseGet(org::newId);
    org.directory().teamWritten(id, displayName, members);
    return id;
  }
}
