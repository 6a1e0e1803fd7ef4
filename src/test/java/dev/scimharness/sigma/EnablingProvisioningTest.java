package dev.scimharness.sigma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EnablingProvisioningTest {
  private final Sigma s = new Sigma();

  @ParameterizedTest
  @EnumSource(value = AuthenticationMethod.class, names = {"PASSWORD", "SAML_OR_PASSWORD"})
  void passwordBasedMethodsRefuseProvisioningNamingTheMethod(AuthenticationMethod m) {
    s.org.portal().setAuthenticationMethod(s.ada.id(), m);

    Refusal r = assertThrows(Refusal.class, s::enable);

    assertEquals(Refusal.Kind.FORBIDDEN, r.kind());
    assertTrue(r.reason().contains("SCIM doesn't work with the following authentication types"), r.reason());
    assertTrue(r.reason().contains("'" + m.label() + "'"), r.reason());
    assertFalse(s.org.provisioning().enabled());
  }

  @ParameterizedTest
  @EnumSource(value = AuthenticationMethod.class, names = {"SAML", "OAUTH"})
  void samlAndOauthAllowAnAdminToEnableProvisioning(AuthenticationMethod m) {
    s.org.portal().setAuthenticationMethod(s.ada.id(), m);

    ProvisioningKeys keys = s.enable();

    assertEquals("okta", keys.tokenName());
    assertTrue(keys.bearerToken().length() > 30);
    assertEquals("https://sigma.example/scim/v2", keys.directoryBaseUrl());
    ProvisioningStatus p = s.org.provisioning();
    assertTrue(p.enabled());
    assertEquals(s.ada.id(), p.adminId());
    assertNull(p.brokenReason());
  }

  @Test
  void onlyAnAdminCanInitiateProvisioning() {
    Member cy = s.org.portal().addMember("cy@example.com", AccountType.CREATOR, List.of());

    Refusal r = assertThrows(Refusal.class, () -> s.org.portal().enableProvisioning(cy.id(), "okta"));

    assertEquals("You must be assigned the Admin account type to initiate provisioning.", r.reason());
  }

  @Test
  void anInactiveAdminCannotInitiateProvisioning() {
    Member bo = s.org.portal().addMember("bo@example.com", AccountType.ADMIN, List.of());
    s.org.api().patchMember(bo.id(), new MemberPatch(null, null, true, null, null, null));

    assertThrows(Refusal.class, () -> s.org.portal().enableProvisioning(bo.id(), "okta"));
  }

  @Test
  void theTokenIsShownOnceAndNeverAgain() {
    ProvisioningKeys keys = s.enable();

    assertFalse(keys.toString().contains(keys.bearerToken()));
    assertFalse(s.org.provisioning().toString().contains(keys.bearerToken()));
  }

  @Test
  void enablingTwiceIsRefusedUntilProvisioningIsRemoved() {
    s.enable();

    assertEquals(Refusal.Kind.CONFLICT, assertThrows(Refusal.class, s::enable).kind());
  }

  @Test
  void aTokenNeedsAName() {
    Refusal r = assertThrows(Refusal.class, () -> s.org.portal().enableProvisioning(s.ada.id(), " "));

    assertEquals(Refusal.Kind.INVALID, r.kind());
  }

  @Test
  void passwordSignInCannotReturnWhileProvisioningIsOn() {
    s.enable();

    Refusal r = assertThrows(Refusal.class,
        () -> s.org.portal().setAuthenticationMethod(s.ada.id(), AuthenticationMethod.SAML_OR_PASSWORD));

    assertTrue(r.reason().contains("Turn off account type and team provisioning"), r.reason());
    assertEquals(AuthenticationMethod.SAML, s.org.authenticationMethod());
  }

  @Test
  void enablingProvisioningDisablesEveryGuest() {
    Member guest = s.org.portal().addGuest("guest@partner.example", List.of("Shared dashboard"));
    assertTrue(s.org.signIn("guest@partner.example").allowed());

    s.enable();

    assertEquals(MemberState.INACTIVE, s.member(guest.id()).state());
    SignIn signIn = s.org.signIn("guest@partner.example");
    assertFalse(signIn.allowed());
    assertTrue(signIn.reason().contains("guest user accounts are not supported when using SCIM"), signIn.reason());
    assertTrue(s.org.signIn("ada@example.com").allowed());
  }

  @Test
  void noGuestCanBeAddedWhileProvisioningIsOn() {
    s.enable();

    Refusal r = assertThrows(Refusal.class, () -> s.org.portal().addGuest("g@partner.example", List.of()));

    assertEquals("Guest user accounts are not supported when using SCIM.", r.reason());
  }

  @Test
  void authenticationMethodsAreNamedAsThePortalNamesThem() {
    assertEquals(AuthenticationMethod.SAML_OR_PASSWORD, AuthenticationMethod.fromLabel("SAML or password"));
    assertEquals(AuthenticationMethod.OAUTH, AuthenticationMethod.fromLabel("oauth"));
    assertThrows(IllegalArgumentException.class, () -> AuthenticationMethod.fromLabel("Kerberos"));
  }
}
