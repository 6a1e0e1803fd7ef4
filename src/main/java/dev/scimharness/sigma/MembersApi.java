package dev.scimharness.sigma;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sigma's REST API ({@code /v2/members}, {@code /v2/teams}) as far as the guide needs it. While provisioning is on
 * it refuses changes to users and teams, with two exceptions the guide itself prescribes:
 * <ul>
 *   <li>"User accounts created before SCIM was configured cannot be managed in the IdP or in the Sigma UI.
 *       Instead, update the user by making a PATCH request to the PATCH /v2/members/{memberId} endpoint and set the
 *       isArchived field to true" — so a member the IdP does not manage may be archived (or unarchived) here, and
 *       nothing else.</li>
 *   <li>"If a user remains in a team after you transition to SCIM and have synced with the IdP, use the Sigma API
 *       to update the team membership" — so the team members endpoint may remove a member that only Sigma put in
 *       the team (a leftover); the IdP's own memberships, and additions, stay the IdP's.</li>
 * </ul>
 */
public final class MembersApi {
  private final Organisation org;

  MembersApi(Organisation org) {
    this.org = org;
  }

  /** {@code GET /v2/members}: active members, all of them with {@code includeInactive}; {@code search} in email and names. */
  public List<Member> listMembers(boolean includeInactive, String search) {
    return org.act(() -> {
      org.faults().beforeApiRead(org.provisioningState().enabled());
      return org.allMembers().stream()
        .filter(m -> includeInactive || m.state() == MemberState.ACTIVE)
        .filter(m -> search == null || search.isBlank() || matches(m, search))
        .toList();
    });
  }

  public Member member(String memberId) {
    return org.act(() -> org.existingMember(memberId));
  }

  /** {@code PATCH /v2/members/{memberId}}. */
  public Member patchMember(String memberId, MemberPatch patch) {
    return org.act(() -> {
      Member m = org.existingMember(memberId);
      if (patch.isEmpty()) {
        throw Refusal.invalid("The request changes nothing: give memberType, isArchived, isInactive, firstName,"
            + " lastName or email.");
      }
      if (org.provisioningState().enabled()) {
        if (m.managedByIdp()) {
          throw Refusal.forbidden("Member " + m.email() + " is managed by your IdP through SCIM; make the change in"
              + " your IdP.");
        }
        if (!patch.onlyArchives()) {
          throw Refusal.forbidden("SCIM provisioning is on: user accounts created before SCIM was configured cannot"
              + " be managed in the IdP or in the Sigma UI; through this API they can only be archived (isArchived).");
        }
      }
      Member changed = apply(m, patch);
      org.put(changed);
      return changed;
    });
  }

  public List<Team> listTeams() {
    return org.act(org::allTeams);
  }

  public Team team(String teamId) {
    return org.act(() -> org.existingTeam(teamId));
  }

  /** {@code PATCH /v2/teams/{teamId}}: renames a team; refused while provisioning is on. */
  public Team patchTeam(String teamId, String name) {
    return org.act(() -> {
      Team t = org.existingTeam(teamId);
      if (org.provisioningState().enabled()) {
        throw Refusal.forbidden(AdminPortal.READ_ONLY);
      }
      if (name == null || name.isBlank()) {
        throw Refusal.invalid("A team needs a name.");
      }
      Team changed = t.withName(name.strip());
      org.put(changed);
      return changed;
    });
  }

  /** {@code PATCH /v2/teams/{teamId}/members} with {@code {"add":[…],"remove":[…]}}. */
  public Team patchTeamMembers(String teamId, List<String> add, List<String> remove) {
    return org.act(() -> {
      Team t = org.existingTeam(teamId);
      for (String id : add) {
        org.existingMember(id);
      }
      for (String id : remove) {
        org.existingMember(id);
      }
      if (org.provisioningState().enabled()) {
        if (!add.isEmpty()) {
          throw Refusal.forbidden("SCIM provisioning is on: add members to team '" + t.name() + "' through its group"
              + " in your IdP.");
        }
        for (String id : remove) {
          if (t.idpMembers().contains(id)) {
            throw Refusal.forbidden("Member " + id + " is in team '" + t.name() + "' through your IdP's group; remove"
                + " them from the group in your IdP.");
          }
        }
      }
      Set<String> sigma = new LinkedHashSet<>(t.sigmaMembers());
      sigma.addAll(add);
      Team changed = t.withSigmaMembers(sigma);
      for (String id : remove) {
        changed = changed.without(id);
      }
      org.put(changed);
      return changed;
    });
  }

  private Member apply(Member m, MemberPatch p) {
    Member r = m;
    if (p.memberType() != null) {
      AccountType t = new AccountType(p.memberType());
      if (!org.accountTypes().isDefined(t)) {
        throw Refusal.invalid("memberType '" + p.memberType() + "' is not an account type of this organisation; one"
            + " of " + org.accountTypes().names() + ".");
      }
      r = r.withAccountType(t);
    }
    if (p.firstName() != null || p.lastName() != null) {
      r = r.withNames(p.firstName() != null ? p.firstName() : r.givenName(),
          p.lastName() != null ? p.lastName() : r.familyName());
    }
    if (p.email() != null) {
      r = r.withEmail(p.email().strip());
    }
    if (Boolean.TRUE.equals(p.isInactive())) {
      r = r.withState(MemberState.INACTIVE);
    } else if (Boolean.FALSE.equals(p.isInactive()) && r.state() == MemberState.INACTIVE) {
      r = r.withState(MemberState.ACTIVE);
    }
    if (Boolean.TRUE.equals(p.isArchived())) {
      r = r.withState(MemberState.ARCHIVED);
    } else if (Boolean.FALSE.equals(p.isArchived()) && r.state() == MemberState.ARCHIVED) {
      r = r.withState(MemberState.ACTIVE);
    }
    return r;
  }

  private static boolean matches(Member m, String search) {
    String s = search.toLowerCase(Locale.ROOT);
    return contains(m.email(), s) || contains(m.givenName(), s) || contains(m.familyName(), s);
  }

  private static boolean contains(String field, String s) {
    return field != null && field.toLowerCase(Locale.ROOT).contains(s);
  }
}
