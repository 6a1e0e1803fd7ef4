package dev.scimharness.sigma;

import java.util.List;

/**
 * Sign-ins through SAML, each carrying what the IdP holds about the person. The guide, "SCIM with SAML": "when
 * using SAML alone, syncing new users and updates between your IdP and Sigma is not automatic. A user must sign in
 * to Sigma for updates to persist in Sigma." So the assertion's names and account type persist at the sign-in, and
 * not before; a person without an account gets one then. A member an IdP manages through SCIM is left to SCIM.
 */
final class SamlSignIns {
  private final Organisation org;

  SamlSignIns(Organisation org) {
    this.org = org;
  }

  SignIn signIn(IdpUser asserted) {
    return org.act(() -> {
      AuthenticationMethod m = org.authenticationMethod();
      if (m != AuthenticationMethod.SAML && m != AuthenticationMethod.SAML_OR_PASSWORD) {
        return SignIn.refused("This organisation does not sign people in with SAML ('" + m.label() + "').");
      }
      AccountType type = org.accountTypes().fromUserType(asserted.userType());
      Member now = org.allMembers().stream().filter(x -> x.emailMatches(asserted.email())).findFirst().orElse(null);
      if (now == null) {
        org.put(new Member(org.newId(), asserted.email(), asserted.userName(), asserted.givenName(),
            asserted.familyName(), type, MemberState.ACTIVE, false, true, false, List.of()));
      } else if (!now.guest() && !now.managedByIdp() && org.faults().samlSignInPersists()) {
        org.put(now.withNames(or(asserted.givenName(), now.givenName()), or(asserted.familyName(), now.familyName()))
            .withAccountType(type));
      }
      return org.signIn(asserted.email());
    });
  }

  private static String or(String asserted, String current) {
    return asserted != null ? asserted : current;
  }
}
