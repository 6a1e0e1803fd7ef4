package dev.scimharness.sigma;

import dev.scimharness.scim.ScimException;
import dev.scimharness.scim.ScimType;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What an IdP does to the organisation through SCIM. A SCIM endpoint in front of it asks first ({@code check…}:
 * no effect, may refuse with a {@link ScimException} the IdP sees), writes the SCIM resource, and then reports
 * what it wrote ({@code …Written}, {@code …Deleted}); Sigma shows the effect after the provisioning delay.
 *
 * <p>Users and teams created in Sigma before SCIM are not listed to the IdP. A user is linked when the IdP creates
 * one with the same email, a team when the IdP pushes a group with the same name: the SCIM resource then takes the
 * existing id, and reporting its write makes the existing member or team the IdP's.
 */
public final class ScimDirectory {
  private final Organisation org;

  ScimDirectory(Organisation org) {
    this.org = org;
  }

  /** Lets a SCIM request through, or throws 401 with the reason (token unknown, revoked, or its Admin changed). */
  public void authenticate(String bearerToken) {
    org.act(() -> org.provisioningState().authenticate(bearerToken));
  }

  /** {@code userType} as an account type: Lite when absent, else exactly a defined type (400 invalidValue). */
  public AccountType accountType(String userType) {
    return org.accountTypes().fromUserType(userType);
  }

  /** Before a user is created: its account type, whether it links an existing user; refuses guests. */
  public NewUserCheck checkNewUser(IdpUser u) {
    return org.act(() -> {
      requireOn();
      AccountType type = accountType(u.userType());
      for (Member m : org.allMembers()) {
        if (m.guest() && (m.emailMatches(u.email()) || m.emailMatches(u.userName()))) {
          throw new ScimException(409, ScimType.uniqueness, m.email() + " belongs to a guest account in Sigma; guest"
              + " user accounts are not supported when using SCIM, so it cannot be provisioned.");
        }
      }
      Optional<String> link = org.allMembers().stream()
          .filter(m -> m.unlinkedPreScim() && (m.emailMatches(u.email()) || m.emailMatches(u.userName())))
          .map(Member::id).findFirst();
      return new NewUserCheck(type, link);
    });
  }

  /**
   * Before a PUT or PATCH of a user is stored: whether it makes a new account. The guide: "Changing a user's
   * username creates a new account for that user in Sigma and does not update the username of an existing user" —
   * where RFC 7644 §3.5.1 replaces the resource in place. A change of case only is not a new username.
   */
  public boolean createsNewAccount(String currentUserName, IdpUser u) {
    return org.act(() -> {
      requireOn();
      accountType(u.userType());
      return currentUserName != null && (u.userName() == null
          || !org.faults().sameUserName(currentUserName, u.userName()));
    });
  }

  /** A user was written under {@code id}: the member with that id becomes the IdP's user, or is created. */
  public void userWritten(String id, IdpUser u) {
    AccountType type = accountType(u.userType());
    org.act(() -> org.schedule(() -> {
      Member now = org.memberOrNull(id);
      if (now != null) {
        org.put(now.managedBy(u, type));
      } else if (org.faults().showsNewUser()) {
        org.put(newMember(id, u, type));
      }
    }));
  }

  public void userDeleted(String id) {
    org.act(() -> {
      requireOn();
      org.schedule(() -> org.remove(id));
    });
  }

  /** Before a group is created: the id of an existing team of the same name that it links to. */
  public Optional<String> checkNewTeam(String displayName) {
    return org.act(() -> {
      requireOn();
      return org.allTeams().stream().filter(t -> !t.managedByIdp() && t.name().equalsIgnoreCase(displayName))
          .map(Team::id).findFirst();
    });
  }

  /** Any write that requireOn() did not refuse before it happened, e.g. a PATCH of members only. */
  public void checkWrite() {
    org.act(this::requireOn);
  }

  /**
   * A group was written under {@code id} with exactly these members: the IdP's memberships of the team become
   * {@code memberIds}; memberships set in Sigma are left alone.
   */
  public void teamWritten(String id, String displayName, Set<String> memberIds) {
    org.act(() -> org.schedule(() -> {
      Team now = org.teamOrNull(id);
      Set<String> members = known(memberIds);
      if (now == null) {
        org.put(new Team(id, displayName, false, true, members, Set.of()));
      } else if (!now.managedByIdp()) {
        org.put(now.linkedToIdp(displayName, members));
      } else {
        org.put(now.withName(displayName).withIdpMembers(members));
      }
    }));
  }

  public void teamDeleted(String id) {
    org.act(() -> {
      requireOn();
      org.schedule(() -> org.removeTeam(id));
    });
  }

  private Set<String> known(Set<String> memberIds) {
    Set<String> kept = new LinkedHashSet<>();
    for (String id : memberIds) {
      if (org.memberOrNull(id) != null) {
        kept.add(id);
      }
    }
    return kept;
  }

  private void requireOn() {
    if (!org.provisioningState().enabled()) {
      throw new ScimException(401, null, "Account type and team provisioning is turned off in Sigma; changes in your"
          + " IdP no longer sync to Sigma.");
    }
  }

  private static Member newMember(String id, IdpUser u, AccountType type) {
    return new Member(id, u.email(), u.userName(), u.givenName(), u.familyName(), type,
        u.active() ? MemberState.ACTIVE : MemberState.INACTIVE, false, false, true, List.of());
  }
}
