package dev.scimharness.sigma;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scimharness.scim.ScimException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenBindingTest {
  private final Sigma s = new Sigma();

  private ScimException refused(String token) {
    return assertThrows(ScimException.class, () -> s.org.directory().authenticate(token));
  }

  @Test
  void theIssuedTokenAuthenticatesTheIdp() {
    ProvisioningKeys keys = s.enable();

    assertDoesNotThrow(() -> s.org.directory().authenticate(keys.bearerToken()));
  }

  @Test
  void anUnknownOrMissingTokenIsUnauthorized() {
    s.enable();

    assertEquals(401, refused("not-a-token").status());
    assertEquals(401, refused(null).status());
  }

  @Test
  void archivingTheEnablingAdminKillsTheTokenAndSaysWhy() {
    ProvisioningKeys keys = s.enable();

    s.org.api().patchMember(s.ada.id(), new MemberPatch(null, true, null, null, null, null));

    ScimException e = refused(keys.bearerToken());
    assertEquals(401, e.status());
    assertTrue(e.detail().contains("ada@example.com"), e.detail());
    assertTrue(e.detail().contains("was archived"), e.detail());
    assertTrue(e.detail().contains("re-enable provisioning"), e.detail());
  }

  @Test
  void deactivatingTheLinkedAdminThroughScimKillsTheToken() {
    ProvisioningKeys keys = s.enable();
    s.provision(Sigma.user("ada@example.com", "Admin"));

    s.replace(s.ada.id(), "ada@example.com",
        new IdpUser("ada@example.com", "ada@example.com", null, null, "Admin", false));

    assertTrue(refused(keys.bearerToken()).detail().contains("was deactivated"));
  }

  @Test
  void changingTheAdminsAccountTypeKillsTheToken() {
    ProvisioningKeys keys = s.enable();
    s.provision(Sigma.user("ada@example.com", "Admin"));

    s.replace(s.ada.id(), "ada@example.com", Sigma.user("ada@example.com", "Creator"));

    assertTrue(refused(keys.bearerToken()).detail().contains("account type changed from Admin to Creator"));
  }

  @Test
  void unassigningTheAdminKillsTheToken() {
    ProvisioningKeys keys = s.enable();
    s.provision(Sigma.user("ada@example.com", "Admin"));

    s.org.directory().userDeleted(s.ada.id());

    assertTrue(refused(keys.bearerToken()).detail().contains("removed from the organisation (unassigned)"));
  }

  @Test
  void aDeadTokenStaysDeadEvenWhenTheAdminComesBack() {
    ProvisioningKeys keys = s.enable();
    s.org.api().patchMember(s.ada.id(), new MemberPatch(null, true, null, null, null, null));
    s.org.api().patchMember(s.ada.id(), new MemberPatch(null, false, null, null, null, null));

    assertEquals(401, refused(keys.bearerToken()).status());
  }

  @Test
  void reEnablingWithAnotherAdminIssuesANewTokenAndTheOldOneStaysDead() {
    Member bo = s.org.portal().addMember("bo@example.com", AccountType.ADMIN, List.of());
    ProvisioningKeys old = s.enable();
    s.org.api().patchMember(s.ada.id(), new MemberPatch(null, true, null, null, null, null));

    s.org.portal().disableProvisioning(bo.id());
    ProvisioningKeys fresh = s.org.portal().enableProvisioning(bo.id(), "okta-2");

    assertNotEquals(old.bearerToken(), fresh.bearerToken());
    assertDoesNotThrow(() -> s.org.directory().authenticate(fresh.bearerToken()));
    assertEquals(401, refused(old.bearerToken()).status());
    assertEquals(bo.id(), s.org.provisioning().adminId());
  }

  @Test
  void theAdminWhoLeftCannotRemoveProvisioning() {
    s.enable();
    s.org.api().patchMember(s.ada.id(), new MemberPatch(null, true, null, null, null, null));

    assertThrows(Refusal.class, () -> s.org.portal().disableProvisioning(s.ada.id()));
  }

  @Test
  void turningProvisioningOffRevokesTheTokenWithAClearReason() {
    ProvisioningKeys keys = s.enable();

    s.org.portal().disableProvisioning(s.ada.id());

    ScimException e = refused(keys.bearerToken());
    assertTrue(e.detail().contains("turned off"), e.detail());
    assertTrue(e.detail().contains("no longer sync"), e.detail());
  }

  @Test
  void aScimChangeWhileProvisioningIsOffIsRefused() {
    s.enable();
    s.org.portal().disableProvisioning(s.ada.id());

    ScimException e = assertThrows(ScimException.class,
        () -> s.provision(Sigma.user("new@example.com")));

    assertEquals(401, e.status());
    assertTrue(s.org.memberByEmail("new@example.com").isEmpty());
  }
}
