package dev.scimharness.sigma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scimharness.scim.ScimException;
import dev.scimharness.scim.ScimType;
import java.util.List;
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
  void aNewUserGetsANewMemberIdAndIsManagedByTheIdp() {
    ProvisionedUser p = s.org.directory().createUser(Sigma.user("new@example.com", "Viewer"));

    assertFalse(p.linked());
    Member m = s.member(p.memberId());
    assertEquals(AccountType.VIEWER, m.accountType());
    assertTrue(m.managedByIdp());
    assertFalse(m.createdBeforeScim());
  }

  @Test
  void aUserWithoutAccountTypeGetsLite() {
    ProvisionedUser p = s.org.directory().createUser(Sigma.user("new@example.com"));

    assertEquals(AccountType.LITE, p.accountType());
    assertEquals(AccountType.LITE, s.member(p.memberId()).accountType());
  }

  @Test
  void anUnknownAccountTypeIsRefusedAndNothingIsCreated() {
    ScimException e = assertThrows(ScimException.class,
        () -> s.org.directory().createUser(Sigma.user("new@example.com", "Superuser")));

    assertEquals(ScimType.invalidValue, e.scimType());
    assertTrue(s.org.memberByEmail("new@example.com").isEmpty());
  }

  @Test
  void aUserWithTheSameEmailIsLinkedKeepingItsIdAndDocuments() {
    ProvisionedUser p = s.org.directory().createUser(Sigma.user("Grace@Example.com", "Viewer"));

    assertTrue(p.linked());
    assertEquals(grace.id(), p.memberId());
    Member m = s.member(grace.id());
    assertEquals(List.of("Q3 forecast", "Churn"), m.documents());
    assertTrue(m.managedByIdp());
    assertTrue(m.createdBeforeScim());
    assertEquals(1, s.org.members().stream().filter(x -> x.emailMatches("grace@example.com")).count());
  }

  @Test
  void theIdpsAccountTypeWinsOverTheOneSetInSigma() {
    s.org.directory().createUser(Sigma.user("grace@example.com", "Viewer"));

    assertEquals(AccountType.VIEWER, s.member(grace.id()).accountType());
  }

  @Test
  void aLinkedUserWithoutAccountTypeFromTheIdpBecomesLite() {
    s.org.directory().createUser(Sigma.user("grace@example.com"));

    assertEquals(AccountType.LITE, s.member(grace.id()).accountType());
  }

  @Test
  void aGuestCannotBeProvisioned() {
    ScimException e = assertThrows(ScimException.class,
        () -> s.org.directory().createUser(Sigma.user("pat@partner.example")));

    assertEquals(409, e.status());
    assertTrue(e.detail().contains("guest user accounts are not supported when using SCIM"), e.detail());
    assertFalse(s.member(guest.id()).managedByIdp());
  }

  @Test
  void changingTheUserNameCreatesANewAccountAndLeavesTheOldOneAsItWas() {
    ProvisionedUser p = s.org.directory().createUser(Sigma.user("lin@example.com", "Creator"));
    Member before = s.member(p.memberId());

    UserChange c = s.org.directory().replaceUser(p.memberId(), "lin@example.com",
        new IdpUser("lin.chen@example.com", "lin.chen@example.com", "Lin", "Chen", "Viewer", true));

    UserChange.NewAccount n = assertInstanceOf(c);
    assertNotEquals(p.memberId(), n.newMemberId());
    assertEquals(before, s.member(p.memberId()));
    assertEquals("lin.chen@example.com", s.member(n.newMemberId()).userName());
    assertEquals(AccountType.VIEWER, s.member(n.newMemberId()).accountType());
  }

  @Test
  void aChangeOfCaseOnlyIsNotANewUserName() {
    ProvisionedUser p = s.org.directory().createUser(Sigma.user("lin@example.com"));

    UserChange c = s.org.directory().replaceUser(p.memberId(), "lin@example.com", Sigma.user("LIN@example.com"));

    assertTrue(c instanceof UserChange.Updated);
  }

  @Test
  void deactivationFromTheIdpMakesTheMemberInactive() {
    ProvisionedUser p = s.org.directory().createUser(Sigma.user("lin@example.com"));

    s.org.directory().replaceUser(p.memberId(), "lin@example.com",
        new IdpUser("lin@example.com", null, null, null, null, false));

    assertEquals(MemberState.INACTIVE, s.member(p.memberId()).state());
    assertFalse(s.org.signIn("lin@example.com").allowed());
  }

  @Test
  void aGroupWithTheNameOfAnExistingTeamIsLinkedToIt() {
    ProvisionedUser lin = s.org.directory().createUser(Sigma.user("lin@example.com"));

    ProvisionedTeam t = s.org.directory().createTeam("finance", Set.of(lin.memberId()));

    assertTrue(t.linked());
    assertEquals(finance.id(), t.teamId());
    Team linked = s.org.team(finance.id()).orElseThrow();
    assertTrue(linked.managedByIdp());
    assertEquals(Set.of(lin.memberId(), grace.id()), linked.members());
  }

  @Test
  void aSyncWithoutThePreScimMemberLeavesThemInTheTeam() {
    ProvisionedUser g = s.org.directory().createUser(Sigma.user("grace@example.com"));
    ProvisionedTeam t = s.org.directory().createTeam("Finance", Set.of(g.memberId()));

    s.org.directory().replaceTeam(t.teamId(), "Finance", Set.of());

    Team after = s.org.team(t.teamId()).orElseThrow();
    assertEquals(Set.of(grace.id()), after.members());
    assertEquals(Set.of(grace.id()), after.leftovers());
  }

  @Test
  void aNewGroupBecomesANewTeam() {
    ProvisionedTeam t = s.org.directory().createTeam("Marketing", Set.of());

    assertFalse(t.linked());
    assertFalse(s.org.team(t.teamId()).orElseThrow().createdBeforeScim());
  }

  @Test
  void deletingAGroupRemovesTheTeam() {
    ProvisionedTeam t = s.org.directory().createTeam("Marketing", Set.of());

    s.org.directory().deleteTeam(t.teamId());

    assertTrue(s.org.team(t.teamId()).isEmpty());
  }

  @Test
  void deletingAUserRemovesItFromItsTeams() {
    ProvisionedUser lin = s.org.directory().createUser(Sigma.user("lin@example.com"));
    ProvisionedTeam t = s.org.directory().createTeam("Marketing", Set.of(lin.memberId()));

    s.org.directory().deleteUser(lin.memberId());

    assertTrue(s.org.member(lin.memberId()).isEmpty());
    assertEquals(Set.of(), s.org.team(t.teamId()).orElseThrow().members());
  }

  private static UserChange.NewAccount assertInstanceOf(UserChange c) {
    return org.junit.jupiter.api.Assertions.assertInstanceOf(UserChange.NewAccount.class, c);
  }
}
