package dev.scimharness.sigma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MembersApiTest {
  private static final MemberPatch ARCHIVE = new MemberPatch(null, true, null, null, null, null);

  private final Sigma s = new Sigma();
  private Member grace;
  private Team finance;

  @BeforeEach
  void preScimData() {
    grace = s.org.portal().addMember("grace@example.com", AccountType.CREATOR, List.of("Q3 forecast"));
    finance = s.org.portal().addTeam("Finance", Set.of(grace.id()));
  }

  @Test
  void beforeProvisioningEverythingIsEditable() {
    Member m = s.org.api().patchMember(grace.id(), new MemberPatch("Viewer", null, null, "Grace", "Hopper", null));
    Team t = s.org.api().patchTeam(finance.id(), "Finance & Ops");

    assertEquals(AccountType.VIEWER, m.accountType());
    assertEquals("Hopper", m.familyName());
    assertEquals("Finance & Ops", t.name());
  }

  @Test
  void archivingIsTheOnlyChangeToAPreScimUserWhileProvisioningIsOn() {
    s.enable();

    Refusal r = assertThrows(Refusal.class,
        () -> s.org.api().patchMember(grace.id(), new MemberPatch("Viewer", null, null, null, null, null)));
    Member archived = s.org.api().patchMember(grace.id(), ARCHIVE);

    assertEquals(Refusal.Kind.FORBIDDEN, r.kind());
    assertTrue(r.reason().contains("can only be archived (isArchived)"), r.reason());
    assertEquals(MemberState.ARCHIVED, archived.state());
    assertFalse(s.org.signIn("grace@example.com").allowed());
  }

  @Test
  void anIdpManagedUserIsReadOnlyInTheApi() {
    s.enable();
    String p = s.provision(Sigma.user("lin@example.com"));

    Refusal r = assertThrows(Refusal.class, () -> s.org.api().patchMember(p, ARCHIVE));

    assertTrue(r.reason().contains("managed by your IdP"), r.reason());
  }

  @Test
  void thePortalIsReadOnlyForUsersAndTeamsWhileProvisioningIsOn() {
    s.enable();

    List<Runnable> edits = List.of(
        () -> s.org.portal().addMember("x@example.com", AccountType.LITE, List.of()),
        () -> s.org.portal().changeAccountType(grace.id(), AccountType.ADMIN),
        () -> s.org.portal().addTeam("Sales", Set.of()),
        () -> s.org.portal().addToTeam(finance.id(), grace.id()),
        () -> s.org.portal().removeFromTeam(finance.id(), grace.id()),
        () -> s.org.api().patchTeam(finance.id(), "Renamed"));
    for (Runnable edit : edits) {
      Refusal r = assertThrows(Refusal.class, edit::run);
      assertEquals(AdminPortal.READ_ONLY, r.reason());
    }
    assertEquals(AccountType.CREATOR, s.member(grace.id()).accountType());
    assertEquals(1, s.org.teams().size());
  }

  @Test
  void usersAndTeamsRemainDisplayedWhileReadOnly() {
    s.enable();

    assertEquals(List.of(s.ada.id(), grace.id()), s.org.api().listMembers(false, null).stream().map(Member::id).toList());
    assertEquals(finance.id(), s.org.api().team(finance.id()).id());
  }

  @Test
  void theTeamMembersApiRemovesALeftoverWhileProvisioningIsOn() {
    s.enable();
    String g = s.provision(Sigma.user("grace@example.com"));
    s.push("Finance", Set.of());

    Team t = s.org.api().patchTeamMembers(finance.id(), List.of(), List.of(g));

    assertEquals(Set.of(), t.members());
  }

  @Test
  void theTeamMembersApiLeavesTheIdpsMembershipsToTheIdp() {
    s.enable();
    String lin = s.provision(Sigma.user("lin@example.com"));
    s.push("Finance", Set.of(lin));

    Refusal remove = assertThrows(Refusal.class,
        () -> s.org.api().patchTeamMembers(finance.id(), List.of(), List.of(lin)));
    Refusal add = assertThrows(Refusal.class,
        () -> s.org.api().patchTeamMembers(finance.id(), List.of(s.ada.id()), List.of()));

    assertTrue(remove.reason().contains("through your IdP's group"), remove.reason());
    assertTrue(add.reason().contains("through its group in your IdP"), add.reason());
    assertEquals(Set.of(lin, grace.id()), s.org.team(finance.id()).orElseThrow().members());
  }

  @Test
  void turningScimOffEditingAndTurningItBackOnRemovesALeftover() {
    s.enable();
    s.push("Finance", Set.of());

    s.org.portal().disableProvisioning(s.ada.id());
    s.org.portal().removeFromTeam(finance.id(), grace.id());
    s.enable();

    Team t = s.org.team(finance.id()).orElseThrow();
    assertEquals(Set.of(), t.members());
    assertTrue(t.managedByIdp());
  }

  @Test
  void listingHidesInactiveMembersUnlessAsked() {
    s.org.api().patchMember(grace.id(), ARCHIVE);

    assertEquals(1, s.org.api().listMembers(false, null).size());
    assertEquals(2, s.org.api().listMembers(true, null).size());
    assertEquals(List.of(grace), s.org.api().listMembers(true, "GRACE").stream()
        .map(m -> m.withState(MemberState.ACTIVE)).toList());
  }

  @Test
  void unknownMembersAndTeamsAreNotFound() {
    assertEquals(Refusal.Kind.NOT_FOUND, assertThrows(Refusal.class, () -> s.org.api().member("nope")).kind());
    assertEquals(Refusal.Kind.NOT_FOUND,
        assertThrows(Refusal.class, () -> s.org.api().patchTeamMembers("nope", List.of(), List.of())).kind());
    assertEquals(Refusal.Kind.NOT_FOUND,
        assertThrows(Refusal.class, () -> s.org.api().patchTeamMembers(finance.id(), List.of("nope"), List.of())).kind());
  }

  @Test
  void anUndefinedMemberTypeIsInvalid() {
    Refusal r = assertThrows(Refusal.class,
        () -> s.org.api().patchMember(grace.id(), new MemberPatch("admin", null, null, null, null, null)));

    assertEquals(Refusal.Kind.INVALID, r.kind());
  }
}
