package dev.scimharness.sigma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scimharness.scim.ScimException;
import dev.scimharness.scim.ScimType;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ScimDirectoryTest {
  private final Sigma s = new Sigma();
  private Member grace;
  private Member guest;
  private Team finance;

  @BeforeEach
  void existingUsersAndTeamsThenProvisioning() {
    grace = s.org.portal().addMember("grace@example.com", AccountType.CREATOR, List.of("Q3 forecast", "Churn"));
    guest = s.org.portal().addGuest("pat@partner.example", List.of());
    finance = s.org.portal().addTeam("Finance", Set.of(grace.id()));
    s.enable();
  }

  @Test
  void aNewUserIsANewMemberManagedByTheIdp() {
    NewUserCheck c = s.org.directory().checkNewUser(Sigma.user("new@example.com", "Viewer"));
    String id = s.provision(Sigma.user("new@example.com", "Viewer"));

    assertEquals(Optional.empty(), c.linkTo());
    Member m = s.member(id);
    assertEquals(AccountType.VIEWER, m.accountType());
    assertTrue(m.managedByIdp());
    assertFalse(m.createdBeforeScim());
  }

  @Test
  void aUserWithoutAccountTypeGetsLite() {
    NewUserCheck c = s.org.directory().checkNewUser(Sigma.user("new@example.com"));
    String id = s.provision(Sigma.user("new@example.com"));

    assertEquals(AccountType.LITE, c.accountType());
    assertEquals(AccountType.LITE, s.member(id).accountType());
  }

  @Test
  void anUnknownAccountTypeIsRefusedBeforeAnythingIsWritten() {
    ScimException e = assertThrows(ScimException.class,
        () -> s.org.directory().checkNewUser(Sigma.user("new@example.com", "Superuser")));

    assertEquals(ScimType.invalidValue, e.scimType());
    assertTrue(s.org.memberByEmail("new@example.com").isEmpty());
  }

  @Test
  void aUserWithTheSameEmailIsLinkedKeepingItsIdAndDocuments() {
    NewUserCheck c = s.org.directory().checkNewUser(Sigma.user("Grace@Example.com", "Viewer"));
    s.provision(Sigma.user("Grace@Example.com", "Viewer"));

    assertEquals(Optional.of(grace.id()), c.linkTo());
    Member m = s.member(grace.id());
    assertEquals(List.of("Q3 forecast", "Churn"), m.documents());
    assertTrue(m.managedByIdp());
    assertTrue(m.createdBeforeScim());
    assertEquals(1, s.org.members().stream().filter(x -> x.emailMatches("grace@example.com")).count());
  }

  @Test
  void aUserNameEqualToAnExistingEmailLinksToo() {
    NewUserCheck c = s.org.directory().checkNewUser(
        new IdpUser("grace@example.com", "g.hopper@example.com", null, null, null, true));

    assertEquals(Optional.of(grace.id()), c.linkTo());
  }

  @Test
  void theIdpsAccountTypeWinsOverTheOneSetInSigma() {
    s.provision(Sigma.user("grace@example.com", "Viewer"));

    assertEquals(AccountType.VIEWER, s.member(grace.id()).accountType());
  }

  @Test
  void aLinkedUserWithoutAccountTypeFromTheIdpBecomesLite() {
    s.provision(Sigma.user("grace@example.com"));

    assertEquals(AccountType.LITE, s.member(grace.id()).accountType());
  }

  @Test
  void aLinkedUserIsNoLongerOfferedForLinking() {
    s.provision(Sigma.user("grace@example.com"));

    assertEquals(Optional.empty(), s.org.directory().checkNewUser(Sigma.user("grace@example.com")).linkTo());
  }

  @Test
  void aGuestCannotBeProvisioned() {
    ScimException e = assertThrows(ScimException.class,
        () -> s.org.directory().checkNewUser(Sigma.user("pat@partner.example")));

    assertEquals(409, e.status());
    assertEquals(ScimType.uniqueness, e.scimType());
    assertTrue(e.detail().contains("guest user accounts are not supported when using SCIM"), e.detail());
    assertFalse(s.member(guest.id()).managedByIdp());
  }

  @Test
  void changingTheUserNameCreatesANewAccountAndLeavesTheOldOneAsItWas() {
    String lin = s.provision(Sigma.user("lin@example.com", "Creator"));
    Member before = s.member(lin);

    String written = s.replace(lin, "lin@example.com",
        new IdpUser("lin.chen@example.com", "lin.chen@example.com", "Lin", "Chen", "Viewer", true));

    assertNotEquals(lin, written);
    assertEquals(before, s.member(lin));
    assertEquals("lin.chen@example.com", s.member(written).userName());
    assertEquals(AccountType.VIEWER, s.member(written).accountType());
  }

  @Test
  void aChangeOfCaseOnlyIsNotANewUserName() {
    assertFalse(s.org.directory().createsNewAccount("lin@example.com", Sigma.user("LIN@example.com")));
    assertTrue(s.org.directory().createsNewAccount("lin@example.com", Sigma.user("lin2@example.com")));
  }

  @Test
  void aReplacementWithAnUndefinedAccountTypeIsRefused() {
    assertThrows(ScimException.class,
        () -> s.org.directory().createsNewAccount("lin@example.com", Sigma.user("lin@example.com", "Boss")));
  }

  @Test
  void deactivationFromTheIdpMakesTheMemberInactive() {
    String lin = s.provision(Sigma.user("lin@example.com"));

    s.replace(lin, "lin@example.com", new IdpUser("lin@example.com", null, null, null, null, false));

    assertEquals(MemberState.INACTIVE, s.member(lin).state());
    assertFalse(s.org.signIn("lin@example.com").allowed());
  }

  @Test
  void aGroupWithTheNameOfAnExistingTeamIsLinkedToIt() {
    String lin = s.provision(Sigma.user("lin@example.com"));

    String t = s.push("finance", Set.of(lin));

    assertEquals(finance.id(), t);
    Team linked = s.org.team(finance.id()).orElseThrow();
    assertTrue(linked.managedByIdp());
    assertEquals(Set.of(lin, grace.id()), linked.members());
    assertEquals(Optional.empty(), s.org.directory().checkNewTeam("Finance"));
  }

  @Test
  void aSyncWithoutThePreScimMemberLeavesThemInTheTeam() {
    String g = s.provision(Sigma.user("grace@example.com"));
    String t = s.push("Finance", Set.of(g));

    s.org.directory().teamWritten(t, "Finance", Set.of());

    Team after = s.org.team(t).orElseThrow();
    assertEquals(Set.of(grace.id()), after.members());
    assertEquals(Set.of(grace.id()), after.leftovers());
  }

  @Test
  void aNewGroupBecomesANewTeam() {
    String t = s.push("Marketing", Set.of());

    assertNotEquals(finance.id(), t);
    assertFalse(s.org.team(t).orElseThrow().createdBeforeScim());
  }

  @Test
  void groupMembersSigmaDoesNotKnowAreIgnored() {
    String t = s.push("Marketing", Set.of("some-nested-group"));

    assertEquals(Set.of(), s.org.team(t).orElseThrow().members());
  }

  @Test
  void deletingAGroupRemovesTheTeam() {
    String t = s.push("Marketing", Set.of());

    s.org.directory().teamDeleted(t);

    assertTrue(s.org.team(t).isEmpty());
  }

  @Test
  void deletingAUserRemovesItFromItsTeams() {
    String lin = s.provision(Sigma.user("lin@example.com"));
    String t = s.push("Marketing", Set.of(lin));

    s.org.directory().userDeleted(lin);

    assertTrue(s.org.member(lin).isEmpty());
    assertEquals(Set.of(), s.org.team(t).orElseThrow().members());
  }
}
